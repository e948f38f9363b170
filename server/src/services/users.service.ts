import type { Db } from '@targetboard/db/database';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import { deleteUserSessions } from '@targetboard/db/repositories/sessions.repository';
import {
  findUserById,
  insertUser,
  updateUser,
} from '@targetboard/db/repositories/users.repository';
import type {
  CreateUserBodySchema,
  UpdateUserBodySchema,
  User,
} from '@targetboard/shared/api/users.schema';
import type { z } from 'zod';
import { assertAcceptablePassword } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { AppError } from '../http/errors';
import { isForeignKeyViolation, isUniqueViolation } from '../http/pg-errors';
import { assertAnAdminRemains } from './last-admin.service';

type NewUser = z.infer<typeof CreateUserBodySchema>;
type UserEdit = z.infer<typeof UpdateUserBodySchema>;

/** 422 naming the field when a user's region does not exist (the foreign key refused it). */
const unknownRegion = (regionId: number | null | undefined) =>
  new AppError(422, 'validation_failed', `no region with id ${regionId}`, {
    issues: [{ path: 'json.regionId', message: 'unknown region' }],
  });

/**
 * An admin adds a user, logged without the password: 422 for a weak password or an unknown
 * region, 409 for a taken username.
 */
export async function createUser(db: Db, admin: User, input: NewUser): Promise<User> {
  assertAcceptablePassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction().execute(async (trx) => {
      const created = await insertUser(trx, { ...input, passwordHash });
      await appendChanges(trx, [
        {
          entity: 'user',
          key: String(created.id),
          oldValue: null,
          newValue: { username: created.username, role: created.role, regionId: created.regionId },
          user: admin.username,
          channel: 'api',
        },
      ]);
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError(409, 'conflict', `username ${input.username} is taken`);
    if (isForeignKeyViolation(error)) throw unknownRegion(input.regionId);
    throw error;
  }
}

/**
 * An admin changes a user at the version read (stale → 409 with the current user), logged
 * with the password only as 'changed'. A new password, disabling, or a changed role or region
 * ends the user's sessions; the last enabled admin stays one (409).
 */
export async function editUser(
  db: Db,
  admin: User,
  input: { id: number; changes: UserEdit },
): Promise<User> {
  const { id, changes } = input;
  const before = await findUserById(db, id);
  if (!before) throw new AppError(404, 'not_found', `no user ${id}`);
  if (changes.password) assertAcceptablePassword(changes.password, before);
  const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
  try {
    return await db.transaction().execute(async (trx) => {
      await assertAnAdminRemains(trx, before, changes);
      const updated = await updateUser(trx, id, changes.version, { ...changes, passwordHash });
      if (!updated) {
        const current = await findUserById(trx, id);
        throw new AppError(
          409,
          'conflict',
          'this user was changed by someone else; reload and try again',
          { current },
        );
      }
      if (
        passwordHash ||
        changes.disabled ||
        changes.role !== undefined ||
        changes.regionId !== undefined
      ) {
        await deleteUserSessions(trx, id);
      }
      const { version: _a, ...oldView } = before;
      const { version: _b, ...newView } = updated;
      await appendChanges(trx, [
        {
          entity: 'user',
          key: String(id),
          oldValue: oldView,
          newValue: { ...newView, ...(passwordHash && { password: 'changed' }) },
          user: admin.username,
          channel: 'api',
        },
      ]);
      return updated;
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw unknownRegion(changes.regionId);
    throw error;
  }
}
