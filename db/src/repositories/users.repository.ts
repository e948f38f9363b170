import type { User } from '@targetboard/shared/api/users.schema';
import type { DbOrTrx } from '../database';
import type { UserRow } from '../tables/users.table';

type UserWithRegion = UserRow & { region_name: string | null };

export function rowToUser(row: UserWithRegion): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    regionId: row.region_id,
    regionName: row.region_name,
    disabled: row.disabled,
    mustChangePassword: row.must_change_password,
    version: row.version,
  };
}

/** Users with their region's name, ready for `rowToUser`. */
export function selectUsers(db: DbOrTrx) {
  return db
    .selectFrom('users')
    .leftJoin('regions', 'regions.id', 'users.region_id')
    .selectAll('users')
    .select('regions.name as region_name');
}

export async function countUsers(db: DbOrTrx): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The user and password hash for a login; usernames match case-insensitively. */
export async function findUserForLogin(
  db: DbOrTrx,
  username: string,
): Promise<(User & { passwordHash: string }) | null> {
  const row = await selectUsers(db)
    .where((eb) => eb(eb.fn('lower', ['users.username']), '=', username.toLowerCase()))
    .executeTakeFirst();
  return row ? { ...rowToUser(row), passwordHash: row.password_hash } : null;
}

export async function findUserById(db: DbOrTrx, id: number): Promise<User | null> {
  const row = await selectUsers(db).where('users.id', '=', id).executeTakeFirst();
  return row ? rowToUser(row) : null;
}

/**
 * Ids of the enabled admins, locked until the transaction ends: two admins demoting each other
 * at once then take turns, and the second sees the first's change.
 */
export async function lockEnabledAdminIds(db: DbOrTrx): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled', '=', false)
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map((r) => r.id);
}

export async function listUsers(db: DbOrTrx): Promise<User[]> {
  const rows = await selectUsers(db).orderBy('users.username').execute();
  return rows.map(rowToUser);
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: User['role'];
  regionId: number | null;
  /** The password was generated or shared: the user must choose their own at first sign-in. */
  mustChangePassword?: boolean;
}

export async function insertUser(db: DbOrTrx, user: NewUser): Promise<User> {
  const { id } = await db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      region_id: user.regionId,
      must_change_password: user.mustChangePassword ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findUserById(db, id))!;
}

export interface UserChanges {
  displayName?: string | undefined;
  passwordHash?: string | undefined;
  role?: User['role'] | undefined;
  regionId?: number | null | undefined;
  disabled?: boolean | undefined;
  mustChangePassword?: boolean | undefined;
}

/** Applies the changes when `version` is still current; returns null when it is stale or the user is gone. */
export async function updateUser(
  db: DbOrTrx,
  id: number,
  version: number,
  changes: UserChanges,
): Promise<User | null> {
  const result = await db
    .updateTable('users')
    .set((eb) => ({
      ...(changes.displayName !== undefined && { display_name: changes.displayName }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.regionId !== undefined && { region_id: changes.regionId }),
      ...(changes.disabled !== undefined && { disabled: changes.disabled }),
      ...(changes.mustChangePassword !== undefined && {
        must_change_password: changes.mustChangePassword,
      }),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n ? findUserById(db, id) : null;
}
