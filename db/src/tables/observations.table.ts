import type { Generated, Selectable } from 'kysely';

export interface ObservationsTable {
  indicator_id: number;
  region_id: number;
  /** `YYYYQn`, validated by shared/quarters before it gets here. */
  quarter: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  /** Optimistic-concurrency counter: a write names the version it read. */
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export type ObservationRow = Selectable<ObservationsTable>;
