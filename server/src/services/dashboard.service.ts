import {
  type DashboardCellData,
  findDashboardCells,
  findDashboardIndicators,
  findDashboardRegions,
} from '@targetboard/db/repositories/dashboard.repository';
import {
  findStoredGridCells,
  STORED_CELL,
  type StoredGrid,
  type StoredGridQuery,
} from '@targetboard/db/repositories/stored-grid.repository';
import type { DbOrTrx } from '@targetboard/db/database';
import { hasDemoFigures } from '@targetboard/db/repositories/demo.repository';
import { findLatestFigureQuarter } from '@targetboard/db/repositories/figure-quarters.repository';
import { listAncestors } from '@targetboard/db/repositories/regions.repository';
import type { DashboardReply, DashboardTarget } from '@targetboard/shared/api/dashboard.schema';
import {
  type CompactCell,
  type CompactRow,
  compactCell,
  type DashboardCell,
  type DashboardCellTarget,
  packDashboard,
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
import { evaluateTarget, targetStatus } from '@targetboard/shared/targets/evaluate-target';
import { formatTarget } from '@targetboard/shared/targets/format-target';
import { REASON_CODES } from '@targetboard/shared/targets/reason';
import { rollUp } from '@targetboard/shared/targets/roll-up';
import { ruleFields } from '@targetboard/shared/targets/rule-fields';
import {
  STATUS_RULES_VERSION,
  TARGET_STATUSES,
  type TargetStatus,
} from '@targetboard/shared/targets/status';
import { isCumulative, ruleInYear, type TargetRule } from '@targetboard/shared/targets/target-rule';
import type { GridCache } from './grid-cache';
import { packStoredGrid } from './stored-grid-pack';

/** Roll-up cells are fetched in slices of at least this many regions, one per connection. */
const HIDDEN_SLICE_MIN = 40;

/**
 * A stored grid is read in this many shares of its regions, side by side where there are
 * connections for them. The national grid's one statement was ~50 ms of one backend's CPU at
 * 1 M figures, more than half of it building its JSON; two halves take ~26 ms each at once.
 * Two, as the wave's other reads hold the rest of a grid's four connections.
 */
const STORED_SHARES = 2;

export interface DashboardOptions {
  /** Computed grids kept per data revision; without one every call computes. */
  cache?: GridCache<KeptGrid> | undefined;
  /** Queries the database runs at once: a PostgreSQL pool's share, 1 for PGlite. */
  connections?: number;
  /** False: judge every cell live even where stored statuses are current (the bench's before). */
  storedStatuses?: boolean;
  /** The data revision, when the caller read it on `db` already (`GridCache.get`). */
  revision?: string | undefined;
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
  /** The region's ancestors, root first, when the caller has them (else read here). */
  ancestors?: readonly RegionRef[] | undefined;
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

/** The quarters of a cell's trend: `TREND_QUARTERS` up to asOf, oldest first. */
export function trendQuarters(asOf: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let k = TREND_QUARTERS - 1; k >= 0; k--) out.push(addQuarters(asOf, -k));
  return out;
}

/** The quarters whose figures the grid needs: the year's up to asOf, and the trend window. */
export function quartersNeeded(asOf: Quarter): Quarter[] {
  const out = new Set(quarterRange(quarterOf(quarterParts(asOf).year, 1), asOf));
  for (const q of trendQuarters(asOf)) out.add(q);
  return [...out].sort();
}

/** The target rule a cell is judged by, re-stamped with the year asked for (shared `ruleInYear`). */
export const ruleOf = ruleInYear;

/** The target as the reply lists it: its fields and its rule in words. */
function dashboardTarget(
  t: DashboardCellData['target'],
  indicatorId: number,
  rule: string,
): DashboardTarget {
  return {
    id: t.id,
    indicatorId,
    regionId: t.regionId,
    regionName: t.regionName,
    ...ruleFields(t),
    sourceYear: t.year,
    rule,
    source:
      t.documentId === null
        ? null
        : { documentId: t.documentId, start: t.start, end: t.end, quote: t.quote },
  };
}

/** The target a judged cell shows: the listed target and where it is inherited from. */
function cellTarget(
  t: DashboardCellData['target'],
  indicatorId: number,
  regionId: number,
  rule: string,
): DashboardCellTarget {
  return {
    ...dashboardTarget(t, indicatorId, rule),
    inheritedFrom: t.regionId === regionId ? null : { regionId: t.regionId, name: t.regionName },
  };
}

/** A cell judged live: its figures read, its target's rule applied. */
function evaluateCell(data: DashboardCellData, year: number, asOf: Quarter): DashboardCell {
  const rule = ruleOf(data.target, year);
  const text = formatTarget(rule, 'zh');
  const evaluation = evaluateTarget(rule, data.figures, asOf, text);
  const figures = new Map(data.figures.map((f) => [f.quarter, f.value]));
  const params = evaluation.reason.params;
  return {
    indicatorId: data.indicatorId,
    target: cellTarget(data.target, data.indicatorId, data.regionId, text),
    value: params.actual ?? null,
    basis: isCumulative(rule) ? 'year_to_date' : 'latest',
    quarter: params.quarter ?? null,
    status: evaluation.status,
    reason: evaluation.reason,
    projected: evaluation.projected ?? null,
    trend: trendQuarters(asOf).map((quarter) => ({ quarter, value: figures.get(quarter) ?? null })),
    rollUp: null,
    weakerThanParent: null,
  };
}

/** Cells judged live, compacted to be packed (the store's are packed straight, `packStoredGrid`). */
function compactJudgedCells(judged: Map<number, Map<number, DashboardCell>>): GridCells {
  const cells: GridCells['cells'] = new Map();
  const targets: GridCells['targets'] = new Map();
  for (const [regionId, byIndicator] of judged) {
    const compact = new Map<number, CompactCell>();
    for (const [indicatorId, c] of byIndicator) {
      if (!targets.has(c.target.id)) {
        const { inheritedFrom: _relative, ...target } = c.target;
        targets.set(c.target.id, target);
      }
      compact.set(indicatorId, compactCell(c));
    }
    cells.set(regionId, compact);
  }
  return { cells, targets };
}

/**
 * Rows with a figure in any cell first, each group in the order given (by code): a leader's
 * first screen leads with the regions that report, not with a page of 无数据.
 */
export function withFiguresFirst<R extends { cells: readonly { value: number | null }[] }>(
  rows: R[],
): R[] {
  const reports = (row: R) => row.cells.some((c) => c.value !== null);
  return [...rows.filter(reports), ...rows.filter((r) => !reports(r))];
}

const categoryRank = (c: string) => {
  const i = (CATEGORIES as readonly string[]).indexOf(c);
  return i === -1 ? CATEGORIES.length : i;
};

/**
 * What a dashboard shows whoever asks: everything but the path. Kept and sent compact (each
 * target once); `resolveDashboard` rebuilds the cells. `asOf` is when it was computed.
 */
export type DashboardGrid = Omit<DashboardReply, 'path'>;

/**
 * A grid as the cache keeps it while its data revision stands, with what the route made of it
 * (`bodies`: the reply serialised and compressed, per reader scope and encoding), so a warm
 * grid is neither serialised nor compressed again.
 */
export interface KeptGrid {
  grid: DashboardGrid;
  bodies: Map<string, Promise<Uint8Array>>;
}

/**
 * The dashboard of a region as of `year` Q`quarter`: its own cells, one row per child with
 * each child's cells, each cell's roll-up over that region's sub-regions, and consistency
 * flags. Read from the stored statuses where they are current for the year, else judged live
 * in a handful of set-based queries; taken from the cache when nothing it reads has changed
 * since. The caller checks scope first.
 */
export async function buildDashboard(
  db: DbOrTrx,
  request: DashboardRequest,
  options: DashboardOptions = {},
): Promise<DashboardReply> {
  return (await keptDashboard(db, request, options)).reply;
}

/**
 * `buildDashboard`, and the bodies kept with its grid (empty when computed afresh): what is
 * made of a reply goes there, to be reused while the grid is.
 */
export async function keptDashboard(
  db: DbOrTrx,
  request: DashboardRequest,
  options: DashboardOptions = {},
): Promise<{ reply: DashboardReply; bodies: KeptGrid['bodies'] }> {
  const { cache, connections = 1, storedStatuses = true, revision } = options;
  const { region, year, quarter } = request;
  const category = request.category ?? null;
  const key = `${region.id}|${year}|${quarter}|${category ?? ''}`;
  const compute = async (): Promise<KeptGrid> => ({
    grid: await computeGrid(db, region, year, quarter, category, connections, storedStatuses),
    bodies: new Map(),
  });
  const [ancestors, { grid, bodies }] = await Promise.all([
    request.ancestors ?? listAncestors(db, region.id),
    cache ? cache.get(db, key, compute, revision) : compute(),
  ]);
  const scopeAt = ancestors.findIndex((a) => a.id === request.scopeRegionId);
  const reply = {
    ...grid,
    path: ancestors.map((a, i) => ({
      ...a,
      readable: request.scopeRegionId === null || (scopeAt !== -1 && i >= scopeAt),
    })),
  };
  return { reply, bodies };
}

/** The store's cells of a grid, in `STORED_SHARES` statements at once when connections allow. */
async function readStoredCells(
  db: DbOrTrx,
  query: StoredGridQuery,
  connections: number,
): Promise<StoredGrid> {
  const count = Math.min(STORED_SHARES, connections);
  if (count <= 1) return findStoredGridCells(db, query);
  const shares = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      findStoredGridCells(db, { ...query, slice: { index, count } }),
    ),
  );
  return {
    // Each share checked the store in its own snapshot: believed only if every one found it so.
    current: shares.every((share) => share.current),
    cells: shares.flatMap((share) => share.cells),
    targets: new Map(shares.flatMap((share) => [...share.targets])),
  };
}

