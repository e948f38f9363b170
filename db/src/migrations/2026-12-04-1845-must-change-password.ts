import { type Kysely, sql } from 'kysely';

// Accounts whose password someone else chose or saw (the demo's shared password, a generated
// first-admin password printed at start) must get a new one at first sign-in; until then
// the API does nothing else for them. Existing accounts are left as they are.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users DROP COLUMN must_change_password`.execute(db);
}
