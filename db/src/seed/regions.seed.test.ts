import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import { findRegionByCode } from '../repositories/regions.repository';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { ensureRegions, regionPinyin, standardRegions } from './regions.seed';

describe(`loading the administrative divisions on ${testEngine()}`, () => {
  let handle: DbHandle;
  let inserted: number;
  beforeAll(async () => {
    handle = await createTestDb();
    inserted = await ensureRegions(handle.db);
  });
  afterAll(() => handle.close());

  const byCode = async (code: string) => (await findRegionByCode(handle.db, code))!;

  it('loads every unit of the standard list, more than 3,000', async () => {
    expect(inserted).toBe(standardRegions().length);
    expect(inserted).toBeGreaterThan(3000);
    const counts = await handle.db
      .selectFrom('regions')
      .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('level')
      .orderBy('level')
      .execute();
    expect(counts.map((c) => [c.level, Number(c.n)])).toEqual([
      [0, 1],
      [1, 31],
      [2, 333],
      [3, 2975],
    ]);
  });

  it('builds the hierarchy: 全国 → 四川省 → 成都市, counties under prefectures', async () => {
    const root = await byCode('000000');
    expect(root).toMatchObject({ name: '全国', level: 0, parentId: null, custom: false });
    const sichuan = await byCode('510000');
    expect(sichuan).toMatchObject({ name: '四川省', level: 1, parentId: root.id });
    const chengdu = await byCode('510100');
    expect(chengdu).toMatchObject({ name: '成都市', level: 2, parentId: sichuan.id });
    const pinghu = await byCode('330482');
    const jiaxing = await byCode('330400');
    expect(pinghu).toMatchObject({ name: '平湖市', level: 3, parentId: jiaxing.id });
    expect(jiaxing.level).toBe(2);
  });

  it('skips the 市辖区 and 省直辖 placeholders: their counties hang from the province', async () => {
    const beijing = await byCode('110000');
    expect(await byCode('110108')).toMatchObject({
      name: '海淀区',
      level: 3,
      parentId: beijing.id,
    });
    expect(await findRegionByCode(handle.db, '110100')).toBeNull();
    const henan = await byCode('410000');
    expect(await byCode('419001')).toMatchObject({ name: '济源市', parentId: henan.id });
    const orphans = await handle.db
      .selectFrom('regions')
      .select('code')
      .where('parent_id', 'is', null)
      .execute();
    expect(orphans.map((r) => r.code)).toEqual(['000000']);
  });

  it('stores pinyin and initials', async () => {
    const row = await handle.db
      .selectFrom('regions')
      .select(['pinyin', 'initials'])
      .where('code', '=', '510000')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ pinyin: 'sichuansheng', initials: 'scs' });
    expect(regionPinyin('绿春县').pinyin).toBe('lvchunxian');
  });

  it('is idempotent: a second call inserts nothing', async () => {
    expect(await ensureRegions(handle.db)).toBe(0);
  });

  it('fills in what is missing and leaves existing rows alone', async () => {
    await handle.db.deleteFrom('regions').where('code', '=', '330482').execute();
    expect(await ensureRegions(handle.db)).toBe(1);
    const jiaxing = await byCode('330400');
    expect(await byCode('330482')).toMatchObject({ parentId: jiaxing.id });
  });
});
