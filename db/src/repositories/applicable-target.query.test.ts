import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TARGET_KINDS } from '@targetboard/shared/targets/vocabulary';
import { CATALOGUE_UNITS } from '@targetboard/shared/indicators/catalogue-entry';
import { inferMeasure } from '@targetboard/shared/targets/measure';
import type { DbHandle } from '../create-db';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { findApplicableTargets } from './applicable-targets.repository';
import { findDashboardCells } from './dashboard.repository';
import { findTrendSteps, listTrendSubRegionSums } from './trends.repository';

/**
 * 全国 → 甲省 → 甲市, 乙市 → A县 (under 甲市). The province sets a total (退出贫困村 3700个,
 * additive) and a rate (覆盖率 ≥ 90%); 甲市 and 乙市 report the count, the province does not.
 */
describe(`additive and intensive targets on ${testEngine()}`, () => {
  let h: DbHandle;
  const ids = { nation: 0, province: 0, cityA: 0, cityB: 0, county: 0, villages: 0, rate: 0 };
  let totalId = 0;
  let rateId = 0;

  beforeAll(async () => {
    h = await createTestDb();
    const region = async (code: string, name: string, level: number, parentId: number | null) =>
      (
        await h.db
          .insertInto('regions')
          .values({ code: `M${code}`, name, level, parent_id: parentId })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    ids.nation = await region('000000', 'M全国', 0, null);
    ids.province = await region('100000', 'M甲省', 1, ids.nation);
    ids.cityA = await region('100100', 'M甲市', 2, ids.province);
    ids.cityB = await region('100200', 'M乙市', 2, ids.province);
    ids.county = await region('100101', 'MA县', 3, ids.cityA);
    const indicator = async (name: string, unit: string, kind: 'rate' | 'count') =>
      (
        await h.db
          .insertInto('indicators')
          .values({ name, unit, kind, direction: 'up', category: 'test' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    ids.villages = await indicator('M退出贫困村', '个', 'count');
    ids.rate = await indicator('M覆盖率', '%', 'rate');
    const target = async (
      indicatorId: number,
      value: number,
      unit: string,
      kind: 'rate' | 'count',
    ) =>
      (
        await h.db
          .insertInto('targets')
          .values({
            indicator_id: indicatorId,
            indicator_name: 'x',
            region_id: ids.province,
            year: 2026,
            comparator: '>=',
            value,
            unit,
            kind,
            direction: 'up',
            state: 'confirmed',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    // No measure given: the database infers it from kind and unit, as the backfill did.
    totalId = await target(ids.villages, 3700, '个', 'count');
    rateId = await target(ids.rate, 90, '%', 'rate');
    await h.db
      .insertInto('observations')
      .values([
        { indicator_id: ids.villages, region_id: ids.cityA, quarter: '2026Q1', value: 1000 },
        { indicator_id: ids.villages, region_id: ids.cityB, quarter: '2026Q1', value: 1500 },
        { indicator_id: ids.villages, region_id: ids.cityB, quarter: '2026Q2', value: 400 },
        { indicator_id: ids.villages, region_id: ids.county, quarter: '2026Q1', value: 7 },
      ])
      .execute();
  });
  afterAll(() => h.close());

  it('infers the measure of a target inserted without one from its kind and unit', async () => {
    const rows = await h.db
      .selectFrom('targets')
      .select(['id', 'measure'])
      .where('id', 'in', [totalId, rateId])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.measure)).toEqual(['additive', 'intensive']);
  });

  it('infers in SQL exactly as inferMeasure does, for every kind and catalogue unit', async () => {
    const units = [...CATALOGUE_UNITS, '元/人', '亿元 ', '万元/人', 'x万元'];
    const pairs = TARGET_KINDS.flatMap((kind) => units.map((unit) => ({ kind, unit })));
    const { rows } = await sql<{ measure: string }>`
      SELECT infer_target_measure(p.kind, p.unit) AS measure
      FROM unnest(${pairs.map((p) => p.kind)}::text[], ${pairs.map((p) => p.unit)}::text[])
        WITH ORDINALITY AS p(kind, unit, n)
      ORDER BY p.n`.execute(h.db);
    expect(rows.map((r) => r.measure)).toEqual(pairs.map((p) => inferMeasure(p.kind, p.unit)));
  });

  it('does not judge a county or a city against the province’s total (entry form, dashboard, trends)', async () => {
    const entry = await findApplicableTargets(h.db, ids.county, 2026);
    expect(entry.map((a) => a.indicator.id)).toEqual([ids.rate]);
    const cells = await findDashboardCells(h.db, {
      regionIds: [ids.cityA, ids.cityB, ids.county],
      year: 2026,
      quarters: ['2026Q1'],
    });
    expect(cells.filter((c) => c.indicatorId === ids.villages)).toEqual([]);
    const steps = await findTrendSteps(h.db, ids.villages, [ids.county, ids.cityA], [2026]);
    expect(steps.get(ids.county)).toEqual([]);
    expect(steps.get(ids.cityA)).toEqual([]);
  });

  it('still hands a rate down to every sub-region', async () => {
    const entry = await findApplicableTargets(h.db, ids.county, 2026);
    expect(entry[0]!.target).toMatchObject({
      id: rateId,
      measure: 'intensive',
      inheritedFrom: { regionId: ids.province },
    });
    const cells = await findDashboardCells(h.db, {
      regionIds: [ids.county],
      year: 2026,
      quarters: ['2026Q1'],
    });
    expect(cells.map((c) => [c.indicatorId, c.target.id])).toEqual([[ids.rate, rateId]]);
    const steps = await findTrendSteps(h.db, ids.rate, [ids.county], [2026]);
    expect(steps.get(ids.county)!.map((s) => [s.year, s.target.id, s.target.depth])).toEqual([
      [2026, rateId, 2],
    ]);
  });

  it('judges a province without its own figure on the sum of its cities’ figures', async () => {
    const [cell] = await findDashboardCells(h.db, {
      regionIds: [ids.province],
      year: 2026,
      quarters: ['2026Q1', '2026Q2'],
      category: 'test',
    }).then((cs) => cs.filter((c) => c.indicatorId === ids.villages));
    expect(cell!.target).toMatchObject({ id: totalId, measure: 'additive' });
    // The county's 7 is already inside 甲市's 1000: only direct sub-regions are summed.
    expect(cell!.figures).toEqual([
      { quarter: '2026Q1', value: 2500 },
      { quarter: '2026Q2', value: 400 },
    ]);
    const sums = await listTrendSubRegionSums(
      h.db,
      ids.villages,
      [ids.province],
      '2026Q1',
      '2026Q4',
    );
    expect(sums.get(ids.province)).toEqual([
      { quarter: '2026Q1', value: 2500 },
      { quarter: '2026Q2', value: 400 },
    ]);
  });

  it('prefers the province’s own figure where it reported one', async () => {
    await h.db
      .insertInto('observations')
      .values({
        indicator_id: ids.villages,
        region_id: ids.province,
        quarter: '2026Q2',
        value: 450,
      })
      .execute();
    const cells = await findDashboardCells(h.db, {
      regionIds: [ids.province],
      year: 2026,
      quarters: ['2026Q1', '2026Q2'],
    });
    expect(cells.find((c) => c.indicatorId === ids.villages)!.figures).toEqual([
      { quarter: '2026Q1', value: 2500 },
      { quarter: '2026Q2', value: 450 },
    ]);
    // A rate is never summed: the province reported none, so it has none.
    await h.db
      .insertInto('observations')
      .values({ indicator_id: ids.rate, region_id: ids.cityA, quarter: '2026Q1', value: 95 })
      .execute();
    const [rate] = await findDashboardCells(h.db, {
      regionIds: [ids.province],
      year: 2026,
      quarters: ['2026Q1'],
    }).then((cs) => cs.filter((c) => c.indicatorId === ids.rate));
    expect(rate!.figures).toEqual([{ quarter: '2026Q1', value: null }]);
  });
});
