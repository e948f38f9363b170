import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionTrend } from '@targetboard/shared/export/trend-series';
import { quarterOf } from '@targetboard/shared/quarters/quarter';
import { figuresForMeasure, type Measure } from '@targetboard/shared/targets/measure';
import { pickTargetForYear } from '@targetboard/shared/targets/pick-target';
import type { DbHandle } from '../create-db';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { findApplicableTargets } from './applicable-targets.repository';
import { findDashboardCells } from './dashboard.repository';
import {
  findTrendContext,
  findTrendSteps,
  findTrendSubjects,
  listTrendFigures,
  listTrendSubRegionSums,
} from './trends.repository';

/** 全国 → 甲省 (甲市, 乙市), 乙省 (丙市): parents by index. */
const PARENTS = [null, 0, 0, 1, 1, 2] as const;
const YEARS = [2025, 2026] as const;

interface GivenTarget {
  region: number;
  indicator: number;
  year: number | null;
  measure: Measure;
  confirmed: boolean;
}

const targetArb = fc.record({
  region: fc.integer({ min: 0, max: PARENTS.length - 1 }),
  indicator: fc.integer({ min: 0, max: 1 }),
  year: fc.constantFrom(null, 2024, 2025, 2026),
  measure: fc.constantFrom<Measure>('intensive', 'additive'),
  confirmed: fc.boolean(),
});
const figureArb = fc.record({
  region: fc.integer({ min: 0, max: PARENTS.length - 1 }),
  indicator: fc.integer({ min: 0, max: 1 }),
  quarter: fc.constantFrom('2025Q1', '2025Q2', '2026Q1', '2026Q2'),
  value: fc.integer({ min: 0, max: 1000 }),
});

/** The rule written out plainly, as a model: walk up; a region's pick wins if own or intensive. */
function modelTarget(
  targets: readonly (GivenTarget & { id: number })[],
  region: number,
  indicator: number,
  year: number,
): (GivenTarget & { id: number }) | null {
  for (let r: number | null = region; r !== null; r = PARENTS[r]!) {
    const own = targets
      .filter((t) => t.confirmed && t.region === r && t.indicator === indicator)
      .sort((a, b) => a.id - b.id);
    const step = pickTargetForYear(own, year);
    if (step && (r === region || step.target.measure === 'intensive')) return step.target;
  }
  return null;
}

