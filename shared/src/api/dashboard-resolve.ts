import { addQuarters, type Quarter } from '../quarters/quarter';
import type { RollUp } from '../targets/roll-up';
import {
  REASON_CODES,
  type ReasonCode,
  rebuildReasonParams,
  type StatusReason,
} from '../targets/reason';
import { statusRank, TARGET_STATUSES, type TargetStatus } from '../targets/status';
import { compareWithParent, findWeakerThanParent } from '../targets/consistency';
import { isCumulative, ruleInYear, type TargetRule } from '../targets/target-rule';
import type {
  DashboardCellColumns,
  DashboardReply,
  DashboardRowHead,
  DashboardTarget,
  DashboardTargetColumns,
} from './dashboard.schema';

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

/**
 * One cell as the server compacts it before sending it in columns (`packDashboard`): its
 * target by id, its reason by code, its roll-up as counts in `TARGET_STATUSES` order.
 */
export interface CompactCell {
  targetId: number;
  value: number | null;
  quarter: string | null;
  status: TargetStatus;
  reason: ReasonCode;
  margin?: number;
  projected?: number;
  trend: (number | null)[];
  rollUp: number[] | null;
}

export interface CompactRow {
  region: DashboardRowHead['region'];
  cells: CompactCell[];
}

export interface DashboardRow {
  region: DashboardRowHead['region'];
  cells: DashboardCell[];
}

/** The reply's columns, and the lookup tables that only serve to read them, left out. */
type ColumnParts =
  | 'parent'
  | 'rows'
  | 'cells'
  | 'targets'
  | 'targetRegions'
  | 'statuses'
  | 'reasons'
  | 'trendQuarters';

export interface Dashboard extends Omit<DashboardReply, ColumnParts> {
  parent: DashboardRow;
  rows: DashboardRow[];
}

/**
 * The worst status with any sub-region in it, from counts in the order of `statuses` (read
 * from `list[from]` on, so a cell's counts are read in place in the reply's column); null: none.
 */
export function worstOfCounts(
  list: readonly (number | null)[],
  statuses: readonly TargetStatus[] = TARGET_STATUSES,
  from = 0,
): TargetStatus | null {
  let worst: TargetStatus | null = null;
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i]!;
    if ((list[from + i] ?? 0) > 0 && (worst === null || statusRank(s) < statusRank(worst)))
      worst = s;
  }
  return worst;
}

/** The full roll-up from counts in the order of `statuses` (`TARGET_STATUSES` unless given). */
export function rollUpOfCounts(
  list: readonly (number | null)[],
  statuses: readonly TargetStatus[] = TARGET_STATUSES,
): RollUp {
  const counts = { met: 0, at_risk: 0, missed: 0, no_data: 0 } as Record<TargetStatus, number>;
  let total = 0;
  statuses.forEach((s, i) => {
    const n = list[i] ?? 0;
    counts[s] = n;
    total += n;
  });
  const judged = total - counts.no_data;
  return {
    counts,
    total,
    shareMet: judged === 0 ? null : counts.met / judged,
    worst: worstOfCounts(list, statuses),
  };
}

/** The quarters of a cell's trend: `count` up to `asOf`, oldest first. */
export function trendQuartersOf(asOf: Quarter, count: number): Quarter[] {
  const out: Quarter[] = [];
  for (let k = count - 1; k >= 0; k--) out.push(addQuarters(asOf, -k));
  return out;
}

/** A listed target as an object, from the reply's columns. */
function targetAt(
  t: DashboardTargetColumns,
  i: number,
  regionNames: ReadonlyMap<number, string>,
): DashboardTarget {
  const regionId = t.regionId[i]!;
  const regionName = regionNames.get(regionId);
  if (regionName === undefined)
    throw new RangeError(`target ${t.id[i]} names region ${regionId}, which the reply lacks`);
  return {
    id: t.id[i]!,
    indicatorId: t.indicatorId[i]!,
    regionId,
    regionName,
    comparator: t.comparator[i]!,
    value: t.value[i]!,
    valueMax: t.valueMax[i]!,
    tolerance: t.tolerance[i]!,
    unit: t.unit[i]!,
    kind: t.kind[i]!,
    direction: t.direction[i]!,
    measure: t.measure[i]!,
    sourceYear: t.sourceYear[i]!,
    rule: t.rule[i]!,
    source: t.source[i]!,
  };
}

