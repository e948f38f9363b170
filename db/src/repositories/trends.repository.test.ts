import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { listTrendFigures } from './trends.repository';

/** Two counties and a third with no figure; figures written out of order, one of them empty. */
describe(`trend figures on ${testEngine()}`, () => {
  let h: DbHandle;
  const ids = { east: 0, west: 0, quiet: 0, indicator: 0, other: 0 };

  beforeAll(async () => {
    h = await createTestDb();
    const region = async (code: string, name: string) =>
      (
        await h.db
          .insertInto('regions')
          .values({ code, name, level: 3, parent_id: null })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    ids.east = await region('T90001', 'T东县');
    ids.west = await region('T90002', 'T西县');
    ids.quiet = await region('T90003', 'T静县');
    const indicator = async (name: string) =>
      (
        await h.db
          .insertInto('indicators')
          .values({ name, unit: '%', kind: 'rate', direction: 'up', category: 'test' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    ids.indicator = await indicator('T接种率');
    ids.other = await indicator('T随访率');
    const rows: [number, number, string, number | null][] = [
      [ids.east, ids.indicator, '2025Q3', 91.25],
      [ids.east, ids.indicator, '2025Q1', 0.1 + 0.2],
      [ids.west, ids.indicator, '2025Q2', null],
      [ids.west, ids.indicator, '2024Q4', 70],
      [ids.east, ids.indicator, '2025Q4', 99],
      [ids.east, ids.other, '2025Q2', 50],
    ];
    await h.db
      .insertInto('observations')
      .values(
        rows.map(([region_id, indicator_id, quarter, value]) => ({
          region_id,
          indicator_id,
          quarter,
          value,
          updated_by: 'test',
        })),
      )
      .execute();
  });
  afterAll(() => h.close());

  it('gives each region its figures in the range, oldest first, doubles and gaps as stored', async () => {
    const figures = await listTrendFigures(
      h.db,
      ids.indicator,
      [ids.west, ids.east, ids.quiet],
      '2025Q1',
      '2025Q3',
    );
    expect([...figures.keys()]).toEqual([ids.west, ids.east, ids.quiet]);
    expect(figures.get(ids.east)).toEqual([
      { quarter: '2025Q1', value: 0.1 + 0.2 },
      { quarter: '2025Q3', value: 91.25 },
    ]);
    expect(figures.get(ids.west)).toEqual([{ quarter: '2025Q2', value: null }]);
    expect(figures.get(ids.quiet)).toEqual([]);
  });

  it('answers an empty map for no regions', async () => {
    expect((await listTrendFigures(h.db, ids.indicator, [], '2025Q1', '2025Q4')).size).toBe(0);
  });
});
