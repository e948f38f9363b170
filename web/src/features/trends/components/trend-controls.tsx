import { useMemo, useState } from 'react';
import { parseQuarter } from '@targetboard/shared/quarters/quarter';
import { RegionPicker } from '../../../components/ui/region-picker';
import { useMessages } from '../../../lib/i18n';
import { useCatalogue } from '../../../lib/indicator-queries';
import { fetchChildren, useRegionNames } from '../api/get-catalogue';
import { trendMessages } from '../messages';
import { MAX_REGIONS, quarterOptions, type TrendView } from '../view-state';

/** Indicator (searchable), region chips with "+ children", and the quarter range. */
export function TrendControls({
  view,
  onChange,
}: {
  view: TrendView;
  onChange(next: Partial<TrendView>): void;
}) {
  const m = useMessages(trendMessages);
  const indicators = useCatalogue();
  const names = useRegionNames(view.regionIds);
  const [filter, setFilter] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const quarters = useMemo(() => quarterOptions(new Date(), view), [view]);
  const shown = (indicators.data ?? []).filter(
    (i) =>
      i.id === view.indicatorId ||
      !filter.trim() ||
      [i.name, ...i.synonyms].some((s) => s.includes(filter.trim())),
  );

  const addRegions = (ids: number[]) => {
    const next = [...new Set([...view.regionIds, ...ids])];
    setNote(next.length > MAX_REGIONS ? m('tooMany', { n: MAX_REGIONS }) : null);
    onChange({ regionIds: next.slice(0, MAX_REGIONS) });
  };

  return (
    <div className="trend-controls">
      <div className="trend-controls__field">
        <label htmlFor="trend-indicator">{m('indicator')}</label>
        <input
          type="search"
          className="trend-input"
          placeholder={m('indicatorSearch')}
          aria-label={m('indicatorSearch')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <select
          id="trend-indicator"
          className="trend-input"
          value={view.indicatorId ?? ''}
          onChange={(e) => onChange({ indicatorId: Number(e.target.value) || null })}
        >
          <option value="">{m('chooseIndicator')}</option>
          {shown.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
              {i.unit ? `（${i.unit}）` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="trend-controls__field trend-controls__regions">
        <span className="trend-controls__label">{m('regions')}</span>
        <ul className="trend-chips">
          {view.regionIds.map((id, i) => {
            const name = names[i]?.data?.name ?? `#${id}`;
            return (
              <li key={id} className="trend-chip">
                <span>{name}</span>
                <button
                  type="button"
                  className="trend-chip__btn"
                  title={m('addChildrenTitle', { name })}
                  aria-label={m('addChildrenTitle', { name })}
                  onClick={async () => addRegions((await fetchChildren(id)).map((r) => r.id))}
                >
                  {m('addChildren')}
                </button>
                <button
                  type="button"
                  className="trend-chip__btn"
                  aria-label={m('remove', { name })}
                  onClick={() => onChange({ regionIds: view.regionIds.filter((x) => x !== id) })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        {view.regionIds.length < MAX_REGIONS && (
          <div className="trend-controls__picker">
            <RegionPicker
              key={view.regionIds.join(',')}
              label={m('addRegion')}
              value={null}
              onChange={(r) => r && addRegions([r.id])}
            />
          </div>
        )}
        {note && <p className="form-error">{note}</p>}
      </div>
      <div className="trend-controls__field">
        <label htmlFor="trend-from">{m('from')}</label>
        <select
          id="trend-from"
          className="trend-input"
          value={view.from}
          onChange={(e) => onChange({ from: parseQuarter(e.target.value) ?? view.from })}
        >
          {quarters.map((q) => (
            <option key={q} value={q} disabled={q > view.to}>
              {q}
            </option>
          ))}
        </select>
        <label htmlFor="trend-to">{m('to')}</label>
        <select
          id="trend-to"
          className="trend-input"
          value={view.to}
          onChange={(e) => onChange({ to: parseQuarter(e.target.value) ?? view.to })}
        >
          {quarters.map((q) => (
            <option key={q} value={q} disabled={q < view.from}>
              {q}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
