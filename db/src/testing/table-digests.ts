import { sql } from 'kysely';
import type { Database, DbOrTrx } from '../database';

/** The tables that hold what users write; sessions, login attempts and revisions are left out. */
const WRITTEN_TABLES = [
  'regions',
  'indicators',
  'documents',
  'targets',
  'observations',
  'submissions',
  'users',
  'change_log',
  'import_batches',
  'import_cell_changes',
] as const satisfies readonly (keyof Database)[];

/**
 * An md5 of every row of each written table, so a test can show that a refused request
 * changed nothing anywhere, not only in the rows it aimed at.
 */
export async function tableDigests(db: DbOrTrx): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of WRITTEN_TABLES) {
    const { rows } = await sql<{ digest: string }>`
      SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
      FROM ${sql.table(table)} t`.execute(db);
    digests[table] = rows[0]!.digest;
  }
  return digests;
}
