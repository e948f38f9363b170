import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Direction, TargetKind } from '@targetboard/shared/targets/vocabulary';

export interface IndicatorsTable {
  id: Generated<number>;
  name: string;
  unit: string;
  direction: Direction;
  kind: TargetKind;
  category: string;
  synonyms: ColumnType<string[], string[] | undefined, string[]>;
  /** A % that may fall below 0 (a growth rate); others are checked against 0–100. */
  allow_negative: Generated<boolean>;
  created_at: Generated<Date>;
}

export type IndicatorRow = Selectable<IndicatorsTable>;

/** The seeded catalogue names already offered to this database (each is offered once). */
export interface IndicatorSeedsTable {
  name: string;
  offered_at: Generated<Date>;
}
