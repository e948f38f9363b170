import type {
  StoredGrid,
  StoredGridCell,
  StoredGridTarget,
} from '@targetboard/db/repositories/stored-grid.repository';
import type { ReasonCode } from '@targetboard/shared/targets/reason';
import type { TargetStatus } from '@targetboard/shared/targets/status';
import type { DashboardTarget } from '@targetboard/shared/api/dashboard.schema';
import {
  type CompactRow,
  compactCellOf,
  packDashboard,
} from '@targetboard/shared/api/dashboard-resolve';
import type { RegionRef } from '@targetboard/shared/api/regions.schema';
import { formatTarget } from '@targetboard/shared/targets/format-target';
import { reasonCarriesFigure } from '@targetboard/shared/targets/reason';
import { ruleFields } from '@targetboard/shared/targets/rule-fields';
import { ruleInYear } from '@targetboard/shared/targets/target-rule';
import { describe, expect, it } from 'vitest';
import { withFiguresFirst } from './dashboard.service';
import { packStoredGrid, type StoredGridShape } from './stored-grid-pack';

const YEAR = 2026;

/** A stored cell as the fixture writes it: by name, with its target whole. */
interface Cell {
  regionId: number;
  indicatorId: number;
  status: TargetStatus;
  reason: ReasonCode;
  actual: number | null;
  actualQuarter: number | null;
  projected: number | null;
  margin: number | null;
  target: StoredGridTarget;
  trend: (number | null)[];
  rollUp: [number, number, number, number] | null;
}

/** The cells as the store's read gives them: arrays in the statement's order, targets apart. */
function asRead(cells: readonly Cell[]): StoredGrid {
  return {
    current: true,
    cells: cells.map((c): StoredGridCell => [
      c.regionId,
      c.indicatorId,
      c.status,
      c.reason,
      c.actual,
      c.actualQuarter,
      c.projected,
      c.margin,
      c.target.id,
      ...(c.rollUp ?? [null, null, null, null]),
      ...c.trend,
    ]),
    targets: new Map(cells.map((c) => [c.target.id, c.target])),
  };
}
const TREND = ['2025Q3', '2025Q4', '2026Q1', '2026Q2'];

/**
 * The reply's rows and columns as the dashboard built them before `packStoredGrid`: each stored
 * cell made a compact cell (`compactCellOf`), each row sorted by column, children with a figure
 * first, and `packDashboard` packing them, targets in the order the rows first name them.
 */
function packedTheOldWay(stored: readonly Cell[], shape: StoredGridShape) {
  const byRegion = new Map<number, Map<number, Cell>>();
  for (const c of stored) {
    if (!byRegion.has(c.regionId)) byRegion.set(c.regionId, new Map());
    byRegion.get(c.regionId)!.set(c.indicatorId, c);
  }
  const targets = new Map<number, DashboardTarget>();
  const rowOf = (r: RegionRef, childCount: number): CompactRow => ({
    region: { id: r.id, code: r.code, name: r.name, level: r.level, childCount },
    cells: [...(byRegion.get(r.id) ?? new Map<number, Cell>()).values()]
      .sort((a, b) => shape.order.get(a.indicatorId)! - shape.order.get(b.indicatorId)!)
      .map((c) => {
        const quarter = c.actualQuarter === null ? null : `${YEAR}Q${c.actualQuarter}`;
        return compactCellOf({
          targetId: c.target.id,
          value: c.actual,
          quarter,
          status: c.status,
          reason: c.reason,
          margin:
            c.margin !== null && reasonCarriesFigure(c.reason, quarter, c.actual)
              ? c.margin
              : undefined,
          projected: c.projected,
          trend: c.trend,
          rollUp: c.rollUp,
        });
      }),
  });
  for (const c of stored) {
    const t = c.target;
    if (targets.has(t.id)) continue;
    targets.set(t.id, {
      id: t.id,
      indicatorId: c.indicatorId,
      regionId: t.regionId,
      regionName: t.regionName,
      ...ruleFields(t),
      sourceYear: t.year,
      rule: formatTarget(ruleInYear(t, YEAR), 'zh'),
      source:
        t.documentId === null
          ? null
          : { documentId: t.documentId, start: t.start, end: t.end, quote: t.quote },
    });
  }
  const rows = withFiguresFirst(
    shape.children.map((c) => rowOf(c, shape.childCounts.get(c.id) ?? 0)),
  );
  const parent = rowOf(shape.region, shape.children.length);
  const listed = new Map<number, DashboardTarget>();
  for (const row of [parent, ...rows])
    for (const c of row.cells) listed.set(c.targetId, targets.get(c.targetId)!);
  const {
    parent: p,
    rows: r,
    cells,
    targets: t,
    targetRegions,
  } = packDashboard({ year: YEAR, parent, rows, targets: [...listed.values()] }, TREND);
  return { parent: p, rows: r, cells, targets: t, targetRegions };
}

