import { useEffect, useId, useState } from 'react';
import { useMessages } from '../../../lib/i18n';
import { useRegionSearch } from '../../../lib/region-queries';
import { documentMessages } from '../messages';

export interface PickedRegion {
  id: number;
  name: string;
}

/** Search by name, code or pinyin (`sc`, `510000`, `四川`) and pick one region in the user's scope. */
export function RegionPicker({
  value,
  onChange,
}: {
  value: PickedRegion | null;
  onChange(region: PickedRegion | null): void;
}) {
  const t = useMessages(documentMessages);
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const listId = useId();
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), 200);
    return () => clearTimeout(timer);
  }, [query]);
  const results = useRegionSearch(debounced, true);
  const open = query.trim().length > 0;
  return (
    <div className="picker">
      {value && (
        <div className="picker__current">
          <strong>{value.name}</strong>
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            {t('region.clear')}
          </button>
        </div>
      )}
      <input
        value={query}
        placeholder={t('region.search')}
        aria-controls={listId}
        data-testid="region-search"
        onChange={(e) => setQuery(e.target.value)}
      />
      {open && (
        <ul className="picker__list" id={listId}>
          {results.data?.length === 0 && <li className="muted">{t('region.noMatch')}</li>}
          {results.data?.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                onClick={() => {
                  onChange({ id: r.id, name: r.name });
                  setQuery('');
                }}
              >
                {r.name} <span className="muted small">{r.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
