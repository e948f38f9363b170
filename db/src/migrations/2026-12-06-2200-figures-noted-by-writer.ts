import { type Kysely, sql } from 'kysely';

// An import rewriting a million figures spent 13–23 % of its UPDATE's server CPU in the
// status-note trigger's function (issue 18): reading back the statement's million new rows
// from the transition table to find the few thousand (year, indicator, region) groups they
// fall in. The import already holds those cells, column by column, and groups them in a few
// tens of milliseconds; it writes the very notes the trigger would
// (`written-figure-notes.ts`) and, for its own statements only, tells the trigger so by the
// transaction-local setting `targetboard.figures_noted`. Every other write, and any
// statement run without the setting, is noted by the trigger as before. (The transition
// table is still filled: PostgreSQL fills it whenever a trigger of the event asks for one.)
const NOTE = `
      INSERT INTO cell_status_dirty (region_ids, subtree, indicator_ids, year_from, year_to)
      SELECT array_agg(region_id), false, ARRAY[indicator_id], y, y
      FROM (SELECT DISTINCT region_id, indicator_id, left(quarter, 4)::int AS y
            FROM changed) c
      GROUP BY y, indicator_id;`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION note_dirty_figures() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('targetboard.figures_noted', true) = 'on' THEN
        RETURN NULL;
      END IF;${NOTE}
      RETURN NULL;
    END $$`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION note_dirty_figures() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN${NOTE}
      RETURN NULL;
    END $$`,
    )
    .execute(db);
}