/**
 * Every cell with its target resolved, from the reply's columns; throws when a cell names a
 * target the reply lacks or the columns are short of the rows' cells.
 *
 * A child row's cells are built the first time they are read (`cells` is a getter that keeps
 * what it built): a national grid has 2,600 cells and its first screen shows ~240, so a page
 * pays for the rows it draws, when it draws them. The reply is checked whole here, so a bad
 * one still throws at once. `cellStatuses` reads a row's statuses without building its cells.
 */
export function resolveDashboard(reply: DashboardReply): Dashboard {
  const {
    parent,
    rows,
    cells: c,
    targets: columns,
    targetRegions,
    statuses,
    reasons,
    trendQuarters,
    ...rest
  } = reply;
  const regionNames = new Map(targetRegions.map((r) => [r.id, r.name]));
  const cellCount = rows.reduce((n, row) => n + row.cellCount, parent.cellCount);
  if (cellCount > c.target.length) throw new RangeError('the reply has fewer cells than its rows');
  for (let i = 0; i < cellCount; i++) {
    const index = c.target[i]!;
    if (!(index >= 0 && index < columns.id.length))
      throw new RangeError(`a cell names target ${index}, which the reply does not list`);
    if (!regionNames.has(columns.regionId[index]!))
      throw new RangeError(
        `target ${columns.id[index]} names region ${columns.regionId[index]}, which the reply lacks`,
      );
  }
  const listed: DashboardTarget[] = [];
  // One object per target and cell region kind, shared by the cells that name it.
  const own = new Map<number, DashboardCellTarget>();
  const inherited = new Map<number, DashboardCellTarget>();
  const targetFor = (index: number, regionId: number): DashboardCellTarget => {
    const t = (listed[index] ??= targetAt(columns, index, regionNames));
    const isOwn = t.regionId === regionId;
    const kept = (isOwn ? own : inherited).get(index);
    if (kept) return kept;
    const made = {
      ...t,
      inheritedFrom: isOwn ? null : { regionId: t.regionId, name: t.regionName },
    };
    (isOwn ? own : inherited).set(index, made);
    return made;
  };
  const span = trendQuarters.length;
  const width = statuses.length;
  const resolveCells = (row: DashboardRowHead, first: number): DashboardCell[] => {
    const cells: DashboardCell[] = [];
    for (let i = first; i < first + row.cellCount; i++) {
      const target = targetFor(c.target[i]!, row.region.id);
      const q = c.quarter[i]!;
      const quarter = q === null ? null : `${reply.year}Q${q}`;
      const code = reasons[c.reason[i]!]!;
      const value = c.value[i]!;
      const projected = c.projected[i]!;
      const counts = c.rollUp.slice(i * width, (i + 1) * width);
      cells.push({
        indicatorId: target.indicatorId,
        target,
        value,
        basis: isCumulative(target) ? 'year_to_date' : 'latest',
        quarter,
        status: statuses[c.status[i]!]!,
        reason: {
          code,
          params: rebuildReasonParams({
            code,
            year: reply.year,
            asOf: reply.quarter,
            rule: target.rule,
            cumulative: isCumulative(target),
            quarter,
            actual: value,
            targetValue: target.value,
            projected: projected ?? undefined,
            margin: c.margin[i] ?? undefined,
          }),
        },
        projected,
        trend: trendQuarters.map((tq, k) => ({ quarter: tq, value: c.trend[i * span + k]! })),
        rollUp: counts.every((n) => n === null) ? null : rollUpOfCounts(counts, statuses),
        weakerThanParent: null,
      });
    }
    return cells;
  };
  // Read from the columns, so counting, filtering and sorting rows builds no cell.
  const statusesOf = (row: DashboardRowHead, first: number): CellStatuses => {
    const out: CellStatuses = { status: [], worst: [] };
    for (let i = first; i < first + row.cellCount; i++) {
      out.status.push(statuses[c.status[i]!]!);
      // No roll-up (every count null) reads as none, as `rollUp: null` does.
      out.worst.push(worstOfCounts(c.rollUp, statuses, i * width));
    }
    return out;
  };
  const top: DashboardRow = { region: parent.region, cells: resolveCells(parent, 0) };
  const flag = weakerThanParentFlagger(top, reply.year);
  let first = parent.cellCount;
  const children = rows.map((row) => {
    const from = first;
    first += row.cellCount;
    let cells: DashboardCell[] | undefined;
    const resolved: DashboardRow = {
      region: row.region,
      // Enumerable, so a copy, a comparison or JSON of the row reads the cells as before.
      get cells() {
        return (cells ??= flag(row.region.id, resolveCells(row, from)));
      },
    };
    keptStatuses.set(resolved, () => statusesOf(row, from));
    return resolved;
  });
  return { ...rest, parent: top, rows: children };
}

