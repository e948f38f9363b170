import { type Kysely, sql } from 'kysely';

// A revision number for "what a dashboard reads", so servers may keep computed grids and
// know when they went stale. Each write statement on the tables a dashboard reads bumps a
// counter; the revision is the sum of all counters. The counter row is the writing backend's
// own (keyed by its pid), so concurrent writers never wait for one another on it and the
// bump cannot join a lock cycle; being transactional, a bump becomes visible with the data
// it stands for, never before.
const TABLES = ['observations', 'targets', 'regions', 'indicators'];

const up_statements = [
  `CREATE TABLE data_revisions (
     backend integer PRIMARY KEY,
     n bigint NOT NULL
   )`,
  `CREATE FUNCTION bump_data_revision() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO data_revisions AS d (backend, n) VALUES (pg_backend_pid(), 1)
       ON CONFLICT (backend) DO UPDATE SET n = d.n + 1;
     RETURN NULL;
   END $$`,
  ...TABLES.map(
    (table) => `CREATE TRIGGER ${table}_data_revision
       AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
       FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision()`,
  ),
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES)
    await sql.raw(`DROP TRIGGER IF EXISTS ${table}_data_revision ON ${table}`).execute(db);
  await sql.raw(`DROP FUNCTION IF EXISTS bump_data_revision()`).execute(db);
  await sql.raw(`DROP TABLE IF EXISTS data_revisions`).execute(db);
}
