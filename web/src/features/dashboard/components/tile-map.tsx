import { type KeyboardEvent, useRef, useState } from 'react';
import type { MapTile as MapTileData } from '@targetboard/shared/targets/region-standing';
import { TILE_GRID_SIZE } from '@targetboard/shared/regions/tile-grid';
import { useI18n, useMessages } from '../../../lib/i18n';
import { mapMessages } from '../map-messages';
import { moveAmongTiles } from '../tile-keys';
import { MapTile } from './map-tile';

export interface TileMapProps {
  tiles: MapTileData[];
  label: string;
  drillHref(code: string): string;
  onDrill(code: string): void;
}

const KEYS_ID = 'map-keys';

/**
 * The 34 province-level units as equal squares at their approximate places. One Tab stop; arrow
 * keys move across the tiles (roving tabindex, gaps skipped), Enter or a click drills down.
 */
export function TileMap({ tiles, label, drillHref, onDrill }: TileMapProps) {
  const m = useMessages(mapMessages);
  const { lang } = useI18n();
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const places = tiles.map((t) => t.tile);
  const focusTile = (i: number) =>
    ref.current?.querySelector<HTMLElement>(`[data-tile-index="${i}"]`)?.focus();

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const next = moveAmongTiles(e.key, e.ctrlKey || e.metaKey, active, places);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    focusTile(next);
  };

  return (
    <div className="map-wrap">
      <p id={KEYS_ID} className="visually-hidden">
        {m('keys')}
      </p>
      <div
        ref={ref}
        role="group"
        aria-label={label}
        aria-describedby={KEYS_ID}
        className="tile-map"
        data-testid="tile-map"
        style={{
          gridTemplateColumns: `repeat(${TILE_GRID_SIZE.cols}, var(--tile))`,
          gridTemplateRows: `repeat(${TILE_GRID_SIZE.rows}, var(--tile))`,
        }}
      >
        {tiles.map((t, i) => (
          <MapTile
            key={t.tile.code}
            name={t.standing?.name ?? t.tile.name}
            label={lang === 'zh' ? t.tile.short : t.tile.en}
            text={t.standing?.text ?? ''}
            status={t.status}
            href={t.standing ? drillHref(t.tile.code) : null}
            index={i}
            tabIndex={i === active ? 0 : -1}
            style={{ gridRow: t.tile.row + 1, gridColumn: t.tile.col + 1 }}
            onDrill={() => onDrill(t.tile.code)}
            onFocus={() => setActive(i)}
            onKeyDown={onKeyDown}
          />
        ))}
      </div>
    </div>
  );
}