/** The shown cells compact, by region and indicator, and the targets they name by id. */
interface GridCells {
  cells: Map<number, Map<number, CompactCell>>;
  targets: Map<number, DashboardTarget>;
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
  const trend = trendQuarters(asOf);
  // The store is read with the check of it, in the same statement: a read wasted when a year
  // is not held or a write is not yet judged again, a statement saved on every other grid. The
  // catalogue and the demo note need nothing of the cells, so they are asked in the same wave.
  const [family, stored, catalogue, demo] = await Promise.all([
    findDashboardRegions(db, region.id),
    storedStatuses
      ? readStoredCells(
          db,
          {
            regionId: region.id,
            year,
            quarter,
            category,
            trendQuarters: trend,
            rulesVersion: STATUS_RULES_VERSION,
          },
          connections,
        )
      : null,
    findDashboardIndicators(db),
    hasDemoFigures(db, region.id, quartersNeeded(asOf)),
  ]);
  const { children, grandchildren } = family;
  // Sorted here, not in SQL: collations differ between engines; pinyin order within a category.
  const indicatorsOf = (ids: ReadonlySet<number>) =>
    catalogue.indicators
      .filter((i) => ids.has(i.id))
      .sort(
        (a, b) =>
          categoryRank(a.category) - categoryRank(b.category) ||
          a.category.localeCompare(b.category, 'zh-CN') ||
          a.name.localeCompare(b.name, 'zh-CN'),
      );
  const categories = catalogue.categories.sort((a, b) => categoryRank(a) - categoryRank(b));
  const childCounts = new Map<number, number>();
  for (const g of grandchildren)
    childCounts.set(g.parentId!, (childCounts.get(g.parentId!) ?? 0) + 1);

