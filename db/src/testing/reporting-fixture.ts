import type { Db } from '../database';

/**
 * A small hand-made hierarchy with indicators and confirmed targets for reporting tests:
 * 全国 → 甲省 → 甲市 → A县, B县; a national 参合率 ≥ 95 % for every year, A县's own 参合率 ≥ 98 %
 * for 2026, a national 增长率 (may be negative), a province per-county count standard (intensive),
 * and a draft target
 * that must never apply.
 */
export async function seedReportingFixture(db: Db, prefix = 'T') {
  const region = async (code: string, name: string, level: number, parentId: number | null) =>
    (
      await db
        .insertInto('regions')
        .values({ code: `${prefix}${code}`, name, level, parent_id: parentId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const nation = await region('000000', `${prefix}全国`, 0, null);
  const province = await region('100000', `${prefix}甲省`, 1, nation);
  const city = await region('100100', `${prefix}甲市`, 2, province);
  const countyA = await region('100101', `${prefix}A县`, 3, city);
  const countyB = await region('100102', `${prefix}B县`, 3, city);

  const indicator = async (
    name: string,
    unit: string,
    kind: 'rate' | 'count' | 'amount',
    allowNegative = false,
  ) =>
    (
      await db
        .insertInto('indicators')
        .values({
          name: `${prefix}${name}`,
          unit,
          kind,
          direction: 'up',
          category: 'test',
          allow_negative: allowNegative,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const coverage = await indicator('参合率', '%', 'rate');
  const growth = await indicator('增长率', '%', 'rate', true);
  const doctors = await indicator('全科医生数', '人', 'count');
  const mortality = await indicator('孕产妇死亡率', '1/10万', 'rate');

  const target = (
    indicatorId: number,
    regionId: number,
    year: number | null,
    value: number,
    unit: string,
    state: 'confirmed' | 'draft' = 'confirmed',
    measure?: 'intensive',
  ) =>
    db
      .insertInto('targets')
      .values({
        ...(measure && { measure }),
        indicator_id: indicatorId,
        indicator_name: 'x',
        region_id: regionId,
        year,
        comparator: '>=',
        value,
        unit,
        kind: unit === '人' ? 'count' : 'rate',
        direction: 'up',
        state,
      })
      .execute();
  await target(coverage, nation, null, 95, '%');
  await target(coverage, countyA, 2026, 98, '%');
  await target(growth, nation, 2025, 5, '%');
  // 每县全科医生数不少于40人: a count set per county, so the reviewer made it intensive.
  await target(doctors, province, 2026, 40, '人', 'confirmed', 'intensive');
  await target(mortality, countyA, 2026, 10, '1/10万', 'draft');

  return {
    regions: { nation, province, city, countyA, countyB },
    indicators: { coverage, growth, doctors, mortality },
    codes: {
      countyA: `${prefix}100101`,
      countyB: `${prefix}100102`,
      city: `${prefix}100100`,
    },
    names: {
      coverage: `${prefix}参合率`,
      growth: `${prefix}增长率`,
      doctors: `${prefix}全科医生数`,
    },
  };
}
