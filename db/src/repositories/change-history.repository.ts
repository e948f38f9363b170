import type { ChangeLogEntry } from '@targetboard/shared/api/change-log.schema';
import type { DbOrTrx } from '../database';
import type { ChangeLogRow, ChangeLogTable } from '../tables/change-log.table';

function rowToChange(row: ChangeLogRow): ChangeLogEntry {
  return {
    id: Number(row.id),
    entity: row.entity,
    key: row.entity_key,
    oldValue: row.old_value ?? null,
    newValue: row.new_value ?? null,
    user: row.user_name,
    channel: row.channel,
    note: row.note,
    at: new Date(row.at).toISOString(),
  };
}

export interface ChangeQuery {
  entity: ChangeLogTable['entity'];
  /** One cell or submission. */
  key?: string | undefined;
  /** Keys are `regionId:…`; with `quarter`, `regionId:%:quarter` (observations) or `regionId:quarter`. */
  regionId?: number | undefined;
  quarter?: string | undefined;
  limit: number;
}

const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Change-log entries oldest first (the history of a cell reads top to bottom). */
export async function listChanges(db: DbOrTrx, q: ChangeQuery): Promise<ChangeLogEntry[]> {
  let query = db.selectFrom('change_log').selectAll().where('entity', '=', q.entity);
  if (q.key !== undefined) query = query.where('entity_key', '=', q.key);
  if (q.regionId !== undefined) {
    const pattern =
      q.quarter === undefined
        ? `${q.regionId}:%`
        : q.entity === 'observation'
          ? `${q.regionId}:%:${likeLiteral(q.quarter)}`
          : `${q.regionId}:${likeLiteral(q.quarter)}`;
    query = query.where('entity_key', 'like', pattern);
  }
  const rows = await query.orderBy('id').limit(q.limit).execute();
  return rows.map(rowToChange);
}