  if (stored?.current) {
    const shownCells = stored;
    const indicators = indicatorsOf(
      new Set(shownCells.cells.map((c) => c[STORED_CELL.indicatorId])),
    );
    const order = new Map(indicators.map((ind, i) => [ind.id, i]));
    const { shown, ...packed } = packStoredGrid(shownCells, {
      year,
      region,
      children,
      childCounts,
      order,
    });
    // The keys in the order `packDashboard` gives them: the replies are compared byte for byte.
    return {
      year,
      quarter: asOf,
      category,
      categories,
      indicators,
      counts: rollUp(shown).counts,
      demo,
      asOf: new Date().toISOString(),
      ...packed,
      statuses: [...TARGET_STATUSES],
      reasons: [...REASON_CODES],
      trendQuarters: [...trend],
    };
  }

  const { cells, targets } = compactJudgedCells(
    await judgeGridCells(db, region, family, year, asOf, category, connections),
  );
  const indicatorIds = new Set<number>();
  for (const byIndicator of cells.values())
    for (const id of byIndicator.keys()) indicatorIds.add(id);
  const indicators = indicatorsOf(indicatorIds);
  const order = new Map(indicators.map((ind, i) => [ind.id, i]));

  const rowOf = (r: RegionRef, childCount: number): CompactRow => ({
    region: { id: r.id, code: r.code, name: r.name, level: r.level, childCount },
    cells: [...(cells.get(r.id) ?? [])]
      .sort(([a], [b]) => order.get(a)! - order.get(b)!)
      .map(([, cell]) => cell),
  });
  const rows = withFiguresFirst(children.map((c) => rowOf(c, childCounts.get(c.id) ?? 0)));
  const parent = rowOf(region, children.length);

