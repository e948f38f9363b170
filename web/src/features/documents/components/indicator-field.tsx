import { useEffect, useState } from 'react';
import { useMessages } from '../../../lib/i18n';
import { useIndicatorSuggestions } from '../api/lookups';
import { documentMessages } from '../messages';

/**
 * The indicator's name with catalogue suggestions as the user types; picking one links the
 * target (indicatorId), typing a new name unlinks it so confirming matches it afresh.
 */
export function IndicatorField({
  name,
  indicatorId,
  onChange,
}: {
  name: string;
  indicatorId: number | null;
  onChange(name: string, indicatorId: number | null): void;
}) {
  const t = useMessages(documentMessages);
  const [debounced, setDebounced] = useState(name);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(name), 200);
    return () => clearTimeout(timer);
  }, [name]);
  const suggestions = useIndicatorSuggestions(debounced);
  const options = (suggestions.data ?? []).filter((s) => s.id !== indicatorId).slice(0, 6);
  return (
    <div className="picker">
      <input
        value={name}
        required
        maxLength={200}
        data-testid="indicator-input"
        onFocus={() => setFocused(true)}
        onBlur={() => setTimeout(() => setFocused(false), 150)}
        onChange={(e) => onChange(e.target.value, null)}
      />
      {indicatorId !== null && (
        <div className="small linked">✓ {t('card.catalogue', { name })}</div>
      )}
      {focused && options.length > 0 && (
        <ul className="picker__list">
          {options.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onChange(s.name, s.id)}
              >
                {s.name} <span className="muted small">{Math.round(s.score * 100)}%</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
