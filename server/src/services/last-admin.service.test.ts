import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@targetboard/db/create-db';
import { insertUser, updateUser } from '@targetboard/db/repositories/users.repository';
import { createTestDb, testEngine } from '@targetboard/db/testing/create-test-db';
import type { User } from '@targetboard/shared/api/users.schema';
import { assertAnAdminRemains } from './last-admin.service';

describe(`the last admin stays on ${testEngine()}`, () => {
  let database: DbHandle;
  let a: User;
  let b: User;
  beforeAll(async () => {
    database = await createTestDb();
    const admin = (username: string) =>
      insertUser(database.db, {
        username,
        displayName: username,
        passwordHash: 'x',
        role: 'admin',
        regionId: null,
      });
    a = await admin('admin-a');
    b = await admin('admin-b');
  });
  afterAll(() => database.close());

  const pause = () => new Promise((resolve) => setTimeout(resolve, 150));

  it('refuses the second of two admins disabling each other while the first is still open', async () => {
    // The first transaction disables b and holds on; the second, disabling a, must wait for it
    // and then see that a is the last one. Without the lock it would read b as still enabled.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const disable = (user: User, wait?: Promise<void>) =>
      database.db.transaction().execute(async (trx) => {
        await assertAnAdminRemains(trx, user, { disabled: true });
        await updateUser(trx, user.id, user.version, { disabled: true });
        await wait;
      });
    const first = disable(b, gate);
    await pause();
    const second = disable(a).then(
      () => null,
      (error: unknown) => error,
    );
    await pause();
    release();
    await first;
    expect(await second).toMatchObject({ status: 409, details: { reason: 'last_admin' } });
    const enabled = await database.db
      .selectFrom('users')
      .select('username')
      .where('role', '=', 'admin')
      .where('disabled', '=', false)
      .execute();
    expect(enabled).toEqual([{ username: 'admin-a' }]);
  });
});
