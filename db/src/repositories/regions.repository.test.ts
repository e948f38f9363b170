import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import { ensureRegions } from '../seed/regions.seed';
import { createTestDb, testEngine } from '../testing/create-test-db';
import {
  findRegionByCode,
  findRegionById,
  insertCustomRegion,
  listAncestors,
  listChildren,
  matchRegionName,
  searchRegions,
} from './regions.repository';

describe(`regions repository on ${testEngine()}`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
    await ensureRegions(handle.db);
  });
  afterAll(() => handle.close());

  const byCode = async (code: string) => (await findRegionByCode(handle.db, code))!;
  const codes = (regions: { code: string }[]) => regions.map((r) => r.code);

  it('finds by id and code, lists children by code and ancestors root first', async () => {
    const sichuan = await byCode('510000');
    expect(await findRegionById(handle.db, sichuan.id)).toEqual(sichuan);
    expect(await findRegionByCode(handle.db, '999999')).toBeNull();
    const children = await listChildren(handle.db, sichuan.id);
    expect(children).toHaveLength(21);
    expect(children[0]).toMatchObject({ code: '510100', name: '成都市' });
    const wuhou = await byCode('510107');
    expect((await listAncestors(handle.db, wuhou.id)).map((r) => r.name)).toEqual([
      '全国',
      '四川省',
      '成都市',
    ]);
    expect(await listAncestors(handle.db, (await byCode('000000')).id)).toEqual([]);
  });

  it('searches by name substring, code prefix, pinyin and initials, level then code', async () => {
    const byName = await searchRegions(handle.db, '四川', { limit: 10 });
    expect(byName[0]).toMatchObject({ code: '510000', name: '四川省' });
    expect(codes(await searchRegions(handle.db, '5101', { limit: 3 }))).toEqual([
      '510100',
      '510104',
      '510105',
    ]);
    expect((await searchRegions(handle.db, 'SiChuan', { limit: 5 }))[0]?.name).toBe('四川省');
    const initials = await searchRegions(handle.db, 'scs', { limit: 5 });
    expect(initials.map((r) => r.name)).toContain('四川省');
    const levels = (await searchRegions(handle.db, '朝阳', { limit: 20 })).map((r) => r.level);
    expect(levels).toEqual([...levels].sort());
  });

  it('limits a search to a region and treats LIKE wildcards literally', async () => {
    const sichuan = await byCode('510000');
    const within = await searchRegions(handle.db, '区', { limit: 500, withinId: sichuan.id });
    expect(within.length).toBeGreaterThan(10);
    expect(within.every((r) => r.code.startsWith('51'))).toBe(true);
    expect(await searchRegions(handle.db, '%', { limit: 5 })).toEqual([]);
    expect(await searchRegions(handle.db, '  ', { limit: 5 })).toEqual([]);
  });

  it('adds custom units under a parent with generated, unique codes', async () => {
    const wuhou = await byCode('510107');
    const first = await insertCustomRegion(handle.db, wuhou, '高新技术产业开发区');
    expect(first).toMatchObject({ code: '510107C1', level: 4, parentId: wuhou.id, custom: true });
    const second = await insertCustomRegion(handle.db, wuhou, '天府新区片区');
    expect(second.code).toBe('510107C2');
    const named = await insertCustomRegion(handle.db, wuhou, '旧城区', 'WH-OLD');
    expect(named.code).toBe('WH-OLD');
    await expect(insertCustomRegion(handle.db, wuhou, '重复', 'WH-OLD')).rejects.toMatchObject({
      code: '23505',
    });
    expect((await searchRegions(handle.db, 'gxjs', { limit: 5 }))[0]?.id).toBe(first.id);
  });

  it.each([
    ['全国', '000000', false],
    ['四川', '510000', false],
    ['四川省', '510000', false],
    ['平湖', '330482', false],
    ['平湖市', '330482', false],
    ['海淀', '110108', false],
    ['海淀区', '110108', false],
    ['凉山州', '513400', false],
    ['凉山', '513400', false],
    ['广西', '450000', false],
    ['内蒙古', '150000', false],
    ['吉林', '220000', true],
    ['吉林市', '220200', false],
    [' 成都 ', '510100', false],
  ])('matches %s to %s (ambiguous: %s)', async (name, code, ambiguous) => {
    const match = await matchRegionName(handle.db, name);
    expect(match?.region.code).toBe(code);
    expect(match?.ambiguous).toBe(ambiguous);
  });

  it('reports all candidates of an ambiguous name and returns null for unknown ones', async () => {
    const chaoyang = await matchRegionName(handle.db, '朝阳区');
    expect(chaoyang?.ambiguous).toBe(true);
    expect(codes(chaoyang!.candidates)).toEqual(expect.arrayContaining(['110105', '220104']));
    expect(await matchRegionName(handle.db, '火星市')).toBeNull();
    expect(await matchRegionName(handle.db, '')).toBeNull();
    expect(await matchRegionName(handle.db, '川')).toBeNull();
  });
});
