import { useEffect, useState } from 'react';
import { navigate, useLocation } from '../../../app/router';
import { useMessages } from '../../../lib/i18n';
import { useCatalogue } from '../../../lib/indicator-queries';
import type { TargetFilter } from '../api/get-targets';
import { useRegion, useRegionSearch } from '../../../lib/region-queries';
import { targetMessages } from '../messages';

const positive = (s: string | null) => {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The filters as the URL holds them, so a copied link shows the same list. */
export function useTargetFilter(): TargetFilter {
  const { search } = useLocation();
  return {
    regionId: positive(search.get('regionId')),
    year: positive(search.get('year')),
    indicatorId: positive(search.get('indicatorId')),
  };
}

function setParam(name: string, value: string | number | undefined) {
  const params = new URLSearchParams(window.location.search);
  if (value === undefined || value === '') params.delete(name);
  else params.set(name, String(value));
  const query = params.toString();
  navigate(`/targets${query ? `?${query}` : ''}`, { replace: true });
}

const YEARS = Array.from({ length: 15 }, (_, i) => new Date().getFullYear() + 3 - i);

export function TargetFilters() {
  const t = useMessages(targetMessages);
  const filter = useTargetFilter();
  const catalogue = useCatalogue();
  const region = useRegion(filter.regionId);
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), 200);
    return () => clearTimeout(timer);
  }, [query]);
  const regions = useRegionSearch(debounced);
  const any = filter.regionId ?? filter.year ?? filter.indicatorId;
  return (
    <div className="filters">
      <div className="filters__field filters__region">
        <span>{t('filter.region')}</span>
        {filter.regionId ? (
          <span className="filters__picked">
            {region.data?.name ?? '…'}
            <button
              type="button"
              className="link-button"
              aria-label={t('filter.clear')}
              onClick={() => setParam('regionId', undefined)}
            >
              ×
            </button>
          </span>
        ) : (
          <input
            value={query}
            placeholder={t('filter.regionSearch')}
            onChange={(e) => setQuery(e.target.value)}
          />
        )}
        {!filter.regionId && query.trim() && (
          <ul className="picker__list">
            {regions.data?.length === 0 && <li className="muted">{t('filter.noMatch')}</li>}
            {regions.data?.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  onClick={() => {
                    setQuery('');
                    setParam('regionId', r.id);
                  }}
                >
                  {r.name} <span className="muted small">{r.code}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <label className="filters__field">
        <span>{t('filter.year')}</span>
        <select value={filter.year ?? ''} onChange={(e) => setParam('year', e.target.value)}>
          <option value="">{t('filter.all')}</option>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field">
        <span>{t('filter.indicator')}</span>
        <select
          value={filter.indicatorId ?? ''}
          onChange={(e) => setParam('indicatorId', e.target.value)}
        >
          <option value="">{t('filter.all')}</option>
          {[...(catalogue.data ?? [])]
            .sort(
              (a, b) =>
                a.category.localeCompare(b.category, 'zh') || a.name.localeCompare(b.name, 'zh'),
            )
            .map((i) => (
              <option key={i.id} value={i.id}>
                {i.category} · {i.name}
              </option>
            ))}
        </select>
      </label>
      {any !== undefined && (
        <button
          type="button"
          className="button"
          onClick={() => navigate('/targets', { replace: true })}
        >
          {t('filter.clear')}
        </button>
      )}
    </div>
  );
}
