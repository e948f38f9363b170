import { type Kysely, sql } from 'kysely';

// Regions become searchable by pinyin and initials (typing "sc" or "sichuan" finds 四川省),
// and units the GB/T 2260 list lacks (a development zone, a former district) are marked
// `custom` so a reload of the standard list never touches them. The prefix indexes use
// text_pattern_ops so LIKE 'abc%' can use them under any collation; substring search on
// names scans, which is fine for a few thousand rows.
const up_statements = [
  `ALTER TABLE regions ADD COLUMN pinyin text`,
  `ALTER TABLE regions ADD COLUMN initials text`,
  `ALTER TABLE regions ADD COLUMN custom boolean NOT NULL DEFAULT false`,
  `CREATE INDEX regions_name_lower_idx ON regions (lower(name) text_pattern_ops)`,
  `CREATE INDEX regions_code_prefix_idx ON regions (code text_pattern_ops)`,
  `CREATE INDEX regions_pinyin_prefix_idx ON regions (pinyin text_pattern_ops)`,
  `CREATE INDEX regions_initials_prefix_idx ON regions (initials text_pattern_ops)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    'regions_initials_prefix_idx',
    'regions_pinyin_prefix_idx',
    'regions_code_prefix_idx',
    'regions_name_lower_idx',
  ]) {
    await sql.raw(`DROP INDEX IF EXISTS ${index}`).execute(db);
  }
  for (const column of ['custom', 'initials', 'pinyin']) {
    await sql.raw(`ALTER TABLE regions DROP COLUMN IF EXISTS ${column}`).execute(db);
  }
}
