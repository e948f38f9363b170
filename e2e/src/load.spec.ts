import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, inParallel } from './api-session';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

// 200 reporters, each in its own prefecture, save and submit at once against the real server
// (PostgreSQL when TEST_DATABASE_URL is set, else PGlite). Bounded: a fixed number of requests,
// all on loopback. Afterwards every acknowledged write must be in the table exactly as
// acknowledged, and the change log must agree with it cell by cell.
const REPORTERS = 200;
const QUARTER = '2017Q2';
const PASSWORD = 'load-test-password';

interface Region {
  id: number;
  name: string;
}

describe(`${REPORTERS} concurrent reporters`, () => {
  let server: RunningServer;
  let admin: ApiSession;
  let dropDatabase: (() => Promise<void>) | undefined;
  const reporters: { session: ApiSession; region: Region }[] = [];
  let indicatorId: number;

  beforeAll(async () => {
    const env: Record<string, string> = {};
    if (process.env.TEST_DATABASE_URL) {
      const dbName = `tb_load_${process.pid}_${Date.now()}`;
      const adminSql = async (text: string) => {
        const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        await client.connect();
        await client.query(text).finally(() => client.end());
      };
      await adminSql(`CREATE DATABASE ${dbName}`);
      dropDatabase = () => adminSql(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      const url = new URL(process.env.TEST_DATABASE_URL);
      url.pathname = `/${dbName}`;
      env.DATABASE_URL = url.toString();
    }
    server = await startServer(env);
    admin = new ApiSession(server.url);
    await admin.signIn(E2E_ADMIN.username, E2E_ADMIN.password);

    // One national target that every prefecture inherits.
    const root = (await admin.ok<{ regions: Region[] }>('GET', '/api/regions?q=000000'))
      .regions[0]!;
    const upload = await admin.ok<{
      targets: { id: number; version: number; indicator: string }[];
    }>('POST', '/api/documents', {
      title: '2017年全国卫生工作要点',
      text: '2017年全国卫生工作要点\n全国新农合参合率保持在95%以上。',
    });
    const target = upload.targets.find((t) => t.indicator === '新农合参合率')!;
    const confirmed = await admin.ok<{ target: { indicatorId: number } }>(
      'PATCH',
      `/api/targets/${target.id}`,
      {
        version: target.version,
        regionId: root.id,
        state: 'confirmed',
      },
    );
    indicatorId = confirmed.target.indicatorId;

    const provinces = (
      await admin.ok<{ regions: Region[] }>('GET', `/api/regions?parentId=${root.id}`)
    ).regions;
    const prefectures: Region[] = [];
    for (const p of provinces)
      prefectures.push(
        ...(await admin.ok<{ regions: Region[] }>('GET', `/api/regions?parentId=${p.id}`)).regions,
      );
    const chosen = prefectures.slice(0, REPORTERS);
    expect(chosen).toHaveLength(REPORTERS);
    await inParallel(
      8,
      chosen.map((region, i) => async () => {
        await admin.ok('POST', '/api/users', {
          username: `reporter${i}`,
          password: PASSWORD,
          role: 'reporter',
          regionId: region.id,
        });
        const session = new ApiSession(server.url);
        await session.signIn(`reporter${i}`, PASSWORD);
        reporters.push({ session, region });
      }),
    );
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await dropDatabase?.();
  });

  // Bounded by its fixed request count (4 per reporter) and the 120 s test timeout.
  it('keeps every acknowledged write, once, with a change log that agrees', async () => {
    const acknowledged = new Map<number, { value: number; version: number }>();
    await Promise.all(
      reporters.map(async ({ session, region }, i) => {
        const entry = await session.ok<{
          rows: { indicator: { id: number }; observation: { version: number } | null }[];
        }>('GET', `/api/entry?regionId=${region.id}&quarter=${QUARTER}`);
        const row = entry.rows.find((r) => r.indicator.id === indicatorId)!;
        const first = 90 + (i % 10);
        const saved = await session.ok<{ observations: { value: number; version: number }[] }>(
          'PUT',
          '/api/observations',
          {
            regionId: region.id,
            quarter: QUARTER,
            rows: [{ indicatorId, value: first, version: row.observation?.version ?? 0 }],
          },
        );
        const second = await session.ok<{ observations: { value: number; version: number }[] }>(
          'PUT',
          '/api/observations',
          {
            regionId: region.id,
            quarter: QUARTER,
            rows: [{ indicatorId, value: first + 0.5, version: saved.observations[0]!.version }],
          },
        );
        acknowledged.set(region.id, second.observations[0]!);
        await session.ok('POST', `/api/submissions/${region.id}/${QUARTER}/submit`);
      }),
    );
    expect(acknowledged.size).toBe(REPORTERS);

    await inParallel(
      16,
      reporters.map(({ region }) => async () => {
        const entry = await admin.ok<{
          submission: { state: string };
          rows: {
            indicator: { id: number };
            observation: { value: number; version: number } | null;
          }[];
        }>('GET', `/api/entry?regionId=${region.id}&quarter=${QUARTER}`);
        const stored = entry.rows.find((r) => r.indicator.id === indicatorId)!.observation!;
        expect(stored).toMatchObject(acknowledged.get(region.id)!);
        expect(entry.submission.state).toBe('submitted');
        const key = `${region.id}:${indicatorId}:${QUARTER}`;
        const log = await admin.ok<{ entries: { newValue: { value: number } | null }[] }>(
          'GET',
          `/api/change-log?entity=observation&key=${key}`,
        );
        expect(log.entries).toHaveLength(stored.version);
        expect(log.entries.at(-1)!.newValue!.value).toBe(stored.value);
      }),
    );
  }, 120_000);
});
