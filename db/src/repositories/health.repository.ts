import { sql } from 'kysely';
import type { DbOrTrx } from '../database';

/** One round trip to the database; throws when it does not answer. */
export async function pingDatabase(db: DbOrTrx): Promise<void> {
  await sql`select 1`.execute(db);
}
