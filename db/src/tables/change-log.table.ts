import type { ColumnType, Generated, Selectable } from 'kysely';

type Json = ColumnType<unknown, string | null, string | null>;

/** Append-only: nothing in the app updates or deletes a row here. */
export interface ChangeLogTable {
  id: Generated<number>;
  entity:
    | 'observation'
    | 'target'
    | 'document'
    | 'indicator'
    | 'region'
    | 'user'
    | 'submission'
    | 'deadline';
  entity_key: string;
  old_value: Json;
  new_value: Json;
  user_name: string | null;
  channel: 'form' | 'import' | 'api' | 'system';
  note: string | null;
  at: Generated<Date>;
}

export type ChangeLogRow = Selectable<ChangeLogTable>;
