import type { Db } from '@targetboard/db/database';
import { DEMO_FIGURES_AUTHOR } from '@targetboard/db/repositories/demo.repository';
import type { DashboardReply } from '@targetboard/shared/api/dashboard.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentQuarter } from '../services/dashboard.service';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

/**
 * 全国 → 甲省 → 甲市, 乙市, 丙市 with one national target. 乙市's latest figure is 2025Q3 (the
 * demo's), 甲市's 2024Q2; later quarters hold only a blank figure, an untracked indicator's
 * figure and a figure dated after today, none of which may choose the opening quarter.
 */
async function seed(db: Db) {
  const region = async (code: string, name: string, level: number, parentId: number | null) =>
    (
      await db
        .insertInto('regions')
        .values({ code, name, level, parent_id: parentId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const nation = await region('000000', '全国', 0, null);
  const province = await region('D10000', '甲省', 1, nation);
  const cityA = await region('D10100', '甲市', 2, province);
  const cityB = await region('D10200', '乙市', 2, province);
  const cityC = await region('D10300', '丙市', 2, province);
  const indicator = async (name: string) =>
    (
      await db
        .insertInto('indicators')
        .values({ name, unit: '%', kind: 'rate', direction: 'up', category: '妇幼健康' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const tracked = await indicator('住院分娩率');
  const untracked = await indicator('孕检率');
  await db
    .insertInto('targets')
    .values({
      indicator_id: tracked,
      indicator_name: '住院分娩率',
      region_id: nation,
      year: 2024,
      comparator: '>=',
      value: 95,
      unit: '%',
      kind: 'rate',
      direction: 'up',
      state: 'confirmed',
    })
    .execute();
  const future = `${currentQuarter().year + 1}Q1`;
  const figures: [number, number, string, number | null, string][] = [
    [cityA, tracked, '2024Q2', 97, 'test'],
    [cityB, tracked, '2025Q3', 90, DEMO_FIGURES_AUTHOR],
    [cityB, tracked, '2025Q4', null, 'test'], // blank: not a figure
    [cityC, untracked, '2026Q1', 50, 'test'], // no target: not shown
    [cityC, tracked, future, 99, 'test'], // after today
  ];
  await db
    .insertInto('observations')
    .values(
      figures.map(([regionId, indicatorId, quarter, value, by]) => ({
        region_id: regionId,
        indicator_id: indicatorId,
        quarter,
        value,
        numerator: null,
        denominator: null,
        note: null,
        updated_by: by,
      })),
    )
    .execute();
  return { nation, province, cityA, cityB, cityC };
}

describe('the dashboard a leader opens first', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let f: Awaited<ReturnType<typeof seed>>;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    f = await seed(t.database.db);
    admin = (await signInAs(t.app, t.database.db, 'admin')).cookie;
  });
  afterAll(() => t?.close());

  const get = async (query: string, cookie = admin) => {
    const res = await t.app.request(`/api/dashboard?${query}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    return (await res.json()) as DashboardReply;
  };

  it('opens on the latest quarter with figures in the caller’s scope', async () => {
    expect((await get('')).quarter).toBe('2025Q3');
    const { cookie } = await signInAs(t.app, t.database.db, 'viewer', f.cityA);
    const own = await get('', cookie);
    expect(own.parent.region.name).toBe('甲市');
    expect(own.quarter).toBe('2024Q2');
    // A region asked for opens on its own latest quarter; a year asked for keeps its Q4.
    expect((await get('region=D10100')).quarter).toBe('2024Q2');
    expect((await get('year=2024')).quarter).toBe('2024Q4');
  });

  it('puts the rows with figures before the rows without', async () => {
    const reply = await get('region=D10000&year=2025&quarter=3');
    expect(reply.rows.map((r) => r.region.name)).toEqual(['乙市', '甲市', '丙市']);
    const byCode = await get('region=D10000&year=2024&quarter=2');
    expect(byCode.rows.map((r) => r.region.name)).toEqual(['甲市', '乙市', '丙市']);
  });

  it('says when the figures shown are the demo’s', async () => {
    expect((await get('region=D10000&year=2025&quarter=3')).demo).toBe(true);
    expect((await get('region=D10100&year=2025&quarter=3')).demo).toBe(false);
    expect((await get('region=D10000&year=2024&quarter=2')).demo).toBe(false);
  });
});
