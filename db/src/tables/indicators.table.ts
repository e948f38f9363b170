import type { ColumnType, Generated, Selectable } from 'kysely';

export interface IndicatorsTable {
  id: Generated<number>;
  name: string;
  unit: string;
  direction: 'up' | 'down' | 'band';
  kind: 'rate' | 'amount' | 'count';
  category: string;
  synonyms: ColumnType<string[], string[] | undefined, string[]>;
  created_at: Generated<Date>;
}

export type IndicatorRow = Selectable<IndicatorsTable>;
