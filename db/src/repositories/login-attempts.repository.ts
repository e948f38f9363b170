import type { DbOrTrx } from '../database';

export async function recordLoginAttempt(
  db: DbOrTrx,
  attempt: { username: string; ip: string; success: boolean },
): Promise<void> {
  await db.insertInto('login_attempts').values(attempt).execute();
}

/** Failed attempts since `since` for this username (any case) and from this address. */
export async function countRecentFailures(
  db: DbOrTrx,
  username: string,
  ip: string,
  since: Date,
): Promise<{ byUsername: number; byIp: number }> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => [
      eb.fn
        .count<number>('id')
        .filterWhere((f) => f(f.fn('lower', ['username']), '=', username.toLowerCase()))
        .as('by_username'),
      eb.fn.count<number>('id').filterWhere('ip', '=', ip).as('by_ip'),
    ])
    .where('success', '=', false)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { byUsername: Number(row.by_username), byIp: Number(row.by_ip) };
}
