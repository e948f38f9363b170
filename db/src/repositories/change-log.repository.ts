import type { DbOrTrx } from '../database';
import type { ChangeLogTable } from '../tables/change-log.table';

export interface ChangeEntry {
  entity: ChangeLogTable['entity'];
  key: string;
  oldValue: unknown;
  newValue: unknown;
  user: string | null;
  channel: ChangeLogTable['channel'];
  note?: string | null | undefined;
}

/** Appends to the change log; nothing ever updates or deletes these rows. */
export async function appendChanges(db: DbOrTrx, entries: ChangeEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('change_log')
    .values(
      entries.map((e) => ({
        entity: e.entity,
        entity_key: e.key,
        old_value:
          e.oldValue === undefined || e.oldValue === null ? null : JSON.stringify(e.oldValue),
        new_value:
          e.newValue === undefined || e.newValue === null ? null : JSON.stringify(e.newValue),
        user_name: e.user,
        channel: e.channel,
        note: e.note ?? null,
      })),
    )
    .execute();
}
