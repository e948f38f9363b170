import type { ColumnType, Generated, Selectable } from 'kysely';
import type { SubmissionGap } from '@targetboard/shared/reporting/submission-gaps';

/** One per (region, quarter) once someone saves or submits; absent means not started. */
export interface SubmissionsTable {
  region_id: number;
  quarter: string;
  state: Generated<'draft' | 'submitted' | 'approved' | 'returned'>;
  /** Why it was returned (required then) or re-opened. */
  reason: string | null;
  version: Generated<number>;
  submitted_by: string | null;
  submitted_at: Date | null;
  approved_by: string | null;
  approved_at: Date | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
  /** Missing figures and their reasons, written at submission (JSON text in, parsed out). */
  gaps: ColumnType<SubmissionGap[] | null, string | null | undefined, string | null>;
}

export type SubmissionRow = Selectable<SubmissionsTable>;
