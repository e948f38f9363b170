import { randomBytes } from 'node:crypto';
import type { Db } from '@targetboard/db/database';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import { countUsers, insertUser } from '@targetboard/db/repositories/users.repository';
import { hashPassword } from '../auth/passwords';
import type { Logger } from '../http/logger';

/**
 * On a database with no user, creates the first admin from ADMIN_USERNAME / ADMIN_PASSWORD,
 * or with a random password printed once to the log. No fixed default password exists.
 */
export async function ensureFirstAdmin(
  db: Db,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<void> {
  if ((await countUsers(db)) > 0) return;
  const username = env.ADMIN_USERNAME?.trim() || 'admin';
  const given = env.ADMIN_PASSWORD;
  if (given !== undefined && given.length < 10)
    throw new Error('ADMIN_PASSWORD must have at least 10 characters');
  const password = given ?? randomBytes(12).toString('base64url');
  await db.transaction().execute(async (trx) => {
    const user = await insertUser(trx, {
      username,
      displayName: '管理员',
      passwordHash: await hashPassword(password),
      role: 'admin',
      regionId: null,
    });
    await appendChanges(trx, [
      {
        entity: 'user',
        key: String(user.id),
        oldValue: null,
        newValue: { username, role: 'admin' },
        user: null,
        channel: 'system',
        note: 'first admin',
      },
    ]);
  });
  if (given === undefined) {
    // Printed once, on purpose: the operator needs it to sign in; it is not stored anywhere else.
    logger.warn('first admin created; change this password after signing in', {
      username,
      password,
    });
  } else {
    logger.info('first admin created from ADMIN_USERNAME / ADMIN_PASSWORD', { username });
  }
}
