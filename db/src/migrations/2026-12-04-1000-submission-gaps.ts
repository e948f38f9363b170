import { type Kysely, sql } from 'kysely';

// A quarter submitted with figures missing carries, per missing indicator, the reporter's
// reason or their confirmation that it does not apply (reason null): a JSON array
// [{ indicatorId, name, reason }] written at submission, so the approver reads why the gaps
// are there. Null for submissions made before this column and for quarters not yet submitted.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE submissions ADD COLUMN gaps jsonb`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE submissions DROP COLUMN IF EXISTS gaps`.execute(db);
}
