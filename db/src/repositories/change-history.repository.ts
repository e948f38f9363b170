import type { ChangeLogEntry } from '@targetboard/shared/api/change-log.schema';
import type { DbOrTrx } from '../database';
import type { ChangeLogRow, ChangeLogTable } from '../tables/change-log.table';
import { listImportedChanges } from './import-history.repository';

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

/**
 * Change-log entries oldest first (the history of a cell reads top to bottom). Observation
 * entries come from change_log (forms, API) and from the imports' compact log, derived per
 * cell; both draw ids from one sequence, so merging by id keeps the order they happened in.
 */
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
  const logged = (await query.orderBy('id').limit(q.limit).execute()).map(rowToChange);
  if (q.entity !== 'observation') return logged;
  const imported = await listImportedChanges(db, q);
  if (imported.length === 0) return logged;
  // Both lists are in id order; a stable sort keeps an import's cells in their own order.
  return [...logged, ...imported].sort((a, b) => a.id - b.id).slice(0, q.limit);
}
