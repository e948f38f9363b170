import {
  type DashboardCellData,
  findDashboardCells,
} from '@targetboard/db/repositories/dashboard.repository';
import type { CellKey } from '@targetboard/db/repositories/observations.repository';
import {
  isStoreCurrent,
  readStoredStatuses,
  type StoredCellStatus,
  yearHasFigures,
} from '@targetboard/db/repositories/cell-statuses.repository';
import type { DbOrTrx } from '@targetboard/db/database';
import { isAlarming } from '@targetboard/shared/alerts/alert-text';
import { quarterParts, type Quarter } from '@targetboard/shared/quarters/quarter';
import { evaluateTarget } from '@targetboard/shared/targets/evaluate-target';
import { STATUS_RULES_VERSION, type TargetStatus } from '@targetboard/shared/targets/status';
import { type Actor, queueStatusAlerts, type StatusChange } from './alerts.service';
import type { RefreshedStatuses } from './cell-statuses.service';
import { ruleOf } from './dashboard.service';

/**
 * Reads the statuses of the cells a save or an import is about to write; `queueChanges`,
 * called after the write and its `refreshCellStatuses` in the same transaction, takes their
 * statuses after from what the refresh judged and queues an alert for each cell that turned
 * red or amber — so the alert commits with the figures or not at all. A cell's status is the
 * dashboard's as of the written quarter, by the shared rules: "before" is read from the
 * stored statuses (current before the write), judged only where the store cannot be trusted
 * for that year (not held, or a note of an unjudged write pending); "after" is judged only
 * for a cell the refresh did not judge.
 */
export async function watchStatuses(
  trx: DbOrTrx,
  actor: Actor | null,
  cells: readonly CellKey[],
): Promise<{ queueChanges: (after: RefreshedStatuses) => Promise<void> }> {
  const statusesBefore = cells.length === 0 ? null : await storedBefore(trx, cells);
  return {
    queueChanges: async (refreshed) => {
      if (!statusesBefore) return;
      const before = await statusesBefore();
      const after = new Map<string, TargetStatus>();
      const unjudged: CellKey[] = [];
      const partsOf = quarterPartsMemo();
      for (const c of cells) {
        const { year, quarter } = partsOf(c.quarter);
        const row = refreshed.statusesOf(year, c.regionId, c.indicatorId);
        if (row === undefined) unjudged.push(c);
        else if (row && isAlarming('no_data', row.statuses[quarter - 1]!))
          // Only a red or amber "after" can alarm: the others need no key (most of a large import).
          after.set(`${c.regionId}:${c.indicatorId}:${c.quarter}`, row.statuses[quarter - 1]!);
      }
      if (unjudged.length > 0)
        for (const [k, v] of await cellStatuses(trx, unjudged)) after.set(k, v);
      const changes: StatusChange[] = [];
      for (const [key, to] of after) {
        const [regionId, indicatorId, quarter] = key.split(':');
        const from = before(+regionId!, +indicatorId!, quarter!) ?? 'no_data';
        if (!isAlarming(from, to)) continue;
        changes.push({
          regionId: +regionId!,
          indicatorId: +indicatorId!,
          quarter: quarter!,
          from,
          to,
        });
      }
      await queueStatusAlerts(trx, actor, changes);
    },
  };
}

/** A cell's status before the write; undefined where it had none (no target, no figure). */
type StatusBefore = (
  regionId: number,
  indicatorId: number,
  quarter: string,
) => TargetStatus | undefined;

/**
 * The cells' statuses from the store, each year judged live where the store cannot serve it.
 * Stored rows are looked up when asked, for the few cells whose "after" can alarm, rather
 * than copied into an entry per cell and quarter. Every statement is sent before this
 * resolves, so a write queued next cannot change what they read; the stored rows' answers
 * are decoded as they come (while that write runs) and awaited by the function answered.
 */
