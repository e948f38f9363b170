import type { ColumnType, Generated, Selectable } from 'kysely';

export interface IndicatorsTable {
  id: Generated<number>;
  name: string;
  unit: string;
  direction: 'up' | 'down' | 'band';
  kind: 'rate' | 'amount' | 'count';
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