const region = (id: number, code: string, name: string, level: number): RegionRef => ({
  id,
  code,
  name,
  level,
});
const nation = region(1, '000000', '全国', 0);
const children = [
  region(2, '110000', '北京市', 1),
  region(3, '510000', '四川省', 1),
  region(4, '540000', '西藏自治区', 1),
  region(5, '650000', '新疆维吾尔自治区', 1),
];

type Target = StoredGridTarget;
const nationalRate: Target = {
  id: 10,
  comparator: '>=',
  value: 95,
  valueMax: null,
  tolerance: null,
  unit: '%',
  kind: 'rate',
  direction: 'up',
  measure: 'intensive',
  year: null,
  regionId: 1,
  regionName: '全国',
  documentId: 7,
  start: 120,
  end: 168,
  quote: '适龄儿童免疫规划疫苗接种率保持在95%以上',
};
const sichuanCount: Target = {
  id: 21,
  comparator: '>=',
  value: 1200,
  valueMax: null,
  tolerance: null,
  unit: '人',
  kind: 'count',
  direction: 'up',
  measure: 'additive',
  year: 2026,
  regionId: 3,
  regionName: '四川省',
  documentId: null,
  start: null,
  end: null,
  quote: null,
};
const nationalBand: Target = {
  id: 11,
  comparator: '~',
  value: 16,
  valueMax: 18,
  tolerance: null,
  unit: '‰',
  kind: 'rate',
  direction: 'down',
  measure: 'intensive',
  year: 2025,
  regionId: 1,
  regionName: '全国',
  documentId: 8,
  start: null,
  end: null,
  quote: null,
};

function cell(
  regionId: number,
  indicatorId: number,
  target: Target,
  rest: Partial<Cell> = {},
): Cell {
  return {
    regionId,
    indicatorId,
    status: 'no_data',
    reason: 'no_figures',
    actual: null,
    actualQuarter: null,
    projected: null,
    margin: null,
    target,
    trend: [null, null, null, null],
    rollUp: null,
    ...rest,
  };
}

// Shuffled as the store's shares come back: by region remainder, not in row or column order.
const stored: Cell[] = [
  cell(3, 200, sichuanCount, {
    status: 'at_risk',
    reason: 'behind_path',
    actual: 512,
    actualQuarter: 2,
    projected: 1024,
    trend: [300, null, 251, 261],
    rollUp: [3, 1, 0, 17],
  }),
  cell(1, 100, nationalRate, {
    status: 'met',
    reason: 'meets',
    actual: 96.3,
    actualQuarter: 2,
    trend: [94.1, 95, 96.15, 96.3],
    rollUp: [20, 6, 4, 1],
  }),
  cell(3, 100, nationalRate, {
    status: 'at_risk',
    reason: 'near_bound',
    actual: 94.2,
    actualQuarter: 1,
    margin: 1.5,
    projected: 93.70000000000002,
    trend: [null, 97, 94.2, null],
    rollUp: [0, 0, 0, 0],
  }),
  // A margin the reason does not carry (no figure): not sent.
  cell(2, 100, nationalRate, { margin: 2, trend: [null, null, null, null] }),
  cell(4, 300, nationalBand, {
    status: 'missed',
    reason: 'misses',
    actual: 19.25,
    actualQuarter: 2,
    trend: [18, 18.5, 19, 19.25],
  }),
  cell(1, 300, nationalBand, { status: 'missed', reason: 'misses', actual: 21, actualQuarter: 2 }),
  cell(2, 300, nationalBand),
  cell(4, 100, nationalRate, { status: 'met', reason: 'already_exceeded', actual: 99 }),
];
const shape: StoredGridShape = {
  year: YEAR,
  region: nation,
  children,
  childCounts: new Map([
    [2, 16],
    [3, 21],
    [4, 7],
  ]),
  // Columns: not the order of the indicators' ids.
  order: new Map([
    [300, 0],
    [100, 1],
    [200, 2],
  ]),
};

describe('packStoredGrid', () => {
  it('packs stored cells into the same rows and columns as compact cells packed', () => {
    const { shown, ...packed } = packStoredGrid(asRead(stored), shape);
    expect(JSON.stringify(packed)).toBe(JSON.stringify(packedTheOldWay(stored, shape)));
    // Rows with a figure first (四川, 西藏), then 北京 (none) and 新疆 (no cell at all).
    expect(packed.rows.map((r) => r.region.name)).toEqual([
      '四川省',
      '西藏自治区',
      '北京市',
      '新疆维吾尔自治区',
    ]);
    expect(packed.targets.id).toEqual([11, 10, 21]);
    expect(packed.cells.margin).toEqual([null, null, 1.5, null, null, null, null, null]);
    expect(shown).toEqual([
      'missed',
      'met',
      'at_risk',
      'at_risk',
      'missed',
      'met',
      'no_data',
      'no_data',
    ]);
  });

  it('packs an empty grid: the rows, no cell, no target', () => {
    const { shown, ...packed } = packStoredGrid(asRead([]), shape);
    expect(JSON.stringify(packed)).toBe(JSON.stringify(packedTheOldWay([], shape)));
    expect(shown).toEqual([]);
  });
});
