import { addQuarters, type Quarter } from '../quarters/quarter';
import { rebuildReasonParams, type StatusReason } from '../targets/reason';
import type { RollUp } from '../targets/roll-up';
import { statusRank, TARGET_STATUSES, type TargetStatus } from '../targets/status';
import { isCumulative } from '../targets/target-rule';
import type { CompactCell, CompactRow, DashboardReply, DashboardTarget } from './dashboard.schema';

/**
 * The dashboard as pages and exports read it, rebuilt from the compact reply: each cell with
 * its target object (shared by every cell that names it), the reason's code and parameters
 * (`reasonText` words them), the trend's quarters and the full roll-up.
 */
export interface DashboardCellTarget extends DashboardTarget {
  /** Null: the cell's region's own target; else the region it is inherited from. */
  inheritedFrom: { regionId: number; name: string } | null;
}

export interface DashboardCell {
  indicatorId: number;
  target: DashboardCellTarget;
  value: number | null;
  basis: 'latest' | 'year_to_date';
  quarter: string | null;
  status: TargetStatus;
  reason: StatusReason;
  projected: number | null;
  trend: { quarter: string; value: number | null }[];
  rollUp: RollUp | null;
  weakerThanParent: { code: string; text: string } | null;
}

export interface DashboardRow {
  region: CompactRow['region'];
  cells: DashboardCell[];
}

export interface Dashboard extends Omit<DashboardReply, 'parent' | 'rows' | 'targets'> {
  parent: DashboardRow;
  rows: DashboardRow[];
}

/** The full roll-up from counts in `TARGET_STATUSES` order, as `rollUp` computes it. */
export function rollUpOfCounts(list: readonly number[]): RollUp {
  const counts = {} as Record<TargetStatus, number>;
  let total = 0;
  let worst: TargetStatus | null = null;
  TARGET_STATUSES.forEach((s, i) => {
    const n = list[i] ?? 0;
    counts[s] = n;
    total += n;
    if (n > 0 && (worst === null || statusRank(s) < statusRank(worst))) worst = s;
  });
  const judged = total - counts.no_data;
  return { counts, total, shareMet: judged === 0 ? null : counts.met / judged, worst };
}

/** The reason's parameters as `evaluateTarget` gave them, from what the cell carries. */
function reasonOf(
  cell: CompactCell,
  target: DashboardTarget,
  year: number,
  asOf: string,
): StatusReason {
  const code = cell.reason;
  const params = rebuildReasonParams({
    code,
    year,
    asOf,
    rule: target.rule,
    cumulative: isCumulative(target),
    quarter: cell.quarter,
    actual: cell.value,
    targetValue: target.value,
    projected: cell.projected,
    margin: cell.margin,
  });
  return { code, params };
}

/** Every cell with its target resolved; throws when a cell names a target the reply lacks. */
export function resolveDashboard(reply: DashboardReply): Dashboard {
  const targets = new Map(reply.targets.map((t) => [t.id, t]));
  const trendQuarters: string[] = [];
  for (let k = 3; k >= 0; k--) trendQuarters.push(addQuarters(reply.quarter as Quarter, -k));
  // One object per target and cell region kind, shared by the cells that name it.
  const own = new Map<number, DashboardCellTarget>();
  const inherited = new Map<number, DashboardCellTarget>();
  const targetFor = (id: number, regionId: number): DashboardCellTarget => {
    const t = targets.get(id);
    if (!t) throw new RangeError(`a cell names target ${id}, which the reply does not list`);
    const isOwn = t.regionId === regionId;
    const kept = (isOwn ? own : inherited).get(id);
    if (kept) return kept;
    const made = {
      ...t,
      inheritedFrom: isOwn ? null : { regionId: t.regionId, name: t.regionName },
    };
    (isOwn ? own : inherited).set(id, made);
    return made;
  };
  const resolveRow = (row: CompactRow): DashboardRow => ({
    region: row.region,
    cells: row.cells.map((c) => {
      const target = targetFor(c.targetId, row.region.id);
      return {
        indicatorId: target.indicatorId,
        target,
        value: c.value,
        basis: isCumulative(target) ? 'year_to_date' : 'latest',
        quarter: c.quarter,
        status: c.status,
        reason: reasonOf(c, target, reply.year, reply.quarter),
        projected: c.projected ?? null,
        trend: c.trend.map((value, i) => ({ quarter: trendQuarters[i] ?? '', value })),
        rollUp: c.rollUp === null ? null : rollUpOfCounts(c.rollUp),
        weakerThanParent: c.weakerThanParent ?? null,
      };
    }),
  });
  const { targets: _listed, parent, rows, ...rest } = reply;
  return { ...rest, parent: resolveRow(parent), rows: rows.map(resolveRow) };
}

/** What `compactDashboard` gives for a resolved dashboard or part of one (the server's kept grid). */
export type Compacted<T> = Omit<T, 'parent' | 'rows'> & {
  parent: CompactRow;
  rows: CompactRow[];
  targets: DashboardTarget[];
};

/** A resolved cell as the compact reply sends it (its target by id). */
export function compactCell(c: DashboardCell): CompactCell {
  return compactCellOf({
    targetId: c.target.id,
    value: c.value,
    quarter: c.quarter,
    status: c.status,
    reason: c.reason.code,
    margin: c.reason.params.margin,
    projected: c.projected,
    trend: c.trend.map((p) => p.value),
    rollUp: c.rollUp === null ? null : TARGET_STATUSES.map((s) => c.rollUp!.counts[s]),
    weakerThanParent: c.weakerThanParent,
  });
}

/**
 * A compact cell from its parts, its keys always in one order (the reply is compared byte for
 * byte): margin, projection and flag only when set. `margin` is the one the reason's
 * parameters carry (`reasonCarriesFigure`), `rollUp` counts in `TARGET_STATUSES` order.
 */
export function compactCellOf(c: {
  targetId: number;
  value: number | null;
  quarter: string | null;
  status: TargetStatus;
  reason: StatusReason['code'];
  margin: number | undefined;
  projected: number | null;
  trend: (number | null)[];
  rollUp: number[] | null;
  weakerThanParent?: { code: string; text: string } | null;
}): CompactCell {
  const cell: CompactCell = {
    targetId: c.targetId,
    value: c.value,
    quarter: c.quarter,
    status: c.status,
    reason: c.reason,
    trend: c.trend,
    rollUp: c.rollUp,
  };
  if (c.margin !== undefined) cell.margin = c.margin;
  if (c.projected !== null) cell.projected = c.projected;
  if (c.weakerThanParent != null) cell.weakerThanParent = c.weakerThanParent;
  return cell;
}

/** The compact form of a resolved dashboard: each target once, cells naming them by id. */
export function compactDashboard<T extends { parent: DashboardRow; rows: DashboardRow[] }>(
  dashboard: T,
): Compacted<T> {
  const targets = new Map<number, DashboardTarget>();
  const compactRow = (row: DashboardRow): CompactRow => ({
    region: row.region,
    cells: row.cells.map((c) => {
      if (!targets.has(c.target.id)) {
        const { inheritedFrom: _relative, ...target } = c.target;
        targets.set(c.target.id, target);
      }
      return compactCell(c);
    }),
  });
  const parent = compactRow(dashboard.parent);
  const rows = dashboard.rows.map(compactRow);
  return { ...dashboard, parent, rows, targets: [...targets.values()] };
}
