import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addQuarters, type Quarter, quarterOf } from '../quarters/quarter';
import { findWeakerThanParent } from '../targets/consistency';
import { evaluateTarget } from '../targets/evaluate-target';
import { formatTarget } from '../targets/format-target';
import { reasonText } from '../targets/reason';
import { rollUp } from '../targets/roll-up';
import { TARGET_STATUSES } from '../targets/status';
import { isCumulative, type TargetRule } from '../targets/target-rule';
import { COMPARATORS } from '../targets/vocabulary';
import {
  cellStatuses,
  compactDashboard,
  packDashboard,
  type DashboardCell,
  type DashboardRow,
  resolveDashboard,
} from './dashboard-resolve';

const YEAR = 2026;

/** A cell as the server builds it: judged by `evaluateTarget`, the reason kept whole. */
function judgedCell(
  rule: TargetRule,
  targetId: number,
  ownerId: number,
  regionId: number,
  values: (number | null)[],
  asOf: Quarter,
  statuses: (typeof TARGET_STATUSES)[number][] | null,
) {
  const figures = values.map((value, i) => ({ quarter: quarterOf(YEAR, i + 1), value }));
  const evaluation = evaluateTarget(rule, figures, asOf);
  const byQuarter = new Map<string, number | null>(figures.map((f) => [f.quarter, f.value]));
  const cell: DashboardCell = {
    indicatorId: 100 + targetId,
    target: {
      id: targetId,
      indicatorId: 100 + targetId,
      regionId: ownerId,
      regionName: `r${ownerId}`,
      comparator: rule.comparator,
      value: rule.value,
      valueMax: rule.valueMax ?? null,
      tolerance: rule.tolerance ?? null,
      unit: rule.unit,
      kind: rule.kind,
      direction: rule.direction,
      measure: 'intensive',
      sourceYear: YEAR,
      rule: formatTarget(rule, 'zh'),
      source: null,
      inheritedFrom: ownerId === regionId ? null : { regionId: ownerId, name: `r${ownerId}` },
    },
    value: evaluation.reason.params.actual ?? null,
    basis: isCumulative(rule) ? 'year_to_date' : 'latest',
    quarter: evaluation.reason.params.quarter ?? null,
    status: evaluation.status,
    reason: evaluation.reason,
    projected: evaluation.projected ?? null,
    trend: [3, 2, 1, 0].map((k) => {
      const quarter = addQuarters(asOf, -k);
      return { quarter, value: byQuarter.get(quarter) ?? null };
    }),
    rollUp: statuses === null ? null : rollUp(statuses),
    weakerThanParent: null,
  };
  return { cell, text: evaluation.text };
}

const ruleArb = fc.record({
  comparator: fc.constantFrom(...COMPARATORS),
  value: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: null }),
  width: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
  kind: fc.constantFrom('rate' as const, 'count' as const),
  direction: fc.constantFrom('up' as const, 'down' as const),
});
const cellArb = fc.record({
  rule: ruleArb,
  target: fc.integer({ min: 1, max: 6 }),
  own: fc.boolean(),
  values: fc.array(fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }), {
    maxLength: 4,
  }),
  statuses: fc.option(fc.array(fc.constantFrom(...TARGET_STATUSES), { maxLength: 12 }), {
    nil: null,
  }),
});

