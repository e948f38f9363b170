import type { Generated } from 'kysely';

/** One import's who and when (migration 2026-12-05-0347); append-only like change_log. */
export interface ImportBatchesTable {
  id: Generated<number>;
  user_name: string | null;
  channel: 'form' | 'import' | 'api' | 'system';
  at: Generated<Date>;
  created: number;
  updated: number;
}

/** The cells one import wrote in one region, as parallel arrays (index i is one cell). */
export interface ImportCellChangesTable {
  batch_id: number;
  region_id: number;
  indicator_ids: number[];
  quarters: string[];
  /**
   * 0 where the import created the cell. The five old_ arrays are empty (`{}`) in a row whose
   * cells the import all created: unnested beside the others, each cell reads version 0, no figure.
   */
  old_versions: number[];
  old_values: (number | null)[];
  old_numerators: (number | null)[];
  old_denominators: (number | null)[];
  old_notes: (string | null)[];
  new_values: (number | null)[];
  new_numerators: (number | null)[];
  new_denominators: (number | null)[];
  new_notes: (string | null)[];
}
