import { testClient } from 'hono/testing';
import type { DbHandle } from '@targetboard/db/create-db';
import { createTestDb } from '@targetboard/db/testing/create-test-db';
import { createApp } from '../app';

/** A migrated test database (engine chosen by the vitest project) and the app on top of it. */
export async function createTestApp() {
  const database: DbHandle = await createTestDb();
  const app = createApp({ database, version: 'test' });
  return { app, client: testClient(app), database, close: () => database.close() };
}
