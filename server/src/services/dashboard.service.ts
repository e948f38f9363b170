import {
  type DashboardCellData,
  findDashboardCells,
  findDashboardIndicators,
  findDashboardRegions,
} from '@targetboard/db/repositories/dashboard.repository';
import { findStoredRollUps } from '@targetboard/db/repositories/cell-statuses.repository';
import type { DbOrTrx } from '@targetboard/db/database';
import { hasDemoFigures } from '@targetboard/db/repositories/demo.repository';
import { findLatestFigureQuarter } from '@targetboard/db/repositories/figure-quarters.repository';
import { listAncestors } from '@targetboard/db/repositories/regions.repository';
import type { DashboardReply } from '@targetboard/shared/api/dashboard.schema';
import {
  compactDashboard,
  type DashboardCell,
  type DashboardRow,
} from '@targetboard/shared/api/dashboard-resolve';
import type { RegionRef } from '@targetboard/shared/api/regions.schema';
import { CATEGORIES } from '@targetboard/shared/indicators/catalogue';
import {
  addQuarters,
  type Quarter,
  quarterAt,
  quarterOf,
  quarterParts,
  quarterRange,
} from '@targetboard/shared/quarters/quarter';
import { findWeakerThanParent } from '@targetboard/shared/targets/consistency';
import { evaluateTarget, targetStatus } from '@targetboard/shared/targets/evaluate-target';
import { formatTarget } from '@targetboard/shared/targets/format-target';
import { rollUp } from '@targetboard/shared/targets/roll-up';
import { STATUS_RULES_VERSION, type TargetStatus } from '@targetboard/shared/targets/status';
import { isCumulative, type TargetRule } from '@targetboard/shared/targets/target-rule';
import type { GridCache } from './grid-cache';

/** Roll-up cells are fetched in slices of at least this many regions, one per connection. */
const HIDDEN_SLICE_MIN = 40;

export interface DashboardOptions {
  /** Computed grids kept per data revision; without one every call computes. */
  cache?: GridCache<DashboardGrid> | undefined;
  /** Queries the database runs at once: a PostgreSQL pool's share, 1 for PGlite. */
  connections?: number;
  /** False: judge the roll-ups live even where stored statuses are current (the bench's before). */
  storedStatuses?: boolean;
}

/** How many quarters, up to the as-of one, each cell's trend shows. */
export const TREND_QUARTERS = 4;

export interface DashboardRequest {
  region: RegionRef;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  category?: string | null | undefined;
  /** The reader's scope region; null for admins (everything readable). */
  scopeRegionId: number | null;
}

/** The as-of quarter of today, the default of a dashboard opened without one. */
export function currentQuarter(now = new Date()): { year: number; quarter: 1 | 2 | 3 | 4 } {
  return quarterParts(quarterAt(now));
}

/**
 * The period a dashboard opened without one shows: the latest year with confirmed targets up
 * to this year (its Q4 when that year is over, else the current quarter), so a bureau whose
 * latest plan is for an earlier year sees it rather than an empty grid.
 */
export function defaultPeriod(
  targetYears: readonly number[],
  now = new Date(),
): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const current = currentQuarter(now);
  const latest = targetYears.find((y) => y <= current.year);
  if (latest === undefined || latest === current.year) return current;
  return { year: latest, quarter: 4 };
}

/**
 * The period a dashboard opened without one shows: the latest quarter up to now with figures
 * in the region or below, else `defaultPeriod` of the plan years (an empty grid's best guess).
 */
export async function openingPeriod(
  db: DbOrTrx,
  regionId: number,
  targetYears: () => Promise<readonly number[]>,
  now = new Date(),
): Promise<{ year: number; quarter: 1 | 2 | 3 | 4 }> {
  const current = currentQuarter(now);
  const latest = await findLatestFigureQuarter(db, regionId, `${current.year}Q${current.quarter}`);
  if (latest === null) return defaultPeriod(await targetYears(), now);
  return { year: Number(latest.slice(0, 4)), quarter: Number(latest.slice(5)) as 1 | 2 | 3 | 4 };
}

/** The quarters whose figures the grid needs: the year's up to asOf, and the trend window. */
export function quartersNeeded(asOf: Quarter): Quarter[] {
  const out = new Set(quarterRange(quarterOf(quarterParts(asOf).year, 1), asOf));
  for (let k = TREND_QUARTERS - 1; k >= 0; k--) out.add(addQuarters(asOf, -k));
  return [...out].sort();
}

/** The target rule a cell is judged by, re-stamped with the year asked for. */
export const ruleOf = (t: DashboardCellData['target'], year: number): TargetRule => ({
  comparator: t.comparator,
  value: t.value,
  valueMax: t.valueMax,
  unit: t.unit,
  tolerance: t.tolerance,
  kind: t.kind,
  direction: t.direction,
  // Re-stamped: the requested year is judged against the step in force (pickTargetForYear).
  year,
});

