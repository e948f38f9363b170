import { type Kysely, sql } from 'kysely';

// Deadlines per administrative level (1 province … 4 town), set by an admin. A level without a
// row keeps the default of shared/src/reporting/deadline.ts (quarter end + 30 days).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE reporting_deadlines (
      level smallint PRIMARY KEY CHECK (level BETWEEN 1 AND 4),
      grace_days integer NOT NULL CHECK (grace_days BETWEEN 0 AND 366),
      updated_by text,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE reporting_deadlines`.execute(db);
}
