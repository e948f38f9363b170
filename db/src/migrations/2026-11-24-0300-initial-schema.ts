import { type Kysely, sql } from 'kysely';

// The first schema: regions, the indicator catalogue, documents, targets, quarterly
// observations and the append-only change log. Later issues add tables in their own
// migrations; this file never changes once landed.
const up_statements = [
  `CREATE TABLE regions (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     code text NOT NULL UNIQUE,
     name text NOT NULL,
     level smallint NOT NULL CHECK (level BETWEEN 0 AND 5),
     parent_id integer REFERENCES regions(id),
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX regions_parent_idx ON regions (parent_id)`,
  `CREATE TABLE indicators (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     name text NOT NULL UNIQUE,
     unit text NOT NULL,
     direction text NOT NULL CHECK (direction IN ('up','down','band')),
     kind text NOT NULL CHECK (kind IN ('rate','amount','count')),
     category text NOT NULL DEFAULT '',
     synonyms text[] NOT NULL DEFAULT '{}',
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE documents (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     title text NOT NULL,
     filename text,
     format text NOT NULL CHECK (format IN ('text','txt','docx','pdf','html')),
     encoding text,
     region_id integer REFERENCES regions(id),
     region_name text,
     year integer,
     original bytea,
     text text NOT NULL,
     created_by text,
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE targets (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     indicator_id integer REFERENCES indicators(id),
     indicator_name text NOT NULL,
     region_id integer REFERENCES regions(id),
     region_name text,
     scope text,
     year integer,
     comparator text NOT NULL CHECK (comparator IN ('>=','>','<=','<','=','~')),
     value double precision,
     value_max double precision,
     unit text NOT NULL,
     tolerance double precision,
     kind text NOT NULL CHECK (kind IN ('rate','amount','count')),
     direction text NOT NULL CHECK (direction IN ('up','down','band')),
     confidence real,
     document_id integer REFERENCES documents(id) ON DELETE SET NULL,
     source_start integer,
     source_end integer,
     quote text,
     state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','confirmed','rejected')),
     version integer NOT NULL DEFAULT 1,
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now(),
     CHECK (value_max IS NULL OR value IS NULL OR value_max >= value),
     CHECK (state <> 'confirmed' OR value IS NOT NULL)
   )`,
  `CREATE INDEX targets_document_idx ON targets (document_id)`,
  // Year-leading covering index: the dashboard reads one year's targets for many regions
  // (perf-limits.md §2: ~13x faster province grids than the PK alone).
  `CREATE INDEX targets_year_idx ON targets (year, region_id, indicator_id)
     INCLUDE (comparator, value, value_max, tolerance) WHERE state = 'confirmed'`,
  `CREATE TABLE observations (
     indicator_id integer NOT NULL REFERENCES indicators(id),
     region_id integer NOT NULL REFERENCES regions(id),
     quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}Q[1-4]$'),
     value double precision,
     numerator double precision,
     denominator double precision,
     note text,
     version integer NOT NULL DEFAULT 1,
     updated_by text,
     updated_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (indicator_id, region_id, quarter)
   )`,
  // Quarter-leading covering index for dashboard snapshots; the PK serves trends.
  `CREATE INDEX observations_quarter_idx ON observations (quarter, region_id, indicator_id) INCLUDE (value)`,
  `CREATE TABLE change_log (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     entity text NOT NULL,
     entity_key text NOT NULL,
     old_value jsonb,
     new_value jsonb,
     user_name text,
     channel text NOT NULL CHECK (channel IN ('form','import','api','system')),
     note text,
     at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX change_log_entity_idx ON change_log (entity, entity_key, id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'change_log',
    'observations',
    'targets',
    'documents',
    'indicators',
    'regions',
  ]) {
    await sql.raw(`DROP TABLE IF EXISTS ${table}`).execute(db);
  }
}
