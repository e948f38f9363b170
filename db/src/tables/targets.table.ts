import type { Generated, Selectable } from 'kysely';
import type { Measure } from '@targetboard/shared/targets/measure';
import type { Comparator, Direction, TargetKind } from '@targetboard/shared/targets/vocabulary';

export interface TargetsTable {
  id: Generated<number>;
  indicator_id: number | null;
  /** The name as extracted or typed; kept beside indicator_id so a rename never rewrites history. */
  indicator_name: string;
  region_id: number | null;
  region_name: string | null;
  scope: string | null;
  year: number | null;
  comparator: Comparator;
  value: number | null;
  value_max: number | null;
  unit: string;
  tolerance: number | null;
  kind: TargetKind;
  direction: Direction;
  /** intensive: inherited by sub-regions; additive: the region's own total, never pushed down. */
  measure: Generated<Measure>;
  confidence: number | null;
  document_id: number | null;
  source_start: number | null;
  source_end: number | null;
  quote: string | null;
  state: Generated<'draft' | 'confirmed' | 'rejected'>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type TargetRow = Selectable<TargetsTable>;
