import { sql } from 'kysely';
import type { DocumentDetail, DocumentSummary } from '@targetboard/shared/api/documents.schema';
import type { DbOrTrx } from '../database';
import type { DocumentsTable } from '../tables/documents.table';

export interface NewDocument {
  title: string;
  filename: string | null;
  format: DocumentsTable['format'];
  encoding: string | null;
  regionId: number | null;
  regionName: string | null;
  year: number | null;
  original: Uint8Array | null;
  text: string;
  warnings: unknown[];
  sha256: string | null;
  createdBy: string | null;
}

export async function insertDocument(db: DbOrTrx, doc: NewDocument): Promise<number> {
  const row = await db
    .insertInto('documents')
    .values({
      title: doc.title,
      filename: doc.filename,
      format: doc.format,
      encoding: doc.encoding,
      region_id: doc.regionId,
      region_name: doc.regionName,
      year: doc.year,
      original: doc.original,
      text: doc.text,
      warnings: JSON.stringify(doc.warnings),
      sha256: doc.sha256,
      size_bytes: doc.original?.length ?? null,
      created_by: doc.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function summaries(db: DbOrTrx) {
  return db
    .selectFrom('documents')
    .leftJoin('regions', 'regions.id', 'documents.region_id')
    .select([
      'documents.id',
      'documents.title',
      'documents.filename',
      'documents.format',
      'documents.encoding',
      'documents.region_id',
      'documents.region_name',
      'documents.year',
      'documents.created_by',
      'documents.created_at',
      'regions.name as matched_region',
      sql<number>`(SELECT count(*) FROM targets t WHERE t.document_id = documents.id AND t.state = 'draft')`.as(
        'draft',
      ),
      sql<number>`(SELECT count(*) FROM targets t WHERE t.document_id = documents.id AND t.state = 'confirmed')`.as(
        'confirmed',
      ),
      sql<number>`(SELECT count(*) FROM targets t WHERE t.document_id = documents.id AND t.state = 'rejected')`.as(
        'rejected',
      ),
      sql<number>`(SELECT count(*) FROM targets t WHERE t.document_id = documents.id AND t.state = 'draft' AND t.value IS NULL)`.as(
        'missing_value',
      ),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['executeTakeFirstOrThrow']>>;

function rowToSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    filename: row.filename,
    format: row.format,
    encoding: row.encoding,
    regionId: row.region_id,
    // The region it is filed under; the name the text gives ("全市") may match no region.
    region: row.matched_region,
    year: row.year,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    counts: {
      draft: Number(row.draft),
      confirmed: Number(row.confirmed),
      rejected: Number(row.rejected),
      missingValue: Number(row.missing_value),
    },
  };
}

/**
 * Who may read which documents: a reader's regions, and the documents with no region that the
 * reader uploaded. `null` is everything (admins). The same rule as `documentIsReadable` in
 * server/src/auth/document-scope.ts; server/src/routes/document-scope.test.ts checks that the
 * list and the single read agree.
 */
export interface DocumentScope {
  regionIds: number[];
  username: string;
}

/** Documents newest first, limited to the scope. */
export async function listDocuments(
  db: DbOrTrx,
  scope: DocumentScope | null,
): Promise<DocumentSummary[]> {
  let query = summaries(db).orderBy('documents.id', 'desc');
  if (scope) {
    query = query.where((eb) =>
      eb.or([
        eb.and([
          eb('documents.region_id', 'is', null),
          eb('documents.created_by', '=', scope.username),
        ]),
        ...(scope.regionIds.length ? [eb('documents.region_id', 'in', scope.regionIds)] : []),
      ]),
    );
  }
  return (await query.execute()).map(rowToSummary);
}

export async function findDocument(db: DbOrTrx, id: number): Promise<DocumentDetail | null> {
  const row = await summaries(db)
    .select(['documents.text', 'documents.warnings'])
    .where('documents.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ...rowToSummary(row),
    text: row.text,
    warnings: row.warnings as DocumentDetail['warnings'],
  };
}

export async function findDocumentIdBySha256(db: DbOrTrx, sha256: string): Promise<number | null> {
  const row = await db
    .selectFrom('documents')
    .select('id')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function findDocumentRegion(
  db: DbOrTrx,
  id: number,
): Promise<{ regionId: number | null } | null> {
  const row = await db
    .selectFrom('documents')
    .select('region_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { regionId: row.region_id } : null;
}
