import { type Kysely, sql } from 'kysely';

// Quarterly reporting: one submission row per (region, quarter) carries the approval state
// machine draft → submitted → approved, or returned with a reason; approval locks the
// quarter's observations. Indicators gain `allow_negative` so a growth rate in % may fall
// below 0 while a coverage rate may not. Observations gain an index for "what changed in
// this region and quarter since approval".
const up_statements = [
  `ALTER TABLE indicators ADD COLUMN allow_negative boolean NOT NULL DEFAULT false`,
  `CREATE TABLE submissions (
     region_id integer NOT NULL REFERENCES regions(id),
     quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}Q[1-4]$'),
     state text NOT NULL DEFAULT 'draft'
       CHECK (state IN ('draft','submitted','approved','returned')),
     reason text,
     version integer NOT NULL DEFAULT 1,
     submitted_by text,
     submitted_at timestamptz,
     approved_by text,
     approved_at timestamptz,
     updated_by text,
     updated_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (region_id, quarter),
     CHECK (state <> 'returned' OR reason IS NOT NULL)
   )`,
  `CREATE INDEX submissions_quarter_idx ON submissions (quarter, region_id)`,
  `CREATE INDEX observations_region_quarter_idx ON observations (region_id, quarter)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP INDEX IF EXISTS observations_region_quarter_idx`).execute(db);
  await sql.raw(`DROP TABLE IF EXISTS submissions`).execute(db);
  await sql.raw(`ALTER TABLE indicators DROP COLUMN IF EXISTS allow_negative`).execute(db);
}
