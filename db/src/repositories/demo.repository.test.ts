import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db';
import { createTestDb, testEngine } from '../testing/create-test-db';
import { DEMO_FIGURES_AUTHOR } from './demo.repository';

describe(`the demo's figures on ${testEngine()}`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  // The migration spells the author itself (it imports no app code): were the two to part,
  // every grid's demo probe would visit each figure's row again.
  it('are indexed apart under the author the grids ask for', async () => {
    const { rows } = await sql<{ indexdef: string }>`
      SELECT indexdef FROM pg_indexes
      WHERE tablename = 'observations' AND indexname = 'observations_demo_idx'
        AND schemaname = current_schema()`.execute(handle.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.indexdef).toContain(`WHERE (updated_by = '${DEMO_FIGURES_AUTHOR}'::text)`);
  });
});
