import { type Kysely, sql } from 'kysely';

// A first import COPYs its cells into observations with the two foreign keys checked once per
// parent region and indicator (locked FOR KEY SHARE, as the per-row check locks them) instead
// of once per row: the per-row checks were two thirds of that COPY's server time (issue 18).
// It skips them by session_replication_role = replica for that one statement, which skips
// every trigger left at the default ENABLE (ORIGIN). The data revision and the notes for the
// stored statuses must still be written, so observations' own triggers fire in every mode.
//
// ENABLE ALWAYS also fires them where a logical-replication subscriber applies changes to
// this table: a replica's data revision then moves with its figures, as it should.
const TRIGGERS = [
  'observations_data_revision',
  'observations_dirty_insert',
  'observations_dirty_delete',
  'observations_dirty_update',
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const name of TRIGGERS)
    await sql.raw(`ALTER TABLE observations ENABLE ALWAYS TRIGGER ${name}`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of TRIGGERS)
    await sql.raw(`ALTER TABLE observations ENABLE TRIGGER ${name}`).execute(db);
}
