import { type RawBuilder, sql } from 'kysely';
import type { Region, RegionRef } from '@targetboard/shared/api/regions.schema';
import {
  isStemOf,
  normalizeRegionName,
  regionNameStem,
  ROOT_REGION_ALIASES,
} from '@targetboard/shared/regions/region-name';
import type { DbOrTrx } from '../database';
import { regionPinyin, ROOT_REGION } from '../seed/regions.seed';
import type { RegionRow } from '../tables/regions.table';

type RegionFields = Pick<RegionRow, 'id' | 'code' | 'name' | 'level' | 'parent_id' | 'custom'>;

function rowToRegion(row: RegionFields): Region {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level,
    parentId: row.parent_id,
    custom: row.custom,
  };
}

const toRef = (r: Region): RegionRef => ({ id: r.id, code: r.code, name: r.name, level: r.level });

const COLUMNS = ['id', 'code', 'name', 'level', 'parent_id', 'custom'] as const;
const selectRegions = (db: DbOrTrx) => db.selectFrom('regions').select(COLUMNS);

/** Escapes LIKE wildcards so user input matches literally. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

export async function findRegionById(db: DbOrTrx, id: number): Promise<Region | null> {
  const row = await selectRegions(db).where('id', '=', id).executeTakeFirst();
  return row ? rowToRegion(row) : null;
}

export async function findRegionByCode(db: DbOrTrx, code: string): Promise<Region | null> {
  const row = await selectRegions(db).where('code', '=', code).executeTakeFirst();
  return row ? rowToRegion(row) : null;
}

/** The root region 全国, or null before the divisions are loaded. */
export function findRootRegion(db: DbOrTrx): Promise<Region | null> {
  return findRegionByCode(db, ROOT_REGION.code);
}

/** Direct children ordered by code. */
export async function listChildren(db: DbOrTrx, parentId: number): Promise<Region[]> {
  const rows = await selectRegions(db).where('parent_id', '=', parentId).orderBy('code').execute();
  return rows.map(rowToRegion);
}

export async function countChildren(db: DbOrTrx, parentId: number): Promise<number> {
  const { n } = await db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', parentId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** A region and its ancestors, root first (the region itself not among them). */
export interface RegionPath {
  region: Region;
  ancestors: RegionRef[];
}

/** Which region a path starts from: by id, or by code. */
export type RegionPathStart = { id: number } | { code: string };

/**
 * A region by id or code with its ancestors, in one statement: what a dashboard needs before
 * its grid (the region asked, the path shown above it, and the scope check along that path).
 */
export async function findRegionPath(db: DbOrTrx, by: RegionPathStart): Promise<RegionPath | null> {
  const { rows } = await sql<{ path: string | null }>`SELECT ${regionPathText(by)} AS path`.execute(
    db,
  );
  return regionPathOf(rows[0]?.path ?? null);
}

/**
 * `findRegionPath`'s read as an expression: the path's regions, root first, as one JSON text
 * (null: no such region), for a statement that reads it beside something else (the session's,
 * `findSessionUser`); `regionPathOf` reads the text.
 */
export function regionPathText(by: RegionPathStart): RawBuilder<string | null> {
  const start = 'id' in by ? sql`id = ${by.id}` : sql`code = ${by.code}`;
  return sql<string | null>`(
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM regions WHERE ${start}
      UNION ALL
      SELECT r.id, r.parent_id, up.depth + 1 FROM regions r JOIN up ON r.id = up.parent_id
      WHERE up.depth < 16
    )
    SELECT json_agg(json_build_array(r.id, r.code, r.name, r.level, r.parent_id, r.custom)
                    ORDER BY up.depth DESC)::text
    FROM up JOIN regions r ON r.id = up.id)`;
}

/** The path `regionPathText` read: the region and its ancestors, root first. */
export function regionPathOf(text: string | null): RegionPath | null {
  if (text === null) return null;
  const rows = (JSON.parse(text) as RegionTuple[]).map(
    ([id, code, name, level, parentId, custom]): Region => ({
      id,
      code,
      name,
      level,
      parentId,
      custom,
    }),
  );
  const region = rows.at(-1);
  if (!region) return null;
  return { region, ancestors: rows.slice(0, -1).map(toRef) };
}

type RegionTuple = [
  id: number,
  code: string,
  name: string,
  level: number,
  parentId: number | null,
  custom: boolean,
];

/** The ancestors of a region, root first, excluding the region itself. */
export async function listAncestors(db: DbOrTrx, id: number): Promise<RegionRef[]> {
  return (await findRegionPath(db, { id }))?.ancestors ?? [];
}

export interface RegionSearch {
  limit: number;
  /** Only this region's descendants (not itself). */
  withinId?: number | undefined;
  /** Only this region and its descendants: a reader's scope. */
  scopeId?: number | undefined;
}

/** Ids below `rootId` (and `rootId` itself when `withRoot`), as a subquery. */
function subtreeIds(rootId: number, withRoot: boolean) {
  const start = withRoot
    ? sql`SELECT id, 0 FROM regions WHERE id = ${rootId}`
    : sql`SELECT id, 1 FROM regions WHERE parent_id = ${rootId}`;
  return sql<number>`(
    WITH RECURSIVE down(id, depth) AS (
      ${start}
      UNION ALL
      SELECT r.id, down.depth + 1 FROM regions r JOIN down ON r.parent_id = down.id
      WHERE down.depth < 16
    )
    SELECT id FROM down)`;
}

/**
 * Regions whose name contains `q`, or whose code, pinyin or initials start with it
 * (case-insensitive), ordered by level then code.
 */
export async function searchRegions(
  db: DbOrTrx,
  q: string,
  { limit, withinId, scopeId }: RegionSearch,
): Promise<Region[]> {
  const term = q.trim().toLowerCase().replace(/\s+/g, '');
  if (!term) return [];
  const contains = `%${likeLiteral(term)}%`;
  const prefix = `${likeLiteral(term)}%`;
  let query = selectRegions(db)
    .where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['name']), 'like', contains),
        eb('code', 'like', prefix),
        eb('pinyin', 'like', prefix),
        eb('initials', 'like', prefix),
      ]),
    )
    .orderBy('level')
    .orderBy('code')
    .limit(limit);
  if (withinId !== undefined) query = query.where('id', 'in', subtreeIds(withinId, false));
  if (scopeId !== undefined) query = query.where('id', 'in', subtreeIds(scopeId, true));
  return (await query.execute()).map(rowToRegion);
}

