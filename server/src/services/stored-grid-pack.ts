import {
  STORED_CELL as C,
  type StoredGrid,
  type StoredGridCell,
} from '@targetboard/db/repositories/stored-grid.repository';
import { emptyCellColumns, emptyTargetColumns } from '@targetboard/shared/api/dashboard-resolve';
import type { DashboardReply, DashboardRowHead } from '@targetboard/shared/api/dashboard.schema';
import type { RegionRef } from '@targetboard/shared/api/regions.schema';
import { formatTarget } from '@targetboard/shared/targets/format-target';
import {
  REASON_CODES,
  type ReasonCode,
  reasonCarriesFigure,
} from '@targetboard/shared/targets/reason';
import { TARGET_STATUSES, type TargetStatus } from '@targetboard/shared/targets/status';
import { ruleInYear } from '@targetboard/shared/targets/target-rule';

/** What `packStoredGrid` makes of a grid's stored cells: the reply's rows and columns. */
export type PackedStoredGrid = Pick<
  DashboardReply,
  'parent' | 'rows' | 'cells' | 'targets' | 'targetRegions'
> & {
  /** The shown cells' statuses, parent row first, for the grid's counts. */
  shown: TargetStatus[];
};

export interface StoredGridShape {
  year: number;
  region: RegionRef;
  /** The region's children, by code. */
  children: readonly RegionRef[];
  /** How many sub-regions each child has. */
  childCounts: ReadonlyMap<number, number>;
  /** Each listed indicator's place among the columns. */
  order: ReadonlyMap<number, number>;
}

const statusCode = new Map<TargetStatus, number>(TARGET_STATUSES.map((s, i) => [s, i]));
const reasonCode = new Map<ReasonCode, number>(REASON_CODES.map((r, i) => [r, i]));

/**
 * A grid's stored cells straight into the reply's columns (as `packDashboard` packs compact
 * rows, byte for byte): a national grid's 2,640 cells used to become a compact cell each, and
 * each of those a column entry, allocating twice what the reply holds. Rows are the region's
 * own, then its children's with a figure first (as `withFiguresFirst`), each row's cells in
 * column order; targets are listed in the order the rows first name them, each rule worded
 * once; the margin is sent only where the reason's parameters carry it (`reasonCarriesFigure`).
 */
export function packStoredGrid(stored: StoredGrid, shape: StoredGridShape): PackedStoredGrid {
  const { year, region, children, childCounts, order } = shape;
  const byRegion = new Map<number, StoredGridCell[]>();
  for (const c of stored.cells) {
    const list = byRegion.get(c[C.regionId]);
    if (list) list.push(c);
    else byRegion.set(c[C.regionId], [c]);
  }
  const byColumn = (a: StoredGridCell, b: StoredGridCell) =>
    order.get(a[C.indicatorId])! - order.get(b[C.indicatorId])!;
  const rowOf = (r: RegionRef, childCount: number) => ({
    region: { id: r.id, code: r.code, name: r.name, level: r.level, childCount },
    cells: (byRegion.get(r.id) ?? []).sort(byColumn),
  });
  const childRows = children.map((c) => rowOf(c, childCounts.get(c.id) ?? 0));
  const reports = (row: { cells: StoredGridCell[] }) => row.cells.some((c) => c[C.actual] !== null);
  const rows = [...childRows.filter(reports), ...childRows.filter((r) => !reports(r))];
  const parent = rowOf(region, children.length);

  const cells = emptyCellColumns();
  const targets = emptyTargetColumns();
  const targetAt = new Map<number, number>();
  const targetRegions = new Map<number, string>();
  const shown: TargetStatus[] = [];
  const listTarget = (c: StoredGridCell): number => {
    const t = stored.targets.get(c[C.targetId]);
    if (!t) throw new RangeError(`a cell names target ${c[C.targetId]}, which was not read`);
    targetAt.set(t.id, targets.id.length);
    targets.id.push(t.id);
    targets.indicatorId.push(c[C.indicatorId]);
    targets.regionId.push(t.regionId);
    targets.comparator.push(t.comparator);
    targets.value.push(t.value);
    targets.valueMax.push(t.valueMax);
    targets.tolerance.push(t.tolerance);
    targets.unit.push(t.unit);
    targets.kind.push(t.kind);
    targets.direction.push(t.direction);
    targets.measure.push(t.measure);
    targets.sourceYear.push(t.year);
    targets.rule.push(formatTarget(ruleInYear(t, year), 'zh'));
    targets.source.push(
      t.documentId === null
        ? null
        : { documentId: t.documentId, start: t.start, end: t.end, quote: t.quote },
    );
    targetRegions.set(t.regionId, t.regionName);
    return targets.id.length - 1;
  };
  const head = (row: ReturnType<typeof rowOf>): DashboardRowHead => {
    for (const c of row.cells) {
      const actual = c[C.actual];
      const actualQuarter = c[C.actualQuarter];
      const margin = c[C.margin];
      const reason = c[C.reason];
      cells.target.push(targetAt.get(c[C.targetId]) ?? listTarget(c));
      cells.value.push(actual);
      cells.quarter.push(actualQuarter);
      cells.status.push(statusCode.get(c[C.status])!);
      cells.reason.push(reasonCode.get(reason)!);
      const quarter = actualQuarter === null ? null : `${year}Q${actualQuarter}`;
      cells.margin.push(
        margin !== null && reasonCarriesFigure(reason, quarter, actual) ? margin : null,
      );
      cells.projected.push(c[C.projected]);
      for (let k = C.trend; k < c.length; k++) cells.trend.push(c[k]!);
      // The roll-up's counts, all four null when no sub-region has a cell.
      for (let k = C.rollUp; k < C.rollUp + TARGET_STATUSES.length; k++)
        cells.rollUp.push(c[k] as number | null);
      shown.push(c[C.status]);
    }
    return { region: row.region, cellCount: row.cells.length };
  };
  return {
    parent: head(parent),
    rows: rows.map(head),
    cells,
    targets,
    targetRegions: [...targetRegions].map(([id, name]) => ({ id, name })),
    shown,
  };
}
