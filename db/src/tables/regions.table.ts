import type { Generated, Selectable } from 'kysely';

export interface RegionsTable {
  id: Generated<number>;
  /** GB/T 2260 six-digit code, or a custom code for units the standard does not list. */
  code: string;
  name: string;
  /** 0 国家, 1 省, 2 市, 3 县/区, 4 镇/街道 — custom units take their parent's level + 1. */
  level: number;
  parent_id: number | null;
  /** Full pinyin without tones or spaces, lowercase, ü as v: 四川省 → sichuansheng. */
  pinyin: string | null;
  /** First letter of each syllable: 四川省 → scs. */
  initials: string | null;
  /** Added by a user, not from GB/T 2260; the standard list loader never touches it. */
  custom: Generated<boolean>;
  created_at: Generated<Date>;
}

export type RegionRow = Selectable<RegionsTable>;
