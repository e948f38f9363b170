import { randomBytes } from 'node:crypto';
import type { Db } from '@targetboard/db/database';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import { countUsers, insertUser } from '@targetboard/db/repositories/users.repository';
import { isSafeUsername, normaliseUsername } from '@targetboard/shared/users/username';
import { passwordProblem } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import type { Logger } from '../http/logger';

/**
 * On a database with no user, creates the first admin from ADMIN_USERNAME / ADMIN_PASSWORD,
 * or with a random password shown once on the terminal (never in the JSON log, which is kept
 * and shipped) that must be changed at first sign-in. No fixed default password exists.
 */
export async function ensureFirstAdmin(
  db: Db,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  terminal: (text: string) => void,
): Promise<void> {
  if ((await countUsers(db)) > 0) return;
  const username = normaliseUsername(env.ADMIN_USERNAME ?? '') || 'admin';
  if (!isSafeUsername(username))
    throw new Error(`ADMIN_USERNAME "${username}" may use only letters, digits, Chinese and . _ -`);
  const given = env.ADMIN_PASSWORD;
  const problem = given === undefined ? null : passwordProblem(given, { username });
  if (problem) throw new Error(`ADMIN_PASSWORD is not acceptable: ${problem}`);
  const password = given ?? randomBytes(12).toString('base64url');
  await db.transaction().execute(async (trx) => {
    const user = await insertUser(trx, {
      username,
      displayName: '管理员',
      passwordHash: await hashPassword(password),
      role: 'admin',
      regionId: null,
      mustChangePassword: given === undefined,
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
    // Shown once, on purpose: the operator needs it to sign in; it is not stored anywhere else.
    terminal(
      [
        '',
        '首个管理员账号已创建（first admin created）',
        `  用户名 username: ${username}`,
        `  密码   password: ${password}`,
        '此密码只显示这一次，首次登录后必须修改（shown once; must be changed at first sign-in）。',
        '',
      ].join('\n'),
    );
    logger.warn('first admin created; its generated password is shown once on the terminal', {
      username,
    });
  } else {
    logger.info('first admin created from ADMIN_USERNAME / ADMIN_PASSWORD', { username });
  }
}
