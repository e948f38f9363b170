import { createDb } from '../create-db';
import { migrateToLatest } from '../migrate';

// `pnpm db:migrate`: the same migrations the server runs at start, on DATABASE_URL or DATA_DIR.
const handle = await createDb({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR ?? 'data',
});
try {
  const applied = await migrateToLatest(handle.db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
} finally {
  await handle.close();
}
