import type { Generated, Selectable } from 'kysely';

/** One row per administrative level whose deadline an admin set; no row means the default. */
export interface ReportingDeadlinesTable {
  level: number;
  grace_days: number;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export type ReportingDeadlineRow = Selectable<ReportingDeadlinesTable>;
