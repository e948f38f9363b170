import type { DashboardRow } from '../api/dashboard-resolve';
import { PROVINCE_TILES, type ProvinceTile } from '../regions/tile-grid';
import { compactValue } from './compact-value';
import { statusRank, TARGET_STATUSES, type TargetStatus } from './status';

/**
 * Where a region stands in a map tile or a strip: the chosen indicator's status and figure, or,
 * with no indicator chosen, the share of its cells meeting their targets.
 */
export interface RegionStanding {
  code: string;
  name: string;
  status: TargetStatus;
  /** Met ÷ judged cells (no_data left out, as in `rollUp`), 0–1; null without an indicator's share. */
  share: number | null;
  /** The chosen indicator's figure; null with no indicator or no figure. */
  value: number | null;
  /** What the tile writes under the name: `98.5%` figure, or `80%` share met; '' for nothing. */
  text: string;
}

/**
 * A share met at or above `met` colours as met, at or above `atRisk` as at risk, below it as
 * missed (both bounds inclusive). A summary over many cells, so the bands are wide: one missed
 * cell among ten still reads as met (90%), half missed reads as missed.
 */
export const SHARE_BANDS = { met: 0.9, atRisk: 0.6 } as const;

/** The status a share of cells met colours as ({@link SHARE_BANDS}); no_data for null. */
export function shareStatus(share: number | null): TargetStatus {
  if (share === null) return 'no_data';
  if (share >= SHARE_BANDS.met) return 'met';
  if (share >= SHARE_BANDS.atRisk) return 'at_risk';
  return 'missed';
}

/**
 * A dashboard row's standing. With an indicator: that cell's own status and figure (no_data when
 * no target of it applies). Without: every cell's sub-regions counted (the cell's roll-up), or the
 * cell's own status where the region has no sub-regions, and the share of them met.
 */
export function regionStanding(
  row: DashboardRow,
  indicator: { id: number; unit: string } | null,
): RegionStanding {
  const base = { code: row.region.code, name: row.region.name };
  if (indicator) {
    const cell = row.cells.find((c) => c.indicatorId === indicator.id);
    const value = cell?.value ?? null;
    return {
      ...base,
      status: cell?.status ?? 'no_data',
      share: null,
      value,
      text: value === null ? '' : compactValue(value, indicator.unit),
    };
  }
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<
    TargetStatus,
    number
  >;
  for (const cell of row.cells) {
    if (cell.rollUp) for (const s of TARGET_STATUSES) counts[s] += cell.rollUp.counts[s] ?? 0;
    else counts[cell.status] += 1;
  }
  const judged = counts.met + counts.at_risk + counts.missed;
  const share = judged === 0 ? null : counts.met / judged;
  return {
    ...base,
    status: shareStatus(share),
    share,
    value: null,
    text: share === null ? '' : `${Math.round(share * 100)}%`,
  };
}

/**
 * Worst first: missed, at risk, no data, met (`statusRank`); within a status the lower share
 * met first, then by region code, so the order is the same on every screen and in every export.
 */
export function rankWorstFirst(standings: readonly RegionStanding[]): RegionStanding[] {
  return [...standings].sort(
    (a, b) =>
      statusRank(a.status) - statusRank(b.status) ||
      (a.share ?? Infinity) - (b.share ?? Infinity) ||
      a.code.localeCompare(b.code),
  );
}

/** A tile's status: a standing's, or 不适用 for 台湾/香港/澳门 while they have no figures. */
export type TileStatus = TargetStatus | 'not_applicable';

export interface MapTile {
  tile: ProvinceTile;
  status: TileStatus;
  /** Null when the dashboard has no row for the unit (out of the statistics or out of scope). */
  standing: RegionStanding | null;
}

/**
 * All 34 tiles from the rows of the national dashboard. A mainland unit without a row (outside
 * the reader's scope) is no_data; 台湾, 香港 and 澳门 without one are not_applicable.
 */
export function mapTiles(
  rows: readonly DashboardRow[],
  indicator: { id: number; unit: string } | null,
): MapTile[] {
  const byCode = new Map(rows.map((r) => [r.region.code, r]));
  return PROVINCE_TILES.map((tile) => {
    const row = byCode.get(tile.code);
    if (!row)
      return {
        tile,
        status: tile.outsideStatistics ? 'not_applicable' : 'no_data',
        standing: null,
      };
    const standing = regionStanding(row, indicator);
    return { tile, status: standing.status, standing };
  });
}
