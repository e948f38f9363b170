import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { CpuMeter } from './backend-cpu';

const url = process.env.TEST_DATABASE_URL;
const onPostgres = process.env.TB_TEST_ENGINE === 'postgres' && url !== undefined;

describe('CpuMeter', () => {
  it('counts no server CPU without a connection to the server', () => {
    const meter = new CpuMeter(5432);
    const a = meter.sample();
    let x = 0;
    for (let i = 0; i < 2e7; i++) x += i % 7;
    const b = meter.sample();
    expect(x).toBeGreaterThan(0);
    expect(b.server - a.server).toBe(0);
    expect(b.node).toBeGreaterThanOrEqual(a.node);
  });

  it.runIf(onPostgres)("counts the CPU of this process's backend", async () => {
    const port = Number(new URL(url!).port || 5432);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const meter = new CpuMeter(port);
      const busy = 'SELECT count(*) FROM generate_series(1, 4000000) g WHERE g % 7 = 3';
      const a = meter.sample();
      await client.query(busy);
      const b = meter.sample();
      // The query costs the backend a few tenths of a second and this process almost none.
      expect(b.server - a.server).toBeGreaterThan(0.05);
      // Idle since: nothing more is counted.
      const c = meter.sample();
      expect(c.server - b.server).toBeLessThan(0.02);
    } finally {
      await client.end();
    }
  });
});