function evaluateCell(data: DashboardCellData, year: number, asOf: Quarter): DashboardCell {
  const t = data.target;
  const rule = ruleOf(t, year);
  const evaluation = evaluateTarget(rule, data.figures, asOf);
  const figures = new Map(data.figures.map((f) => [f.quarter, f.value]));
  const trend = [];
  for (let k = TREND_QUARTERS - 1; k >= 0; k--) {
    const quarter = addQuarters(asOf, -k);
    trend.push({ quarter, value: figures.get(quarter) ?? null });
  }
  const params = evaluation.reason.params;
  return {
    indicatorId: data.indicatorId,
    target: {
      id: t.id,
      indicatorId: data.indicatorId,
      regionId: t.regionId,
      regionName: t.regionName,
      comparator: t.comparator,
      value: t.value,
      valueMax: t.valueMax,
      tolerance: t.tolerance,
      unit: t.unit,
      kind: t.kind,
      direction: t.direction,
      measure: t.measure,
      sourceYear: t.year,
      rule: formatTarget(rule, 'zh'),
      inheritedFrom:
        t.regionId === data.regionId ? null : { regionId: t.regionId, name: t.regionName },
      source:
        t.documentId === null
          ? null
          : { documentId: t.documentId, start: t.start, end: t.end, quote: t.quote },
    },
    value: params.actual ?? null,
    basis: isCumulative(rule) ? 'year_to_date' : 'latest',
    quarter: params.quarter ?? null,
    status: evaluation.status,
    reason: evaluation.reason,
    projected: evaluation.projected ?? null,
    trend,
    rollUp: null,
    weakerThanParent: null,
  };
}

/**
 * Rows with a figure in any cell first, each group in the order given (by code): a leader's
 * first screen leads with the regions that report, not with a page of 无数据.
 */
export function withFiguresFirst(rows: DashboardRow[]): DashboardRow[] {
  const reports = (row: DashboardRow) => row.cells.some((c) => c.value !== null);
  return [...rows.filter(reports), ...rows.filter((r) => !reports(r))];
}

const categoryRank = (c: string) => {
  const i = (CATEGORIES as readonly string[]).indexOf(c);
  return i === -1 ? CATEGORIES.length : i;
};

/**
 * What a dashboard shows whoever asks: everything but the path, the time and the demo note.
 * Kept and sent compact (each target once); `resolveDashboard` rebuilds the cells.
 */
export type DashboardGrid = Omit<DashboardReply, 'path' | 'asOf' | 'demo'>;

/**
 * The dashboard of a region as of `year` Q`quarter`: its own cells, one row per child with
 * each child's cells, each cell's roll-up over that region's sub-regions, and consistency
 * flags. Computed live in a handful of set-based queries, or taken from the cache when nothing
 * it reads has changed since; the caller checks scope first.
 */
export async function buildDashboard(
  db: DbOrTrx,
  request: DashboardRequest,
  options: DashboardOptions = {},
): Promise<DashboardReply> {
  const { cache, connections = 1, storedStatuses = true } = options;
  const { region, year, quarter } = request;
  const category = request.category ?? null;
  const key = `${region.id}|${year}|${quarter}|${category ?? ''}`;
  const [ancestors, grid] = await Promise.all([
    listAncestors(db, region.id),
    cache
      ? cache.get(db, key, () =>
          computeGrid(db, region, year, quarter, category, connections, storedStatuses),
        )
      : computeGrid(db, region, year, quarter, category, connections, storedStatuses),
  ]);
  const scopeAt = ancestors.findIndex((a) => a.id === request.scopeRegionId);
  const demo = await hasDemoFigures(
    db,
    [grid.parent, ...grid.rows].map((r) => r.region.id),
    quartersNeeded(grid.quarter as Quarter),
  );
  return {
    ...grid,
    demo,
    asOf: new Date().toISOString(),
    path: ancestors.map((a, i) => ({
      ...a,
      readable: request.scopeRegionId === null || (scopeAt !== -1 && i >= scopeAt),
    })),
  };
}

