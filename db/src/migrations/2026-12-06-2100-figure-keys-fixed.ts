import { type Kysely, sql } from 'kysely';

// An import that rewrites a million figures paid, in its UPDATE, for a copy of every old row
// kept for the status notes (a transition table is filled for every row of every UPDATE once
// any trigger asks for it), and then for a union of the old and the new rows: the old rows
// named other cells only when an update moved a figure to another region, indicator or
// quarter, which no import and no form does (issue 18 item 3).
//
// So a figure's key is now fixed: it is never changed in place, and moving a figure (an
// indicator merge) deletes and inserts it, which the insert and delete triggers note. An
// UPDATE is noted from its new rows alone, by the function that notes inserts. The refusal is
// a row trigger that fires only when a statement sets a key column and the key differs, so
// the updates of figures never call it. It runs AFTER the row is written: a BEFORE row
// trigger makes PostgreSQL fetch every updated row once more before it even looks at the
// trigger's columns (+1 buffer per row, 1 M more for an import updating 1 M figures), an AFTER
// one is skipped per row at the column check. PostgreSQL refuses a transition table on a
// trigger with a column list, so the two cannot be one trigger.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE FUNCTION refuse_figure_key_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'a figure''s region, indicator and quarter are not changed in place: delete it and insert it under its new key'
        USING ERRCODE = 'feature_not_supported';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER observations_key_fixed
    AFTER UPDATE OF indicator_id, region_id, quarter ON observations
    FOR EACH ROW
    WHEN (OLD.indicator_id IS DISTINCT FROM NEW.indicator_id
          OR OLD.region_id IS DISTINCT FROM NEW.region_id
          OR OLD.quarter IS DISTINCT FROM NEW.quarter)
    EXECUTE FUNCTION refuse_figure_key_change()`.execute(db);
  await sql`DROP TRIGGER observations_dirty_update ON observations`.execute(db);
  await sql`DROP FUNCTION note_dirty_figures_update()`.execute(db);
  await sql`
    CREATE TRIGGER observations_dirty_update AFTER UPDATE ON observations
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION note_dirty_figures()`.execute(db);
  // As every trigger of observations (migration 2026-12-06-2000): in every replication role.
  for (const name of ['observations_dirty_update', 'observations_key_fixed'])
    await sql.raw(`ALTER TABLE observations ENABLE ALWAYS TRIGGER ${name}`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER observations_dirty_update ON observations`.execute(db);
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
  await sql`
    CREATE TRIGGER observations_dirty_update AFTER UPDATE ON observations
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_dirty_figures_update()`.execute(db);
  await sql`ALTER TABLE observations ENABLE ALWAYS TRIGGER observations_dirty_update`.execute(db);
  await sql`DROP TRIGGER observations_key_fixed ON observations`.execute(db);
  await sql`DROP FUNCTION refuse_figure_key_change()`.execute(db);
}
