import type { Generated, Selectable } from 'kysely';

export interface TargetsTable {
  id: Generated<number>;
  indicator_id: number | null;
  /** The name as extracted or typed; kept beside indicator_id so a rename never rewrites history. */
  indicator_name: string;
  region_id: number | null;
  region_name: string | null;
  scope: string | null;
  year: number | null;
  comparator: '>=' | '>' | '<=' | '<' | '=' | '~';
  value: number | null;
  value_max: number | null;
  unit: string;
  tolerance: number | null;
  kind: 'rate' | 'amount' | 'count';
  direction: 'up' | 'down' | 'band';
  /** intensive: inherited by sub-regions; additive: the region's own total, never pushed down. */
  measure: Generated<'intensive' | 'additive'>;
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