/** Each cell's status and the worst of its sub-regions' (null: no roll-up), in cell order. */
export interface CellStatuses {
  status: TargetStatus[];
  worst: (TargetStatus | null)[];
}

const keptStatuses = new WeakMap<DashboardRow, (() => CellStatuses) | CellStatuses>();

/**
 * A row's statuses as its cells hold them (`status`, `rollUp.worst`), for a row of
 * `resolveDashboard` read from the reply's columns without building the cells; any other row's
 * from its cells.
 */
export function cellStatuses(row: DashboardRow): CellStatuses {
  const kept = keptStatuses.get(row);
  if (kept && typeof kept !== 'function') return kept;
  const made = kept
    ? kept()
    : {
        status: row.cells.map((cell) => cell.status),
        worst: row.cells.map((cell) => cell.rollUp?.worst ?? null),
      };
  keptStatuses.set(row, made);
  return made;
}

/**
 * Flags each cell of a child row whose region's own target is weaker than the parent row's for
 * the indicator, with the sentence `findWeakerThanParent` words: rebuilt here from the listed
 * rules rather than sent (a national grid flagged ~1,000 cells, 75 kB of repeated words). An
 * inherited target is the parent's or above, never weaker.
 */
function weakerThanParentFlagger(parent: DashboardRow, year: number) {
  const above = new Map(parent.cells.map((c) => [c.indicatorId, c.target]));
  // Each target's rule once; most cells are as strict as their parent's.
  const rules = new Map<DashboardTarget, TargetRule>();
  const ruleFor = (t: DashboardTarget) => {
    let rule = rules.get(t);
    if (!rule) rules.set(t, (rule = ruleInYear(t, year)));
    return rule;
  };
  return (regionId: number, cells: DashboardCell[]): DashboardCell[] => {
    for (const cell of cells) {
      const parentTarget = above.get(cell.indicatorId);
      if (!parentTarget || cell.target.regionId !== regionId) continue;
      const own = ruleFor(cell.target);
      const theirs = ruleFor(parentTarget);
      if (!compareWithParent(own, theirs).weaker) continue;
      const finding = findWeakerThanParent(own, theirs);
      cell.weakerThanParent = { code: finding.code, text: finding.text };
    }
    return cells;
  };
}

/** A resolved cell as the server compacts it (its target by id). */
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
  });
}

/**
 * A compact cell from its parts: margin and projection only when set. `margin` is the
 * one the reason's parameters carry (`reasonCarriesFigure`), `rollUp` counts in
 * `TARGET_STATUSES` order.
 */
