import type { Generated, Selectable } from 'kysely';

export interface RegionsTable {
  id: Generated<number>;
  /** GB/T 2260 six-digit code, or a custom code for units the standard does not list. */
  code: string;
  name: string;
  /** 0 国家, 1 省, 2 市, 3 县/区, 4 镇/街道 — custom units take their parent's level + 1. */
  level: number;
  parent_id: number | null;
  created_at: Generated<Date>;
}

export type RegionRow = Selectable<RegionsTable>;
