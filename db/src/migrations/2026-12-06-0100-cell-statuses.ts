import { type Kysely, sql } from 'kysely';

// Each cell's status kept on write, so a cold dashboard reads its roll-ups instead of judging
// ~28k cells. The status rules are TypeScript (shared); a migration never imports app code,
// so this only creates the tables: the server judges and fills them (`cell_status_years`
// says which years are filled, under which version of the rules) and the write paths keep
// them current in their own transaction.
//
// Correctness does not rest on every write path remembering to refresh: statement triggers
// on observations, targets and regions note what a write may have changed in
// `cell_status_dirty`, in the same transaction. The writer's refresh consumes its notes; a
// note left behind (a path that does not refresh) makes readers of that year judge live
// until the next refresh takes it.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per region, indicator and year with an applicable target: the status as of each
  // quarter (q1…q4), judged on that year's figures up to it.
  await sql`
    CREATE TABLE cell_statuses (
      year integer NOT NULL,
      region_id integer NOT NULL,
      indicator_id integer NOT NULL,
      target_id integer NOT NULL,
      q1 text NOT NULL, q2 text NOT NULL, q3 text NOT NULL, q4 text NOT NULL,
      PRIMARY KEY (year, region_id, indicator_id)
    )`.execute(db);
  await sql`
    CREATE TABLE cell_status_years (
      year integer PRIMARY KEY,
      rules_version integer NOT NULL
    )`.execute(db);
  // A note of what to judge again: regions (null: all; subtree: and their descendants),
  // indicators (null: all), years from…to (null: open). A single year (from = to) written
  // by figures that is not kept yet gets built whole.
  await sql`
    CREATE TABLE cell_status_dirty (
      id bigserial PRIMARY KEY,
      region_ids integer[],
      subtree boolean NOT NULL,
      indicator_ids integer[],
      year_from integer,
      year_to integer
    )`.execute(db);

  await sql`
    CREATE FUNCTION note_dirty_figures() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO cell_status_dirty (region_ids, subtree, indicator_ids, year_from, year_to)
      SELECT array_agg(DISTINCT region_id), false, array_agg(DISTINCT indicator_id), y, y
      FROM (SELECT region_id, indicator_id, left(quarter, 4)::int AS y FROM changed) c
      GROUP BY y;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION note_dirty_targets() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Only confirmed targets apply; a draft edited stays out of every status.
      INSERT INTO cell_status_dirty (region_ids, subtree, indicator_ids, year_from, year_to)
      SELECT array_agg(DISTINCT region_id), true, array_agg(DISTINCT indicator_id),
             CASE WHEN bool_or(year IS NULL) THEN NULL ELSE min(year) END, NULL
      FROM changed
      WHERE state = 'confirmed' AND indicator_id IS NOT NULL AND region_id IS NOT NULL
      HAVING count(*) > 0;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION note_dirty_regions() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- The parents too (not their subtrees): a region gone takes its figures out of their
      -- sums, and a deleted row can no longer name its parent when the refresh looks.
      INSERT INTO cell_status_dirty (region_ids, subtree, indicator_ids, year_from, year_to)
      SELECT array_agg(DISTINCT id), true, NULL::int[], NULL::int, NULL::int
      FROM changed HAVING count(*) > 0
      UNION ALL
      SELECT array_agg(DISTINCT parent_id), false, NULL, NULL, NULL
      FROM changed WHERE parent_id IS NOT NULL HAVING count(*) > 0;
      RETURN NULL;
    END $$`.execute(db);
  // Transition tables allow one event per trigger; an update notes its rows before and after
  // (a merge moves figures and targets to another indicator).
  const triggers: [table: string, fn: string, event: string, as: string][] = [
    ['observations', 'note_dirty_figures', 'INSERT', 'NEW'],
    ['observations', 'note_dirty_figures', 'DELETE', 'OLD'],
    ['targets', 'note_dirty_targets', 'INSERT', 'NEW'],
    ['targets', 'note_dirty_targets', 'DELETE', 'OLD'],
    ['regions', 'note_dirty_regions', 'INSERT', 'NEW'],
    ['regions', 'note_dirty_regions', 'DELETE', 'OLD'],
  ];
  for (const [table, fn, event, as] of triggers)
    await sql
      .raw(
        `CREATE TRIGGER ${table}_dirty_${event.toLowerCase()} AFTER ${event} ON ${table}
         REFERENCING ${as} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      )
      .execute(db);
  for (const [table, fn] of [
    ['observations', 'note_dirty_figures'],
    ['targets', 'note_dirty_targets'],
  ] as const)
    for (const as of ['OLD', 'NEW'])
      await sql
        .raw(
          `CREATE TRIGGER ${table}_dirty_update_${as.toLowerCase()} AFTER UPDATE ON ${table}
           REFERENCING ${as} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        )
        .execute(db);
  // A region's statuses change on update only when it moves (a rename or its pinyin do not).
  await sql`
    CREATE FUNCTION note_moved_regions() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO cell_status_dirty (region_ids, subtree, indicator_ids, year_from, year_to)
      SELECT array_agg(DISTINCT n.id) || array_agg(DISTINCT o.parent_id), true, NULL, NULL, NULL
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.parent_id IS DISTINCT FROM o.parent_id
      HAVING count(*) > 0;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER regions_dirty_update AFTER UPDATE ON regions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_moved_regions()`.execute(db);
  // Filling a year changes what a grid reads without touching the tables above.
  await sql`
    CREATE TRIGGER cell_status_years_data_revision
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cell_status_years
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, name] of [
    ['observations', 'insert'],
    ['observations', 'delete'],
    ['observations', 'update_old'],
    ['observations', 'update_new'],
    ['targets', 'insert'],
    ['targets', 'delete'],
    ['targets', 'update_old'],
    ['targets', 'update_new'],
    ['regions', 'insert'],
    ['regions', 'delete'],
    ['regions', 'update'],
  ])
    await sql.raw(`DROP TRIGGER ${table}_dirty_${name} ON ${table}`).execute(db);
  for (const fn of [
    'note_dirty_figures',
    'note_dirty_targets',
    'note_dirty_regions',
    'note_moved_regions',
  ])
    await sql.raw(`DROP FUNCTION ${fn}()`).execute(db);
  await sql`DROP TABLE cell_status_dirty`.execute(db);
  await sql`DROP TABLE cell_status_years`.execute(db);
  await sql`DROP TABLE cell_statuses`.execute(db);
}
