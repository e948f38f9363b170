import { type Kysely, sql } from 'kysely';

// Finer notes of written figures (issue 18): one note per year and indicator, naming the
// regions written for that indicator, instead of one per year naming every region and every
// indicator the statement wrote. A refresh after an import of one province's hospital figures
// and another's school figures then judges each indicator in its own regions only, not both
// provinces × both indicators.
//
// An UPDATE is noted by one trigger reading its old and new rows together (the union, once)
// instead of two triggers each noting the same cells: an import rewriting a million figures
// noted them twice. DISTINCT on the three columns first lets the planner hash rather than
// sort the rows (the arrays are then built from a few thousand groups).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION note_dirty_figures() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO cell_status_dirty (region_ids, subtree, indicator_ids, year_from, year_to)
      SELECT array_agg(region_id), false, ARRAY[indicator_id], y, y
      FROM (SELECT DISTINCT region_id, indicator_id, left(quarter, 4)::int AS y
            FROM changed) c
      GROUP BY y, indicator_id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION note_dirty_figures_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO cell_status_dirty (region_ids, subtree, indicator_ids, year_from, year_to)
      SELECT array_agg(region_id), false, ARRAY[indicator_id], y, y
      FROM (SELECT region_id, indicator_id, left(quarter, 4)::int AS y FROM new_rows
            UNION
            SELECT region_id, indicator_id, left(quarter, 4)::int FROM old_rows) c
      GROUP BY y, indicator_id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`DROP TRIGGER observations_dirty_update_old ON observations`.execute(db);
  await sql`DROP TRIGGER observations_dirty_update_new ON observations`.execute(db);
  await sql`
    CREATE TRIGGER observations_dirty_update AFTER UPDATE ON observations
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_dirty_figures_update()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER observations_dirty_update ON observations`.execute(db);
  await sql`DROP FUNCTION note_dirty_figures_update()`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION note_dirty_figures() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO cell_status_dirty (region_ids, subtree, indicator_ids, year_from, year_to)
      SELECT array_agg(DISTINCT region_id), false, array_agg(DISTINCT indicator_id), y, y
      FROM (SELECT region_id, indicator_id, left(quarter, 4)::int AS y FROM changed) c
      GROUP BY y;
      RETURN NULL;
    END $$`.execute(db);
  for (const as of ['OLD', 'NEW'])
    await sql
      .raw(
        `CREATE TRIGGER observations_dirty_update_${as.toLowerCase()} AFTER UPDATE ON observations
         REFERENCING ${as} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_dirty_figures()`,
      )
      .execute(db);
}
