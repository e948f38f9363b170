import { sql } from 'kysely';
import type { Db } from '../database';

export interface SettleOptions {
  /** Tables of the current schema to settle; all of its tables when omitted. */
  tables?: readonly string[];
  /** Also ANALYZE them (once, on the first pass). */
  analyze?: boolean;
  /** Give up after this long and answer the shares as they stand. */
  timeoutMs?: number;
  /** Pause between passes while another session's snapshot holds pages back. */
  pauseMs?: number;
}

/**
 * Vacuums tables of the current schema until the visibility map marks every page all-visible,
 * or the time runs out; answers each table's share of all-visible pages (0–1).
 *
 * A VACUUM marks a page only when its rows are older than every snapshot still open in the
 * database. On a shared server another session's long import or read holds them back, and one
 * VACUUM then leaves the map as it was: a bench timed on such a data set reads heap pages an
 * index-only scan would skip (the national cold grid: ~1,500 more buffers at 1 M figures), and
 * two data sets generated at different moments are not alike. Later passes revisit only the
 * pages still unmarked. Only the named schema's tables are vacuumed, never the whole database,
 * whose other schemas belong to other runs.
 */
export async function settleTables(
  db: Db,
  options: SettleOptions = {},
): Promise<Record<string, number>> {
  const { analyze = false, timeoutMs = 120_000, pauseMs = 1_000 } = options;
  const tables = options.tables ?? (await listSchemaTables(db));
  if (tables.length === 0) return {};
  const names = sql.join(tables.map((t) => sql.id(t)));
  const until = Date.now() + timeoutMs;
  for (let pass = 0; ; pass++) {
    await sql`VACUUM ${sql.raw(analyze && pass === 0 ? '(ANALYZE)' : '')} ${names}`.execute(db);
    const shares = await visibleShares(db, tables);
    if (Object.values(shares).every((s) => s === 1) || Date.now() >= until) return shares;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

async function listSchemaTables(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT relname AS name FROM pg_class
    WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'
    ORDER BY relname`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * Each table's share of pages the visibility map marks all-visible, as the last VACUUM counted
 * them (`relallvisible` of `relpages`; an empty table counts as settled).
 */
export async function visibleShares(
  db: Db,
  tables: readonly string[],
): Promise<Record<string, number>> {
  const { rows } = await sql<{ name: string; pages: number; visible: number }>`
    SELECT relname AS name, relpages AS pages, relallvisible AS visible FROM pg_class
    WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'
      AND relname = ANY(${[...tables]}::text[])`.execute(db);
  return Object.fromEntries(
    rows.map((r) => [r.name, r.pages === 0 ? 1 : Math.min(1, r.visible / r.pages)]),
  );
}
