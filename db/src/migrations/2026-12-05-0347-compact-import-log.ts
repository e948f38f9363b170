import { type Kysely, sql } from 'kysely';

// A compact change log for imports (issue 18 item 3). One change_log row per written cell
// (a jsonb pair and a text key in a btree) cost a million-cell import as much as writing the
// figures. An import now logs one `import_batches` row (who, when, channel) and, per region
// it wrote, one `import_cell_changes` row holding its cells as parallel arrays: indicator,
// quarter, the figure before (version 0: the import created the cell) and the figure after.
// The history of a cell (who/when/old → new) is derived from them on demand
// (change-history.repository.ts). Batch ids come from change_log's own sequence, so a cell's
// entries from both tables order by id as they happened.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE import_batches (
      id bigint PRIMARY KEY DEFAULT nextval('change_log_id_seq'),
      user_name text,
      channel text NOT NULL CHECK (channel IN ('form','import','api','system')),
      at timestamptz NOT NULL DEFAULT now(),
      created integer NOT NULL,
      updated integer NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE import_cell_changes (
      batch_id bigint NOT NULL REFERENCES import_batches(id),
      region_id integer NOT NULL,
      indicator_ids integer[] NOT NULL,
      quarters text[] NOT NULL,
      old_versions integer[] NOT NULL,
      old_values float8[] NOT NULL,
      old_numerators float8[] NOT NULL,
      old_denominators float8[] NOT NULL,
      old_notes text[] NOT NULL,
      new_values float8[] NOT NULL,
      new_numerators float8[] NOT NULL,
      new_denominators float8[] NOT NULL,
      new_notes text[] NOT NULL,
      PRIMARY KEY (region_id, batch_id)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS import_cell_changes`.execute(db);
  await sql`DROP TABLE IF EXISTS import_batches`.execute(db);
}