  // Targets in the order the rows first name them, each once.
  const listed = new Map<number, DashboardTarget>();
  const statuses: TargetStatus[] = [];
  for (const row of [parent, ...rows])
    for (const c of row.cells) {
      if (!listed.has(c.targetId)) listed.set(c.targetId, targets.get(c.targetId)!);
      statuses.push(c.status);
    }

  return packDashboard(
    {
      year,
      quarter: asOf,
      category,
      categories,
      parent,
      rows,
      indicators,
      // What the grid shows: the region's own row (本级) and its children's rows.
      counts: rollUp(statuses).counts,
      demo,
      targets: [...listed.values()],
      asOf: new Date().toISOString(),
    },
    trend,
  );
}

/**
 * The shown cells judged live, with roll-ups over the sub-regions' cells judged live too:
 * for a year the store does not hold, one with a write not yet judged again, or the bench's
 * before. The national grid judges ~30k cells here.
 */
async function judgeGridCells(
  db: DbOrTrx,
  region: RegionRef,
  family: Awaited<ReturnType<typeof findDashboardRegions>>,
  year: number,
  asOf: Quarter,
  category: string | null,
  connections: number,
): Promise<Map<number, Map<number, DashboardCell>>> {
  const { children, grandchildren } = family;
  // Shown cells carry sources and trends; the grandchildren only feed roll-ups, so they fetch
  // just what a status needs. The roll-up cells go in slices at once: on PostgreSQL each
  // slice gets a connection (and a core) of its own while this process decodes the others.
  // PGlite's one connection would only run them in turn, repeating the shared part, so it
  // takes them whole.
  const slice = Math.max(HIDDEN_SLICE_MIN, Math.ceil(grandchildren.length / connections));
  const slices: number[][] = [];
  for (let i = 0; i < grandchildren.length; i += slice)
    slices.push(grandchildren.slice(i, i + slice).map((g) => g.id));
  const quarters = quartersNeeded(asOf);
  const [shown, ...hidden] = await Promise.all([
    findDashboardCells(db, {
      regionIds: [region.id, ...children.map((c) => c.id)],
      year,
      quarters,
      category,
    }),
    ...slices.map((regionIds) =>
      findDashboardCells(db, {
        regionIds,
        year,
        quarters: quarters.filter((q) => q.startsWith(String(year))),
        category,
        detail: false,
      }),
    ),
  ]);

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
  for (const data of hidden.flat()) {
    let rule = rules.get(data.target.id);
    if (!rule) rules.set(data.target.id, (rule = ruleOf(data.target, year)));
    add(
      parentOf.get(data.regionId) ?? null,
      data.indicatorId,
      targetStatus(rule, data.figures, asOf),
    );
  }
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
  return cells;
}
