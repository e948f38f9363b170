import { type Kysely, sql } from 'kysely';

// Every grid asks whether a figure it shows is the demo's (`hasDemoFigures`: the region and
// its children, the quarters it shows, `updated_by` the demo's author). With no index on the
// author that was a visit to each of those figures' rows: 10,560 for the national grid at
// 10 M figures, 539 buffers and ~7 ms of a backend per cold grid, beside the grid's own reads
// and on the pages an import just rewrote. Indexed where the author is the demo's, the probe
// reads an index that holds the demo's figures alone (empty once the demo is gone): 74
// buffers, 0.6 ms. A write of anyone else's figure adds no entry.
//
// The author is spelled here as `DEMO_FIGURES_AUTHOR` (db/src/repositories/demo.repository.ts)
// spells it, since a migration never changes nor imports app code; demo.repository.test.ts
// holds the two equal.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE INDEX observations_demo_idx ON observations (region_id, quarter)
    WHERE updated_by = '演示数据 (demo)'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX observations_demo_idx`.execute(db);
}