async function storedBefore(
  trx: DbOrTrx,
  cells: readonly CellKey[],
): Promise<() => Promise<StatusBefore>> {
  const partsOf = quarterPartsMemo();
  // A year is judged on its own figures only: with none stored yet (the first import of a
  // year), every cell stood at no_data, the default of an absent entry. Asked first, one
  // probe a year, before grouping the cells and reading a stored row per cell.
  const years = new Set<number>();
  for (const c of cells) years.add(partsOf(c.quarter).year);
  const withFigures = new Set<number>();
  for (const year of years) if (await yearHasFigures(trx, year)) withFigures.add(year);
  const byYear = new Map<number, CellKey[]>();
  if (withFigures.size > 0)
    for (const c of cells) {
      const { year } = partsOf(c.quarter);
      if (!withFigures.has(year)) continue;
      const list = byYear.get(year);
      if (list) list.push(c);
      else byYear.set(year, [c]);
    }
  const judged = new Map<string, TargetStatus>(); // region:indicator:quarter
  const reads = new Map<number, Promise<Map<string, StoredCellStatus>>>();
  for (const [year, list] of byYear) {
    if (await isStoreCurrent(trx, year, STATUS_RULES_VERSION)) {
      const read = readStoredStatuses(trx, year, list);
      read.catch(() => {}); // awaited below, when the statuses are asked for
      reads.set(year, read);
    } else for (const [k, v] of await cellStatuses(trx, list)) judged.set(k, v);
  }
  return async () => {
    const storedByYear = new Map<number, Map<string, StoredCellStatus>>(); // region:indicator
    for (const [year, read] of reads) storedByYear.set(year, await read);
    return lookUpBefore(storedByYear, judged, partsOf);
  };
}

/** `StatusBefore` over the stored rows of current years and the statuses judged of the others. */
function lookUpBefore(
  storedByYear: Map<number, Map<string, StoredCellStatus>>,
  judged: Map<string, TargetStatus>,
  partsOf: ReturnType<typeof quarterPartsMemo>,
): StatusBefore {
  return (regionId, indicatorId, quarter) => {
    const { year, quarter: q } = partsOf(quarter);
    const stored = storedByYear.get(year);
    if (!stored) return judged.get(`${regionId}:${indicatorId}:${quarter}`);
    return stored.get(`${regionId}:${indicatorId}`)?.statuses[q - 1]; // no row: no target
  };
}

/**
 * `quarterParts` remembered per quarter text: an import names a few quarters in up to a
 * million cells, each asked for its year twice (before and after).
 */
function quarterPartsMemo(): (quarter: string) => ReturnType<typeof quarterParts> {
  const known = new Map<string, ReturnType<typeof quarterParts>>();
  return (quarter) => {
    let parts = known.get(quarter);
    if (!parts) known.set(quarter, (parts = quarterParts(quarter as Quarter)));
    return parts;
  };
}

/** The cells of an import whose status is `ok` (to be written), as keys. */
export function writtenCells(
  status: Uint8Array,
  ok: number,
  n: number,
  keyOf: (i: number) => CellKey,
): CellKey[] {
  const out: CellKey[] = [];
  for (let i = 0; i < n; i++) if (status[i] === ok) out.push(keyOf(i));
  return out;
}

/** Each cell's status as of its own quarter judged live, keyed `region:indicator:quarter`; no target, no entry. */
async function cellStatuses(
  db: DbOrTrx,
  cells: readonly CellKey[],
): Promise<Map<string, TargetStatus>> {
  // One dashboard read per year, not per quarter: an import spanning ten quarters reads its
  // cells in three queries (issue 18 item 3), each cell judged as of its own quarter.
  const byYear = new Map<number, Map<string, Quarter[]>>();
  for (const c of cells) {
    const { year } = quarterParts(c.quarter as Quarter);
    const keys = byYear.get(year) ?? new Map<string, Quarter[]>();
    const key = `${c.regionId}:${c.indicatorId}`;
    const quarters = keys.get(key);
    if (!quarters) keys.set(key, [c.quarter as Quarter]);
    else if (!quarters.includes(c.quarter as Quarter)) quarters.push(c.quarter as Quarter);
    byYear.set(year, keys);
  }
  const out = new Map<string, TargetStatus>();
  for (const [year, keys] of byYear) {
    const regionIds = [...new Set([...keys.keys()].map((k) => Number(k.split(':')[0])))];
    const data: DashboardCellData[] = await findDashboardCells(db, {
      regionIds,
      year,
      quarters: [1, 2, 3, 4].map((q) => `${year}Q${q}` as Quarter),
      detail: false,
    });
    for (const d of data) {
      const key = `${d.regionId}:${d.indicatorId}`;
      for (const quarter of keys.get(key) ?? []) {
        const figures = d.figures.filter((f) => f.quarter <= quarter);
        out.set(
          `${key}:${quarter}`,
          evaluateTarget(ruleOf(d.target, year), figures, quarter).status,
        );
      }
    }
  }
  return out;
}
