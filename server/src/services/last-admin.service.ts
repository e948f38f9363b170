import type { DbOrTrx } from '@targetboard/db/database';
import {
  lockEnabledAdminIds,
  type UserChanges,
} from '@targetboard/db/repositories/users.repository';
import type { User } from '@targetboard/shared/api/users.schema';
import { AppError } from '../http/errors';

/**
 * 409 when the change would disable or demote the last enabled admin: nobody could then manage
 * users, and only a database edit would bring an admin back. Call it inside the transaction that
 * makes the change; it locks the admins' rows so two admins demoting each other cannot both win.
 */
export async function assertAnAdminRemains(
  trx: DbOrTrx,
  before: User,
  changes: Pick<UserChanges, 'role' | 'disabled'>,
): Promise<void> {
  const leaves =
    before.role === 'admin' &&
    !before.disabled &&
    (changes.disabled === true || (changes.role !== undefined && changes.role !== 'admin'));
  if (!leaves) return;
  const others = (await lockEnabledAdminIds(trx)).filter((id) => id !== before.id);
  if (others.length === 0)
    throw new AppError(
      409,
      'conflict',
      '这是最后一个启用的管理员，不能停用或改为其他角色 (the last enabled admin cannot be disabled or demoted)',
      { reason: 'last_admin' },
    );
}
