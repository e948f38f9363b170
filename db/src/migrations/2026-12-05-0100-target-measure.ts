import { type Kysely, sql } from 'kysely';

// A target is intensive (a rate, ratio, per-capita figure: it holds in every sub-region, so it
// is inherited down the tree) or additive (a count or money total of the region as a whole: it
// is judged on the region's own figure or its sub-regions' sum and never pushed down). Until
// now every target was treated as intensive, so national and provincial totals were judged
// against each county.
//
// The backfill and any insert that names no measure (fixtures, loaders, old clients) take it
// from kind and unit by `infer_target_measure`, the SQL twin of shared/src/targets/measure.ts
// `inferMeasure` as it stands today (a migration never imports app code; a db test holds the
// two together): counts and 万元/亿元 sums are additive, the rest intensive.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE FUNCTION infer_target_measure(kind text, unit text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN kind = 'count' OR (kind = 'amount' AND unit ~ '[万亿]元$')
                  THEN 'additive' ELSE 'intensive' END
    $$`.execute(db);
  await sql`ALTER TABLE targets ADD COLUMN measure text
    CHECK (measure IN ('intensive', 'additive'))`.execute(db);
  await sql`UPDATE targets SET measure = infer_target_measure(kind, unit)`.execute(db);
  await sql`ALTER TABLE targets ALTER COLUMN measure SET NOT NULL`.execute(db);
  await sql`
    CREATE FUNCTION fill_target_measure() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.measure IS NULL THEN NEW.measure := infer_target_measure(NEW.kind, NEW.unit); END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER targets_fill_measure BEFORE INSERT ON targets
    FOR EACH ROW EXECUTE FUNCTION fill_target_measure()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER targets_fill_measure ON targets`.execute(db);
  await sql`DROP FUNCTION fill_target_measure()`.execute(db);
  await sql`ALTER TABLE targets DROP COLUMN measure`.execute(db);
  await sql`DROP FUNCTION infer_target_measure(text, text)`.execute(db);
}
