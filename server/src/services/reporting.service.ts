import { listObservations } from '@targetboard/db/repositories/observations.repository';
import type { DbOrTrx } from '@targetboard/db/database';
import { historyQuarters } from '@targetboard/shared/figures/check-figure';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import type { History } from '@targetboard/shared/reporting/plausibility';

/** A function giving each (region, indicator, quarter)'s history from one bulk read. */
export async function loadHistory(
  db: DbOrTrx,
  regionIds: readonly number[],
  quarters: readonly Quarter[],
  /** Figures of the same request, which count as history for later quarters in it. */
  pending: ReadonlyMap<string, number | null> = new Map(),
): Promise<(regionId: number, indicatorId: number, q: Quarter) => History> {
  const wanted = new Set(quarters.flatMap((q) => historyQuarters(q)));
  const rows = await listObservations(db, regionIds, [...wanted]);
  const stored = new Map(rows.map((o) => [`${o.regionId}:${o.indicatorId}:${o.quarter}`, o.value]));
  const valueAt = (key: string) =>
    pending.has(key) ? (pending.get(key) ?? null) : (stored.get(key) ?? null);
  return (regionId, indicatorId, q) => {
    const [last, lastYear] = historyQuarters(q);
    return {
      lastQuarter: valueAt(`${regionId}:${indicatorId}:${last}`),
      lastYear: valueAt(`${regionId}:${indicatorId}:${lastYear}`),
    };
  };
}
