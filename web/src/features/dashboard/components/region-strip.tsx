import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { RegionStanding } from '@targetboard/shared/targets/region-standing';
import { useMessages } from '../../../lib/i18n';
import { mapMessages } from '../map-messages';
import { MapTile } from './map-tile';

export interface RegionStripProps {
  /** Worst first (`rankWorstFirst`). */
  ranked: RegionStanding[];
  label: string;
  /** Focus the first tile on mount: the strip was reached by drilling down. */
  autoFocus: boolean;
  drillHref(code: string): string;
  onDrill(code: string): void;
}

const KEYS_ID = 'strip-keys';

/**
 * A region's sub-regions as a ranked strip of tiles, worst first, in the map's colours. An
 * ordered list with one Tab stop: arrows and Home/End move along it, Enter drills down.
 */
export function RegionStrip({ ranked, label, autoFocus, drillHref, onDrill }: RegionStripProps) {
  const m = useMessages(mapMessages);
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLOListElement>(null);
  const focusTile = (i: number) =>
    ref.current?.querySelector<HTMLElement>(`[data-tile-index="${i}"]`)?.focus();
  useEffect(() => {
    if (autoFocus) focusTile(0);
    // Once, when a drill-down lands here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const at = Math.min(active, ranked.length - 1);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const last = ranked.length - 1;
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? Math.min(last, at + 1)
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? Math.max(0, at - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    focusTile(next);
  };

  return (
    <div className="map-wrap">
      <p id={KEYS_ID} className="visually-hidden">
        {m('stripKeys')}
      </p>
      <ol
        ref={ref}
        className="region-strip"
        aria-label={label}
        aria-describedby={KEYS_ID}
        data-testid="region-strip"
      >
        {ranked.map((s, i) => (
          <li key={s.code}>
            <span className="region-strip__rank" aria-hidden="true">
              {i + 1}
            </span>
            <MapTile
              name={s.name}
              label={s.name}
              text={s.text}
              status={s.status}
              href={drillHref(s.code)}
              index={i}
              tabIndex={i === at ? 0 : -1}
              onDrill={() => onDrill(s.code)}
              onFocus={() => setActive(i)}
              onKeyDown={onKeyDown}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
