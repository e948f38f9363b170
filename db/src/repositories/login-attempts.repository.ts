import { sql } from 'kysely';
import type { DbOrTrx } from '../database';

/**
 * Holds, until the transaction ends, a lock on one caller address's sign-in attempts, so that
 * counting them and recording a new one is one step even across server instances.
 */
export async function lockLoginAddress(trx: DbOrTrx, ip: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`login:${ip}`}, 0))`.execute(trx);
}

/** Records an attempt as failed (it counts against the limits until it is marked a success); returns its id. */
export async function recordLoginAttempt(
  db: DbOrTrx,
  attempt: { username: string; ip: string },
): Promise<number> {
  const row = await db
    .insertInto('login_attempts')
    .values({ ...attempt, success: false })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function markLoginSucceeded(db: DbOrTrx, id: number): Promise<void> {
  await db.updateTable('login_attempts').set({ success: true }).where('id', '=', id).execute();
}

/**
 * Failed attempts since `since`: on this account from this address, from this address on any
 * account, and on this account from anywhere. Usernames compare in lower case.
 */
export async function countRecentFailures(
  db: DbOrTrx,
  username: string,
  ip: string,
  since: Date,
): Promise<{ byAccountAndAddress: number; byAddress: number; byAccount: number }> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => {
      const account = eb(eb.fn('lower', ['username']), '=', username.toLowerCase());
      const address = eb('ip', '=', ip);
      return [
        eb.fn
          .countAll<number>()
          .filterWhere(eb.and([account, address]))
          .as('pair'),
        eb.fn.countAll<number>().filterWhere(address).as('address'),
        eb.fn.countAll<number>().filterWhere(account).as('account'),
      ];
    })
    .where('success', '=', false)
    .where('at', '>', since)
    .where((eb) =>
      eb.or([eb('ip', '=', ip), eb(eb.fn('lower', ['username']), '=', username.toLowerCase())]),
    )
    .executeTakeFirstOrThrow();
  return {
    byAccountAndAddress: Number(row.pair),
    byAddress: Number(row.address),
    byAccount: Number(row.account),
  };
}
