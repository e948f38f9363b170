/**
 * Times a 100,000-row CSV import end to end (parse, resolve, validate, lock, write, log):
 *   cd server && npx tsx src/cli/bench-import.ts            (PGlite in memory)
 *   TB_TEST_ENGINE=postgres TEST_DATABASE_URL=postgres://… npx tsx src/cli/bench-import.ts
 * On PostgreSQL it works in a throw-away schema, dropped at the end (as the tests do).
 */
import { createTestDb } from '@targetboard/db/testing/create-test-db';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import type { User } from '@targetboard/shared/api/users.schema';
import { readImportFile } from '../services/import-file';
import { importObservations } from '../services/observation-import.service';

const ROWS = Number(process.env.ROWS ?? 100_000);
const QUARTERS = [
  '2024Q1',
  '2024Q2',
  '2024Q3',
  '2024Q4',
  '2025Q1',
  '2025Q2',
  '2025Q3',
  '2025Q4',
  '2026Q1',
  '2026Q2',
];

async function main() {
  const handle = await createTestDb();
  try {
    const f = await seedReportingFixture(handle.db);
    const indicators = ['T参合率', 'T增长率', 'T全科医生数', 'T孕产妇死亡率'];
    const values = ['95', '5', '30', '10'];
    const regionsNeeded = Math.ceil(ROWS / (indicators.length * QUARTERS.length));
    await handle.db
      .insertInto('regions')
      .values(
        Array.from({ length: regionsNeeded }, (_, i) => ({
          code: `B${String(i).padStart(6, '0')}`,
          name: `区${i}`,
          level: 4,
          parent_id: f.regions.city,
        })),
      )
      .execute();
    const lines = ['region_code,indicator,quarter,value,numerator,denominator,note'];
    outer: for (let r = 0; r < regionsNeeded; r++)
      for (const q of QUARTERS)
        for (let k = 0; k < indicators.length; k++) {
          if (lines.length > ROWS) break outer;
          lines.push(`B${String(r).padStart(6, '0')},${indicators[k]},${q},${values[k]},,,`);
        }
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const user: User = {
      id: 0,
      username: 'bench',
      displayName: 'bench',
      role: 'admin',
      regionId: null,
      regionName: null,
      disabled: false,
      version: 1,
    };
    for (const label of ['first import (all created)', 're-import (all unchanged)']) {
      const start = performance.now();
      const table = await readImportFile(bytes, 'bench.csv');
      const parsed = performance.now();
      const reply = await importObservations(handle.db, table, user, false);
      const ms = performance.now() - start;
      console.log(
        `${handle.engine} ${label}: ${reply.rows} rows in ${(ms / 1000).toFixed(2)} s ` +
          `(parse ${((parsed - start) / 1000).toFixed(2)} s) → ${Math.round(reply.rows / (ms / 1000))} rows/s; ` +
          `created ${reply.created}, updated ${reply.updated}, unchanged ${reply.unchanged}`,
      );
    }
  } finally {
    await handle.close();
  }
}

await main();