describe('the compact dashboard reply', () => {
  it('resolves to the cells the server judged, reason sentences equal to evaluateTarget’s', () => {
    fc.assert(
      fc.property(
        fc.array(cellArb, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        (specs, q) => {
          const asOf = quarterOf(YEAR, q);
          const texts: string[] = [];
          // One rule per target id, as in a real grid.
          const rules = new Map<number, TargetRule>();
          const cells = specs.map((s, i) => {
            const { comparator, value, width, kind, direction } = s.rule;
            let rule = rules.get(s.target);
            if (!rule) {
              rule = {
                comparator,
                value,
                valueMax:
                  value !== null && width !== null && comparator === '=' ? value + width : null,
                tolerance: null,
                unit: kind === 'count' ? '人' : '%',
                kind,
                direction,
                year: YEAR,
              };
              rules.set(s.target, rule);
            }
            const regionId = 1 + (i % 3);
            const judged = judgedCell(
              rule,
              s.target,
              s.own ? regionId : 99,
              regionId,
              s.values,
              asOf,
              s.statuses,
            );
            texts.push(judged.text);
            return { regionId, cell: judged.cell };
          });
          // Each region's cells in a row of its own; a target is owned by one region only.
          const rows: DashboardRow[] = [1, 2, 3].map((id) => ({
            region: { id, code: `R${id}`, name: `r${id}`, level: 1, childCount: 0 },
            cells: cells.filter((c) => c.regionId === id).map((c) => c.cell),
          }));
          const owners = new Map<number, number>();
          for (const { cell } of cells) {
            const owner = owners.get(cell.target.id) ?? cell.target.regionId;
            owners.set(cell.target.id, owner);
            fc.pre(owner === cell.target.regionId);
          }
          const grid = {
            year: YEAR,
            quarter: asOf,
            parent: rows[0]!,
            rows: rows.slice(1),
          };
          const compact = compactDashboard(grid);
          // Targets once: no more entries than distinct targets.
          expect(compact.targets.id.length).toBe(new Set(cells.map((c) => c.cell.target.id)).size);
          const sent = JSON.parse(JSON.stringify(compact)) as typeof compact;
          const back = resolveDashboard({
            ...sent,
            category: null,
            categories: [],
            asOf: '',
            path: [],
            indicators: [],
            counts: { met: 0, at_risk: 0, missed: 0, no_data: 0 },
            demo: false,
          });
          // Read before any row's cells are built: from the columns, yet as the cells say.
          for (const [i, row] of [back.parent, ...back.rows].entries()) {
            const cellsOf = [grid.parent, ...grid.rows][i]!.cells;
            expect(cellStatuses(row)).toEqual({
              status: cellsOf.map((c) => c.status),
              worst: cellsOf.map((c) => c.rollUp?.worst ?? null),
            });
          }
          expect([back.parent, ...back.rows]).toEqual([grid.parent, ...grid.rows]);
          const resolved = [back.parent, ...back.rows].flatMap((r) => r.cells);
          const original = [grid.parent, ...grid.rows].flatMap((r) => r.cells);
          original.forEach((cell, i) => {
            const text = texts[cells.findIndex((c) => c.cell === cell)];
            expect(reasonText(resolved[i]!.reason, resolved[i]!.target.unit)).toBe(text);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('builds a row’s cells when they are first read, and once', () => {
    const region = (id: number) => ({
      id,
      code: `R${id}`,
      name: `r${id}`,
      level: 1,
      childCount: 0,
    });
    const rule: TargetRule = {
      comparator: '>=',
      value: 90,
      valueMax: null,
      tolerance: null,
      unit: '%',
      kind: 'rate',
      direction: 'up',
      year: YEAR,
    };
    const row = (id: number, values: number[]) => ({
      region: region(id),
      cells: [judgedCell(rule, 1, 1, id, values, quarterOf(YEAR, 2), ['met', 'missed']).cell],
    });
    const children = [row(2, [80, 85]), row(3, [91, 99]), row(4, [70, 60])];
    const packed = compactDashboard({
      year: YEAR,
      quarter: '2026Q2',
      parent: row(1, [95, 96]),
      rows: children,
    });
    // Count the reads of one column only building a cell makes.
    let trendReads = 0;
    const trend = new Proxy(packed.cells.trend, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) trendReads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const grid = resolveDashboard({
      ...packed,
      cells: { ...packed.cells, trend },
      category: null,
      categories: [],
      asOf: '',
      path: [],
      indicators: [],
      counts: { met: 0, at_risk: 0, missed: 0, no_data: 0 },
      demo: false,
    });
    const span = packed.trendQuarters.length;
    expect(trendReads).toBe(span); // the parent's one cell
    expect(grid.rows.map((r) => cellStatuses(r).status)).toEqual(
      children.map((r) => [r.cells[0]!.status]),
    );
    expect(trendReads).toBe(span);
    const second = grid.rows[1]!.cells;
    expect(second[0]!.value).toBe(99);
    expect(trendReads).toBe(2 * span);
    expect(grid.rows[1]!.cells).toBe(second);
    expect(trendReads).toBe(2 * span);
    // Copies and JSON still carry every row's cells.
    expect(JSON.parse(JSON.stringify(grid.rows)) as unknown[]).toHaveLength(3);
    expect({ ...grid.rows[2]! }.cells[0]!.value).toBe(60);
  });

  it('refuses a cell naming a target the reply does not list', () => {
    const region = { id: 1, code: 'R1', name: 'r1', level: 1, childCount: 0 };
    const packed = compactDashboard({
      year: YEAR,
      quarter: '2026Q2',
      parent: { region, cells: [] },
      rows: [],
    });
    const cells = {
      ...packed.cells,
      target: [7],
      value: [null],
      quarter: [null],
      status: [3],
      reason: [2],
      margin: [null],
      projected: [null],
      trend: [null, null, null, null],
      rollUp: [null, null, null, null],
    };
    const reply = {
      ...packed,
      category: null,
      categories: [],
      asOf: '',
      path: [],
      parent: { region, cellCount: 1 },
      cells,
      indicators: [],
      counts: { met: 0, at_risk: 0, missed: 0, no_data: 1 },
      demo: false,
    };
    expect(() => resolveDashboard(reply)).toThrow(/target 7/);
    // Rows claiming more cells than the columns hold are refused, not read past the end.
    expect(() => resolveDashboard({ ...reply, parent: { region, cellCount: 2 } })).toThrow(
      /fewer cells/,
    );
  });

  it('refuses to pack a cell whose figure is of another year than the grid’s', () => {
    const region = { id: 1, code: 'R1', name: 'r1', level: 1, childCount: 0 };
    const target = {
      id: 7,
      indicatorId: 1,
      regionId: 1,
      regionName: 'r1',
      comparator: '>=' as const,
      value: 90,
      valueMax: null,
      tolerance: null,
      unit: '%',
      kind: 'rate' as const,
      direction: 'up' as const,
      measure: 'intensive' as const,
      sourceYear: null,
      rule: '≥90%',
      source: null,
    };
    const cell = {
      targetId: 7,
      value: 91,
      quarter: '2025Q4',
      status: 'met' as const,
      reason: 'meets' as const,
      trend: [null, null, null, 91],
      rollUp: null,
    };
    const grid = { year: YEAR, parent: { region, cells: [cell] }, rows: [], targets: [target] };
    expect(() => packDashboard(grid, ['2025Q3', '2025Q4', '2026Q1', '2026Q2'])).toThrow(
      /not of 2026/,
    );
    const packed = packDashboard(
      { ...grid, parent: { region, cells: [{ ...cell, quarter: '2026Q1' }] } },
      ['2025Q3', '2025Q4', '2026Q1', '2026Q2'],
    );
    expect(packed.cells.quarter).toEqual([1]);
    expect(packed.targetRegions).toEqual([{ id: 1, name: 'r1' }]);
  });

  it('flags a child’s own target weaker than the parent’s, in findWeakerThanParent’s words', () => {
    const target = (id: number, regionId: number, value: number) => ({
      id,
      indicatorId: 1,
      regionId,
      regionName: `r${regionId}`,
      comparator: '>=' as const,
      value,
      valueMax: null,
      tolerance: null,
      unit: '%',
      kind: 'rate' as const,
      direction: 'up' as const,
      measure: 'intensive' as const,
      sourceYear: null,
      rule: `≥${value}%`,
      source: null,
    });
    const cell = (targetId: number) => ({
      targetId,
      value: null,
      quarter: null,
      status: 'no_data' as const,
      reason: 'no_figures' as const,
      trend: [null, null, null, null],
      rollUp: null,
    });
    const region = (id: number) => ({
      id,
      code: `R${id}`,
      name: `r${id}`,
      level: 1,
      childCount: 0,
    });
    // Region 1's target 96; region 2 sets a looser 90, region 3 a stricter 98, region 4 inherits.
    const packed = packDashboard(
      {
        year: YEAR,
        parent: { region: region(1), cells: [cell(1)] },
        rows: [
          { region: region(2), cells: [cell(2)] },
          { region: region(3), cells: [cell(3)] },
          { region: region(4), cells: [cell(1)] },
        ],
        targets: [target(1, 1, 96), target(2, 2, 90), target(3, 3, 98)],
      },
      ['2025Q3', '2025Q4', '2026Q1', '2026Q2'],
    );
    const back = resolveDashboard({
      ...packed,
      quarter: '2026Q2',
      category: null,
      categories: [],
      asOf: '',
      path: [],
      indicators: [],
      counts: { met: 0, at_risk: 0, missed: 0, no_data: 4 },
      demo: false,
    });
    const rule = (value: number) => ({ ...target(0, 0, value), year: YEAR });
    expect(back.rows.map((r) => r.cells[0]!.weakerThanParent)).toEqual([
      { code: 'lower_floor', text: findWeakerThanParent(rule(90), rule(96)).text },
      null,
      null,
    ]);
    expect(back.rows[0]!.cells[0]!.weakerThanParent!.text).toContain('宽松');
    expect(back.parent.cells[0]!.weakerThanParent).toBeNull();
  });
});
