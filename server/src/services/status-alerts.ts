import {
  type DashboardCellData,
  findDashboardCells,
} from '@targetboard/db/repositories/dashboard.repository';
import type { CellKey } from '@targetboard/db/repositories/observations.repository';
import type { DbOrTrx } from '@targetboard/db/database';
import { isAlarming } from '@targetboard/shared/alerts/alert-text';
import { quarterParts, type Quarter } from '@targetboard/shared/quarters/quarter';
import { evaluateTarget } from '@targetboard/shared/targets/evaluate-target';
import type { TargetStatus } from '@targetboard/shared/targets/status';
import { type Actor, queueStatusAlerts, type StatusChange } from './alerts.service';
import { ruleOf } from './dashboard.service';

/**
 * Reads the statuses of the cells a save or an import is about to write; `queueChanges`,
 * called after the write in the same transaction, reads them again and queues an alert for
 * each cell that turned red or amber — so the alert commits with the figures or not at all.
 * A cell is judged as the dashboard judges it as of the written quarter, by the shared
 * status rules.
 */
export async function watchStatuses(
  trx: DbOrTrx,
  actor: Actor | null,
  cells: readonly CellKey[],
): Promise<{ queueChanges: () => Promise<void> }> {
  const before =
    cells.length === 0 ? new Map<string, TargetStatus>() : await cellStatuses(trx, cells);
  return {
    queueChanges: async () => {
      if (cells.length === 0) return;
      const after = await cellStatuses(trx, cells);
      const changes: StatusChange[] = [];
      for (const [key, to] of after) {
        const from = before.get(key) ?? 'no_data';
        if (!isAlarming(from, to)) continue;
        const [regionId, indicatorId, quarter] = key.split(':');
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

/** Each cell's status as of its own quarter, keyed `region:indicator:quarter`; no target, no entry. */
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
