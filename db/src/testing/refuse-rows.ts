import { sql } from 'kysely';
import type { DbOrTrx } from '../database';

/**
 * Tests only: makes every insert or update of `cell_statuses` rows of `year` fail with
 * `message` (a row trigger), to show how a write path behaves when one of its statements
 * fails midway. Returns the function that takes the trigger away.
 */
export async function refuseStatusRows(
  db: DbOrTrx,
  year: number,
  message: string,
): Promise<() => Promise<void>> {
  await sql`CREATE FUNCTION refuse_status_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$`.execute(db);
  await sql`CREATE TRIGGER refuse_status_rows BEFORE INSERT OR UPDATE ON cell_statuses
    FOR EACH ROW WHEN (NEW.year = ${sql.lit(year)})
    EXECUTE FUNCTION refuse_status_rows(${sql.lit(message)})`.execute(db);
  return async () => {
    await sql`DROP TRIGGER refuse_status_rows ON cell_statuses`.execute(db);
    await sql`DROP FUNCTION refuse_status_rows()`.execute(db);
  };
}
