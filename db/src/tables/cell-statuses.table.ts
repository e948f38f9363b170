import type { Generated } from 'kysely';
import type { ReasonCode } from '@targetboard/shared/targets/reason';
import type { TargetStatus } from '@targetboard/shared/targets/status';

/**
 * A cell's status as of each quarter of a year (migration 2026-12-06-0100) and, in arrays of
 * four (Q1…Q4), what the judgement rested on (migration 2026-12-06-0310).
 */
export interface CellStatusesTable {
  year: number;
  region_id: number;
  indicator_id: number;
  target_id: number;
  q1: TargetStatus;
  q2: TargetStatus;
  q3: TargetStatus;
  q4: TargetStatus;
  reasons: ReasonCode[];
  /** The figure judged (latest or year to date); null where none was. */
  actuals: (number | null)[];
  /** The quarter of the year (1–4) that figure is of. */
  actual_quarters: (number | null)[];
  projections: (number | null)[];
  margins: (number | null)[];
  /**
   * Of the row as the refresh wrote it (migration 2026-12-06-0600); null once anything else
   * updates the row, which the next refresh then writes again.
   */
  digest: string | null;
}

/** The years `cell_statuses` holds in full, and the version of the status rules they were judged by. */
export interface CellStatusYearsTable {
  year: number;
  rules_version: number;
}

/** What a write may have changed and is still to be judged again (written by triggers). */
export interface CellStatusDirtyTable {
  id: Generated<string>;
  region_ids: number[] | null;
  subtree: boolean;
  indicator_ids: number[] | null;
  year_from: number | null;
  year_to: number | null;
}
