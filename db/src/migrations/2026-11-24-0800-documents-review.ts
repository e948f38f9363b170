import { type Kysely, sql } from 'kysely';

// What the review screen needs beyond the first schema: the extractor's warnings (targets
// without a number) kept with the document, a content hash to spot the same file uploaded
// twice, and an index for listing a document's targets in text order.
const up_statements = [
  `ALTER TABLE documents ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]'`,
  `ALTER TABLE documents ADD COLUMN sha256 text`,
  `ALTER TABLE documents ADD COLUMN size_bytes integer`,
  `CREATE INDEX documents_sha256_idx ON documents (sha256)`,
  `CREATE INDEX targets_document_order_idx ON targets (document_id, source_start)`,
  `CREATE INDEX targets_key_idx ON targets (indicator_id, region_id, year) WHERE state = 'confirmed'`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP INDEX IF EXISTS targets_key_idx`).execute(db);
  await sql.raw(`DROP INDEX IF EXISTS targets_document_order_idx`).execute(db);
  await sql
    .raw(`ALTER TABLE documents DROP COLUMN warnings, DROP COLUMN sha256, DROP COLUMN size_bytes`)
    .execute(db);
}
