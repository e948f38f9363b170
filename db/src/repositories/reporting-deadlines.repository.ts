import { sql } from 'kysely';
import type { DbOrTrx } from '../database';
import { appendChanges } from './change-log.repository';

export interface StoredDeadline {
  level: number;
  graceDays: number;
  updatedBy: string | null;
  updatedAt: string;
}

/** The deadlines an admin set, by level; a level not listed keeps the default. */
export async function listDeadlines(db: DbOrTrx): Promise<Map<number, StoredDeadline>> {
  const rows = await db.selectFrom('reporting_deadlines').selectAll().orderBy('level').execute();
  return new Map(
    rows.map((r) => [
      r.level,
      {
        level: r.level,
        graceDays: r.grace_days,
        updatedBy: r.updated_by,
        updatedAt: new Date(r.updated_at).toISOString(),
      },
    ]),
  );
}

/** Sets a level's grace days (insert or replace) and logs the change with the old value. */
export async function setDeadline(
  trx: DbOrTrx,
  level: number,
  graceDays: number,
  user: string,
): Promise<StoredDeadline> {
  const before = await trx
    .selectFrom('reporting_deadlines')
    .select('grace_days')
    .where('level', '=', level)
    .executeTakeFirst();
  const row = await trx
    .insertInto('reporting_deadlines')
    .values({ level, grace_days: graceDays, updated_by: user })
    .onConflict((oc) =>
      oc.column('level').doUpdateSet({
        grace_days: graceDays,
        updated_by: user,
        updated_at: sql`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendChanges(trx, [
    {
      entity: 'deadline',
      key: String(level),
      oldValue: before ? { graceDays: before.grace_days } : null,
      newValue: { graceDays },
      user,
      channel: 'api',
    },
  ]);
  return {
    level: row.level,
    graceDays: row.grace_days,
    updatedBy: row.updated_by,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