export function compactCellOf(c: {
  targetId: number;
  value: number | null;
  quarter: string | null;
  status: TargetStatus;
  reason: ReasonCode;
  margin: number | undefined;
  projected: number | null;
  trend: (number | null)[];
  rollUp: number[] | null;
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
  return cell;
}

/** The reply's target columns, empty: filled in the order the targets are sent. */
export const emptyTargetColumns = (): DashboardTargetColumns => ({
  id: [],
  indicatorId: [],
  regionId: [],
  comparator: [],
  value: [],
  valueMax: [],
  tolerance: [],
  unit: [],
  kind: [],
  direction: [],
  measure: [],
  sourceYear: [],
  rule: [],
  source: [],
});

/** The reply's cell columns, empty: filled row by row. */
export const emptyCellColumns = (): DashboardCellColumns => ({
  target: [],
  value: [],
  quarter: [],
  status: [],
  reason: [],
  margin: [],
  projected: [],
  trend: [],
  rollUp: [],
});

/** What `packDashboard` puts in place of a grid's rows and targets. */
type Packed<T> = Omit<T, 'parent' | 'rows' | 'targets'> & Pick<DashboardReply, ColumnParts>;

/**
 * A grid of compact rows as the reply sends it: cells and targets in columns, statuses and
 * reasons by code, each target region named once. `targets` lists every target a cell names
 * (in the order they are to be sent); `trendQuarters` the quarters of every cell's trend.
 */
export function packDashboard<
  T extends { year: number; parent: CompactRow; rows: CompactRow[]; targets: DashboardTarget[] },
>(grid: T, trendQuarters: readonly string[]): Packed<T> {
  const { parent, rows, targets: listed, ...rest } = grid;
  const targets = emptyTargetColumns();
  const indexOf = new Map<number, number>();
  const targetRegions = new Map<number, string>();
  for (const t of listed) {
    indexOf.set(t.id, targets.id.length);
    targets.id.push(t.id);
    targets.indicatorId.push(t.indicatorId);
    targets.regionId.push(t.regionId);
    targets.comparator.push(t.comparator);
    targets.value.push(t.value);
    targets.valueMax.push(t.valueMax);
    targets.tolerance.push(t.tolerance);
    targets.unit.push(t.unit);
    targets.kind.push(t.kind);
    targets.direction.push(t.direction);
    targets.measure.push(t.measure);
    targets.sourceYear.push(t.sourceYear);
    targets.rule.push(t.rule);
    targets.source.push(t.source);
    targetRegions.set(t.regionId, t.regionName);
  }
  const statusCode = new Map(TARGET_STATUSES.map((s, i) => [s, i]));
  const reasonCode = new Map(REASON_CODES.map((r, i) => [r, i]));
  const cells = emptyCellColumns();
  const yearPrefix = `${grid.year}Q`;
  const head = (row: CompactRow): DashboardRowHead => {
    for (const cell of row.cells) {
      const index = indexOf.get(cell.targetId);
      if (index === undefined)
        throw new RangeError(`a cell names target ${cell.targetId}, which is not listed`);
      if (cell.trend.length !== trendQuarters.length)
        throw new RangeError(
          `a cell's trend has ${cell.trend.length} quarters, not ${trendQuarters.length}`,
        );
      // A cell's figure is of the year judged: its quarter is sent as 1–4.
      if (cell.quarter !== null && !cell.quarter.startsWith(yearPrefix))
        throw new RangeError(`a cell's quarter ${cell.quarter} is not of ${grid.year}`);
      cells.target.push(index);
      cells.value.push(cell.value);
      cells.quarter.push(
        cell.quarter === null ? null : Number(cell.quarter.slice(yearPrefix.length)),
      );
      cells.status.push(statusCode.get(cell.status)!);
      cells.reason.push(reasonCode.get(cell.reason)!);
      cells.margin.push(cell.margin ?? null);
      cells.projected.push(cell.projected ?? null);
      for (const v of cell.trend) cells.trend.push(v);
      if (cell.rollUp === null)
        for (let k = 0; k < TARGET_STATUSES.length; k++) cells.rollUp.push(null);
      else for (const n of cell.rollUp) cells.rollUp.push(n);
    }
    return { region: row.region, cellCount: row.cells.length };
  };
  const packed = {
    ...rest,
    parent: head(parent),
    rows: rows.map(head),
    cells,
    targets,
    targetRegions: [...targetRegions].map(([id, name]) => ({ id, name })),
    statuses: [...TARGET_STATUSES],
    reasons: [...REASON_CODES],
    trendQuarters: [...trendQuarters],
  };
  return packed;
}

/**
 * A resolved dashboard as the reply sends it: each target once, in the order the cells first
 * name it, cells naming them by index.
 */
export function compactDashboard<
  T extends { year: number; quarter: string; parent: DashboardRow; rows: DashboardRow[] },
>(
  dashboard: T,
): Packed<
  Omit<T, 'parent' | 'rows'> & {
    parent: CompactRow;
    rows: CompactRow[];
    targets: DashboardTarget[];
  }
> {
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
  const span = [dashboard.parent, ...dashboard.rows].find((r) => r.cells.length > 0)?.cells[0]
    ?.trend.length;
  return packDashboard(
    { ...dashboard, parent, rows, targets: [...targets.values()] },
    trendQuartersOf(dashboard.quarter as Quarter, span ?? 4),
  );
}
