import { type Kysely, sql } from 'kysely';

// The cold grid reads the cells it shows from the store too, not only their sub-regions'
// roll-ups (issue 18): besides each quarter's status a row keeps why (the reason code) and
// what was judged (the figure, the quarter it is of, the year-end projection, the at-risk
// margin), as of Q1…Q4 in arrays of four, so a grid picks its quarter's element in SQL.
//
// Rows judged before have none of it. The store is emptied rather than half filled: the next
// start builds every year again (`ensureCellStatuses` builds the years not held), and until
// then grids judge live, as for any year not held.
//
// Named after 2026-12-06-0100, which it changes: the migrator applies names in order.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`DELETE FROM cell_statuses`.execute(db);
  await sql`DELETE FROM cell_status_years`.execute(db);
  await sql`
    ALTER TABLE cell_statuses
      ADD COLUMN reasons text[] NOT NULL,
      ADD COLUMN actuals double precision[] NOT NULL,
      ADD COLUMN actual_quarters smallint[] NOT NULL,
      ADD COLUMN projections double precision[] NOT NULL,
      ADD COLUMN margins double precision[] NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE cell_statuses
      DROP COLUMN reasons, DROP COLUMN actuals, DROP COLUMN actual_quarters,
      DROP COLUMN projections, DROP COLUMN margins`.execute(db);
}
