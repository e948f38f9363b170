import type { ColumnType, Generated, Selectable } from 'kysely';

export interface DocumentsTable {
  id: Generated<number>;
  title: string;
  filename: string | null;
  format: 'text' | 'txt' | 'docx' | 'pdf' | 'html';
  encoding: string | null;
  region_id: number | null;
  /** The region as the document names it, kept even when it matches no row of regions. */
  region_name: string | null;
  year: number | null;
  original: Uint8Array | null;
  text: string;
  created_by: string | null;
  warnings: ColumnType<unknown, string | undefined, string>;
  sha256: string | null;
  size_bytes: number | null;
  created_at: Generated<Date>;
}

export type DocumentRow = Selectable<DocumentsTable>;