/** Thrown when a custom unit would sit deeper than the hierarchy allows. */
export class RegionTooDeepError extends Error {}

/**
 * Adds a unit GB/T 2260 does not list under `parent`, one level below it. Without a code,
 * one is generated as the parent's code + 'C' + the next free number (510104C1, 510104C2…).
 * A taken code raises the database's unique violation (23505).
 */
export async function insertCustomRegion(
  db: DbOrTrx,
  parent: Region,
  name: string,
  code?: string,
): Promise<Region> {
  const level = parent.level + 1;
  if (level > 5) throw new RegionTooDeepError(`${parent.name} is already at the deepest level`);
  const finalCode = code ?? (await nextCustomCode(db, parent.code));
  const row = await db
    .insertInto('regions')
    .values({
      code: finalCode,
      name,
      level,
      parent_id: parent.id,
      custom: true,
      ...regionPinyin(name),
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return rowToRegion(row);
}

async function nextCustomCode(db: DbOrTrx, parentCode: string): Promise<string> {
  const stem = `${parentCode}C`;
  const rows = await db
    .selectFrom('regions')
    .select('code')
    .where('code', 'like', `${likeLiteral(stem)}%`)
    .execute();
  const taken = rows
    .map((r) => r.code.slice(stem.length))
    .filter((rest) => /^\d+$/.test(rest))
    .map(Number);
  return `${stem}${Math.max(0, ...taken) + 1}`;
}

export interface RegionMatch {
  region: Region;
  /** More than one unit fits the name; `region` is the highest-level (then lowest code) of them. */
  ambiguous: boolean;
  candidates: Region[];
}

/**
 * Maps how a document names a place to a region: 全国 → the root, an exact name, or the
 * name with its administrative suffix added or dropped (四川 ↔ 四川省, 凉山州 → 凉山彝族自治州).
 * Exact names win over stems; among several, the higher level wins and `ambiguous` is set.
 */
export async function matchRegionName(db: DbOrTrx, name: string): Promise<RegionMatch | null> {
  const normal = normalizeRegionName(name);
  if (!normal) return null;
  if (ROOT_REGION_ALIASES.includes(normal)) {
    const root = await findRootRegion(db);
    return root ? { region: root, ambiguous: false, candidates: [root] } : null;
  }
  const ordered = (q: ReturnType<typeof selectRegions>) => q.orderBy('level').orderBy('code');
  let candidates = (await ordered(selectRegions(db).where('name', '=', normal)).execute()).map(
    rowToRegion,
  );
  if (candidates.length === 0) {
    const stem = regionNameStem(normal);
    if (stem.length < 2) return null;
    const rows = await ordered(
      selectRegions(db).where('name', 'like', `${likeLiteral(stem)}%`),
    ).execute();
    candidates = rows.map(rowToRegion).filter((r) => isStemOf(stem, r.name));
  }
  const [best] = candidates;
  return best ? { region: best, ambiguous: candidates.length > 1, candidates } : null;
}
