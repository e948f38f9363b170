import { type Kysely, sql } from 'kysely';

// A trend reads one indicator's figures of up to 100 regions over up to 40 quarters through
// the primary key (indicator, region, quarter): 4,000 rows, each a visit to the heap for its
// value (3,280 pages at 10 M figures). With the value kept in the key's index the read is
// index-only (issue 18: trend ≤ 1.2× its hand-written SQL).
//
// The value is already in `observations_quarter_idx`, so updating a figure was never a HOT
// update; the key's entries grow by 8 bytes. Rebuilding the key locks the table while it
// builds: 27 s together with the previous migration's index at 10 M figures under load 9 (bench/RESULTS.md).
//
// Index-only means pages the visibility map knows to be all-visible. A quarter's figures are
// added, not rewritten, so autovacuum's insert trigger sets the map; at its default (a fifth
// of the table) a 10 M-figure table would wait for eight quarters of national imports, so
// the figures of the last two years would be visited in the heap again. At 5 % it comes
// after about two.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE observations
      DROP CONSTRAINT observations_pkey,
      ADD CONSTRAINT observations_pkey PRIMARY KEY (indicator_id, region_id, quarter)
        INCLUDE (value)`.execute(db);
  await sql`ALTER TABLE observations SET (autovacuum_vacuum_insert_scale_factor = 0.05)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE observations RESET (autovacuum_vacuum_insert_scale_factor)`.execute(db);
  await sql`
    ALTER TABLE observations
      DROP CONSTRAINT observations_pkey,
      ADD CONSTRAINT observations_pkey PRIMARY KEY (indicator_id, region_id, quarter)`.execute(db);
}