describe(`which target applies: entry form, dashboard and trends agree on ${testEngine()}`, () => {
  let h: DbHandle;
  const regionIds: number[] = [];
  const indicatorIds: number[] = [];
  beforeAll(async () => {
    h = await createTestDb();
    for (const [i, parent] of PARENTS.entries()) {
      const row = await h.db
        .insertInto('regions')
        .values({
          code: `P${i}`,
          name: `P区${i}`,
          level: parent === null ? 0 : parent === 0 ? 1 : 2,
          parent_id: parent === null ? null : regionIds[parent]!,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      regionIds.push(row.id);
    }
    for (const [name, unit, kind] of [
      ['P覆盖率', '%', 'rate'],
      ['P人数', '人', 'count'],
    ] as const) {
      const row = await h.db
        .insertInto('indicators')
        .values({ name, unit, kind, direction: 'up', category: 'test' })
        .returning('id')
        .executeTakeFirstOrThrow();
      indicatorIds.push(row.id);
    }
  }, 180_000);
  afterAll(() => h.close());

  it('picks the same target, and judges the same figures, for every cell', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(targetArb, { maxLength: 10 }),
        fc.uniqueArray(figureArb, {
          maxLength: 14,
          selector: (f) => `${f.region}|${f.indicator}|${f.quarter}`,
        }),
        fc.constantFrom(...YEARS),
        async (given, figures, year) => {
          await h.db.deleteFrom('observations').execute();
          await h.db.deleteFrom('targets').execute();
          const targets: (GivenTarget & { id: number })[] = [];
          for (const t of given) {
            const row = await h.db
              .insertInto('targets')
              .values({
                indicator_id: indicatorIds[t.indicator]!,
                indicator_name: 'x',
                region_id: regionIds[t.region]!,
                year: t.year,
                comparator: '>=',
                value: 1,
                unit: t.indicator === 0 ? '%' : '人',
                kind: t.indicator === 0 ? 'rate' : 'count',
                direction: 'up',
                measure: t.measure,
                state: t.confirmed ? 'confirmed' : 'draft',
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            targets.push({ ...t, id: row.id });
          }
          if (figures.length > 0)
            await h.db
              .insertInto('observations')
              .values(
                figures.map((f) => ({
                  indicator_id: indicatorIds[f.indicator]!,
                  region_id: regionIds[f.region]!,
                  quarter: f.quarter,
                  value: f.value,
                })),
              )
              .execute();

          const quarters = [quarterOf(year, 1), quarterOf(year, 2)];
          const cells = await findDashboardCells(h.db, { regionIds, year, quarters });
          const trendSteps = await Promise.all(
            indicatorIds.map((id) => findTrendSteps(h.db, id, regionIds, [year])),
          );
          // The trend's one statement reads what its three reads read apart.
          for (const [i, indicatorId] of indicatorIds.entries()) {
            const [from, to] = [quarters[0]!, quarters[1]!];
            const context = await findTrendContext(h.db, {
              indicatorId,
              regionIds,
              years: [year],
              from,
              to,
            });
            const subjects = await findTrendSubjects(h.db, indicatorId, regionIds);
            expect(context.indicator).toEqual(subjects.indicator);
            expect(context.regions).toEqual(subjects.regions);
            expect(context.steps).toEqual(trendSteps[i]);
            expect(context.subRegionSums).toEqual(
              await listTrendSubRegionSums(h.db, indicatorId, regionIds, from, to),
            );
          }
          for (const [r, regionId] of regionIds.entries()) {
            const entry = await findApplicableTargets(h.db, regionId, year);
            for (const [i, indicatorId] of indicatorIds.entries()) {
              const expected = modelTarget(targets, r, i, year);
              const cell = cells.find(
                (c) => c.regionId === regionId && c.indicatorId === indicatorId,
              );
              const fromEntry = entry.find((a) => a.indicator.id === indicatorId)?.target;
              const steps = trendSteps[i]!.get(regionId)!;
              const where = `region ${r}, indicator ${i}, ${year}`;
              expect(cell?.target.id ?? null, `dashboard, ${where}`).toBe(expected?.id ?? null);
              expect(fromEntry?.id ?? null, `entry form, ${where}`).toBe(expected?.id ?? null);
              expect(steps[0]?.target.id ?? null, `trends, ${where}`).toBe(expected?.id ?? null);
              if (!expected || !cell) continue;

              // The figures judged: the dashboard's SQL, the trend and the shared rule agree.
              const own = await listTrendFigures(
                h.db,
                indicatorId,
                [regionId],
                quarters[0]!,
                quarters[1]!,
              );
              const sums = await listTrendSubRegionSums(
                h.db,
                indicatorId,
                [regionId],
                quarters[0]!,
                quarters[1]!,
              );
              const judged = figuresForMeasure(
                expected.measure,
                own.get(regionId)!,
                sums.get(regionId)!,
              );
              const rule = quarters.map((q) => judged.find((f) => f.quarter === q)?.value ?? null);
              expect(
                cell.figures.map((f) => f.value),
                `dashboard figures, ${where}`,
              ).toEqual(rule);
              const trend = buildRegionTrend({
                region: { id: regionId, code: `P${r}`, name: `P区${r}` },
                quarters,
                steps,
                figures: own.get(regionId)!,
                subRegionSums: sums.get(regionId)!,
              });
              expect(
                trend.points.map((p) => p.value),
                `trend figures, ${where}`,
              ).toEqual(rule);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 600_000);
});
