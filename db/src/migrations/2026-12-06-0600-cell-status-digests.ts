import { type Kysely, sql } from 'kysely';

// A digest of each stored cell status (issue 18): a refresh after a nationwide import judged
// 208 k cells again and compared them with the stored rows, which meant printing or sending
// five arrays per row (3 s of array output alone to read them back as text). The refresh now
// keeps, per row, a digest of the row as it wrote it, reads only the digests of its scope and
// writes the rows whose digest differs.
//
// A row written otherwise than by that merge (by hand, a script) must not keep a digest that
// no longer describes it: an UPDATE that does not set a new digest clears it, and a row with
// no digest is written again at its next refresh. Existing rows start without one.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE cell_statuses ADD COLUMN digest text`.execute(db);
  await sql`
    CREATE FUNCTION clear_cell_status_digest() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.digest IS NOT DISTINCT FROM OLD.digest THEN
        NEW.digest := NULL;
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER cell_statuses_digest BEFORE UPDATE ON cell_statuses
    FOR EACH ROW EXECUTE FUNCTION clear_cell_status_digest()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER cell_statuses_digest ON cell_statuses`.execute(db);
  await sql`DROP FUNCTION clear_cell_status_digest()`.execute(db);
  await sql`ALTER TABLE cell_statuses DROP COLUMN digest`.execute(db);
}