async function computeGrid(
  db: DbOrTrx,
  region: RegionRef,
  year: number,
  quarter: DashboardRequest['quarter'],
  category: string | null,
  connections: number,
  storedStatuses: boolean,
): Promise<DashboardGrid> {
  const asOf = quarterOf(year, quarter);
  const { children, grandchildren } = await findDashboardRegions(db, region.id);
  // Shown cells carry sources and trends; the grandchildren only feed roll-ups, so they fetch
  // just what a status needs (the national grid judges ~30k cells, most of them here).
  // The roll-up cells go in slices at once: on PostgreSQL each slice gets a connection (and a
  // core) of its own while this process decodes the others. PGlite's one connection would only
  // run them in turn, repeating the shared part, so it takes them whole.
  const slice = Math.max(HIDDEN_SLICE_MIN, Math.ceil(grandchildren.length / connections));
  const slices: number[][] = [];
  for (let i = 0; i < grandchildren.length; i += slice)
    slices.push(grandchildren.slice(i, i + slice).map((g) => g.id));
  const quarters = quartersNeeded(asOf);
  const [shown, stored] = await Promise.all([
    findDashboardCells(db, {
      regionIds: [region.id, ...children.map((c) => c.id)],
      year,
      quarters,
      category,
    }),
    storedStatuses
      ? findStoredRollUps(db, {
          parentIds: children.map((c) => c.id),
          year,
          quarter,
          category,
          rulesVersion: STATUS_RULES_VERSION,
        })
      : null,
  ]);
  // Stored statuses (kept on write) stand in for judging the grandchildren; a year not held,
  // or with a write not yet judged again, is judged live.
  const hidden = stored
    ? []
    : (
        await Promise.all(
          slices.map((regionIds) =>
            findDashboardCells(db, {
              regionIds,
              year,
              quarters: quarters.filter((q) => q.startsWith(String(year))),
              category,
              detail: false,
            }),
          ),
        )
      ).flat();

  const cells = new Map<number, Map<number, DashboardCell>>();
  for (const data of shown) {
    const byIndicator = cells.get(data.regionId) ?? new Map<number, DashboardCell>();
    byIndicator.set(data.indicatorId, evaluateCell(data, year, asOf));
    cells.set(data.regionId, byIndicator);
  }
  const statusesUnder = new Map<string, TargetStatus[]>();
  const add = (parentId: number | null, indicatorId: number, status: TargetStatus) => {
    const key = `${parentId}:${indicatorId}`;
    const list = statusesUnder.get(key);
    if (list) list.push(status);
    else statusesUnder.set(key, [status]);
  };
  const parentOf = new Map(grandchildren.map((g) => [g.id, g.parentId]));
  const rules = new Map<number, TargetRule>();
  for (const data of hidden) {
    let rule = rules.get(data.target.id);
    if (!rule) rules.set(data.target.id, (rule = ruleOf(data.target, year)));
    add(
      parentOf.get(data.regionId) ?? null,
      data.indicatorId,
      targetStatus(rule, data.figures, asOf),
    );
  }
  for (const r of stored ?? [])
    for (let k = 0; k < r.n; k++) add(r.parentId, r.indicatorId, r.status);
  for (const child of children)
    for (const [indicatorId, cell] of cells.get(child.id) ?? [])
      add(region.id, indicatorId, cell.status);
  // Roll-ups: each region's cell summarises its direct sub-regions' cells for that indicator.
  for (const [regionId, byIndicator] of cells) {
    for (const [indicatorId, cell] of byIndicator) {
      const statuses = statusesUnder.get(`${regionId}:${indicatorId}`);
      if (statuses) cell.rollUp = rollUp(statuses);
    }
  }
  const parentCells = cells.get(region.id) ?? new Map<number, DashboardCell>();
  for (const child of children) {
    for (const [indicatorId, cell] of cells.get(child.id) ?? []) {
      const above = parentCells.get(indicatorId);
      if (!above || cell.target.inheritedFrom !== null) continue;
      const finding = findWeakerThanParent(
        { ...cell.target, year, cumulative: undefined },
        { ...above.target, year, cumulative: undefined },
      );
      if (finding.weaker) cell.weakerThanParent = { code: finding.code, text: finding.text };
    }
  }

  const childCounts = new Map<number, number>();
  for (const g of grandchildren)
    childCounts.set(g.parentId!, (childCounts.get(g.parentId!) ?? 0) + 1);
  const rowOf = (r: RegionRef, childCount: number): DashboardRow => ({
    region: { id: r.id, code: r.code, name: r.name, level: r.level, childCount },
    cells: [...(cells.get(r.id)?.values() ?? [])],
  });
  const rows = withFiguresFirst(children.map((c) => rowOf(c, childCounts.get(c.id) ?? 0)));
  const parent = rowOf(region, children.length);

  const indicatorIds = new Set<number>();
  for (const row of [parent, ...rows]) for (const c of row.cells) indicatorIds.add(c.indicatorId);
  const meta = await findDashboardIndicators(db, [...indicatorIds]);
  // Sorted here, not in SQL: collations differ between engines; pinyin order within a category.
  const indicators = meta.indicators.sort(
    (a, b) =>
      categoryRank(a.category) - categoryRank(b.category) ||
      a.category.localeCompare(b.category, 'zh-CN') ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
  const order = new Map(indicators.map((ind, i) => [ind.id, i]));
  for (const row of [parent, ...rows])
    row.cells.sort((a, b) => order.get(a.indicatorId)! - order.get(b.indicatorId)!);

  return compactDashboard({
    year,
    quarter: asOf,
    category,
    categories: meta.categories.sort((a, b) => categoryRank(a) - categoryRank(b)),
    parent,
    rows,
    indicators,
    // What the grid shows: the region's own row (本级) and its children's rows.
    counts: rollUp([parent, ...rows].flatMap((r) => r.cells.map((c) => c.status))).counts,
  });
}
