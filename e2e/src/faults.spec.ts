import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiSession } from './api-session';
import { E2E_ADMIN, type RunningServer, startServer, tempDataDir } from './server-process';
import { CuttableProxy } from './tcp-proxy';

const PG_URL = process.env.TEST_DATABASE_URL;

async function adminSql(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(text).finally(() => client.end());
}

/** A fresh database on the test server, or a fresh PGlite folder: the env for startServer. */
async function freshStore(cleanups: (() => Promise<void>)[]): Promise<Record<string, string>> {
  if (!PG_URL) return { DATA_DIR: tempDataDir() };
  const name = `tb_fault_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await adminSql(`CREATE DATABASE ${name}`);
  cleanups.push(() => adminSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return { DATABASE_URL: url.toString() };
}

interface Region {
  id: number;
  code: string;
}

/** Confirms one target on 四川省 so its prefectures have an indicator to report. */
async function seedTarget(
  admin: ApiSession,
): Promise<{ indicatorId: number; prefectures: Region[]; province: Region }> {
  const province = (await admin.ok<{ regions: Region[] }>('GET', '/api/regions?q=510000'))
    .regions[0]!;
  const upload = await admin.ok<{ targets: { id: number; version: number; indicator: string }[] }>(
    'POST',
    '/api/documents',
    {
      title: '2017年四川省卫生计生工作要点',
      text: '四川省卫生和计划生育委员会\n2017年全省卫生计生工作要点\n全省新农合参合率保持在95%以上。',
    },
  );
  const target = upload.targets.find((t) => t.indicator === '新农合参合率')!;
  const done = await admin.ok<{ target: { indicatorId: number } }>(
    'PATCH',
    `/api/targets/${target.id}`,
    { version: target.version, regionId: province.id, state: 'confirmed' },
  );
  const prefectures = (
    await admin.ok<{ regions: Region[] }>('GET', `/api/regions?parentId=${province.id}`)
  ).regions;
  return { indicatorId: done.target.indicatorId, prefectures, province };
}

const cleanups: (() => Promise<void>)[] = [];
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop('SIGKILL');
  for (const c of cleanups.reverse()) await c();
});

describe(`faults on ${PG_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('a server killed with SIGKILL mid-import leaves the data as it was; importing again succeeds', async () => {
    const env = await freshStore(cleanups);
    let server = await startServer(env);
    servers.push(server);
    const admin = new ApiSession(server.url);
    await admin.signIn(E2E_ADMIN.username, E2E_ADMIN.password);
    await seedTarget(admin);
    const counties = (await admin.ok<{ regions: Region[] }>('GET', '/api/regions?q=51&limit=200'))
      .regions;
    // Large enough (about 50,000 rows) to be still running 400 ms in, at set-based speed.
    const lines = ['region_code,indicator,quarter,value'];
    for (const r of counties)
      for (let y = 1950; y < 2018; y++)
        for (let q = 1; q <= 4; q++)
          lines.push(`${r.code},新农合参合率,${y}Q${q},${90 + ((y + q) % 10)}`);
    const csv = lines.join('\n');
    const before = await countObservations(admin, counties[0]!.id);

    const form = () => {
      const f = new FormData();
      f.append('file', new File([csv], 'big.csv'));
      return f;
    };
    const cookie = await loginCookie(server.url);
    const inFlight = fetch(`${server.url}/api/observations/import?dryRun=false`, {
      method: 'POST',
      body: form(),
      headers: { cookie },
    }).then(
      (r) => r.status,
      () => 'connection lost' as const,
    );
    await new Promise((r) => setTimeout(r, 400));
    expect(await server.stop('SIGKILL')).toBeNull();
    expect(await inFlight).toBe('connection lost');

    server = await startServer({ ...env, DATA_DIR: env.DATA_DIR ?? server.dataDir });
    servers.push(server);
    const again = new ApiSession(server.url);
    await again.signIn(E2E_ADMIN.username, E2E_ADMIN.password);
    expect(await countObservations(again, counties[0]!.id)).toBe(before);
    const retry = await fetch(`${server.url}/api/observations/import?dryRun=false`, {
      method: 'POST',
      body: form(),
      headers: { cookie: await loginCookie(server.url) },
    });
    expect(retry.status).toBe(200);
    const reply = (await retry.json()) as { created: number; rejected: number };
    expect(reply).toMatchObject({ created: lines.length - 1, rejected: 0 });
  }, 240_000);

  it.runIf(PG_URL)(
    'answers 503 while PostgreSQL is gone and recovers without a restart',
    async () => {
      const env = await freshStore(cleanups);
      const target = new URL(env.DATABASE_URL!);
      const proxy = new CuttableProxy(target.hostname, Number(target.port || 5432));
      await proxy.start();
      cleanups.push(() => proxy.cut());
      const viaProxy = new URL(env.DATABASE_URL!);
      viaProxy.port = String(proxy.port);
      const server = await startServer({ DATABASE_URL: viaProxy.toString() });
      servers.push(server);
      const admin = new ApiSession(server.url);
      await admin.signIn(E2E_ADMIN.username, E2E_ADMIN.password);
      const { province } = await seedTarget(admin);

      // A GET that meets a keep-alive socket the server just closed is retried once, as browsers do.
      const once = () =>
        admin
          .send('GET', `/api/entry?regionId=${province.id}&quarter=2017Q1`)
          .then((r) => r.status);
      const hit = () => once().catch(once);
      expect(await hit()).toBe(200);
      await proxy.cut();
      const during = await Promise.all(
        Array.from({ length: 20 }, () =>
          hit().catch((e: Error) => `${e.message}: ${String(e.cause)}`),
        ),
      );
      // A crash here (a pg client's 'error' unheard) shows as failed fetches: print why.
      expect(new Set(during), server.output().slice(-4000)).toEqual(new Set([503]));
      expect(server.process.exitCode).toBeNull();
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(503);
      await proxy.restore();
      let after = 0;
      for (let i = 0; i < 50 && after !== 200; i++) {
        after = await hit();
        if (after !== 200) await new Promise((r) => setTimeout(r, 200));
      }
      expect(after).toBe(200);
      expect(server.process.exitCode).toBeNull();
    },
    180_000,
  );

  it('a PGlite folder survives SIGTERM during writes, keeping every acknowledged write', async () => {
    const dataDir = tempDataDir();
    let server = await startServer({ DATA_DIR: dataDir });
    servers.push(server);
    const admin = new ApiSession(server.url);
    await admin.signIn(E2E_ADMIN.username, E2E_ADMIN.password);
    const { indicatorId, prefectures } = await seedTarget(admin);
    const acknowledged = new Map<number, number>();
    let stop = false;
    const writers = prefectures.map(async (region, i) => {
      let version = 0;
      for (let n = 0; !stop; n++) {
        const res = await admin
          .send<{ observations: { value: number; version: number }[] }>(
            'PUT',
            '/api/observations',
            {
              regionId: region.id,
              quarter: '2017Q1',
              rows: [{ indicatorId, value: 80 + ((i + n) % 20), version }],
            },
          )
          .catch(() => null);
        if (!res || res.status !== 200) break;
        version = res.body.observations[0]!.version;
        acknowledged.set(region.id, res.body.observations[0]!.value);
      }
    });
    await new Promise((r) => setTimeout(r, 1500));
    const exit = server.stop('SIGTERM');
    stop = true;
    expect(await exit).toBe(0);
    await Promise.all(writers);
    expect(acknowledged.size).toBeGreaterThan(0);

    server = await startServer({ DATA_DIR: dataDir });
    servers.push(server);
    const again = new ApiSession(server.url);
    await again.signIn(E2E_ADMIN.username, E2E_ADMIN.password);
    for (const [regionId, value] of acknowledged) {
      const entry = await again.ok<{
        rows: { indicator: { id: number }; observation: { value: number } | null }[];
      }>('GET', `/api/entry?regionId=${regionId}&quarter=2017Q1`);
      expect(entry.rows.find((r) => r.indicator.id === indicatorId)!.observation!.value).toBe(
        value,
      );
    }
  }, 180_000);
});

async function loginCookie(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(E2E_ADMIN),
  });
  return /tb_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
}

async function countObservations(session: ApiSession, regionId: number): Promise<number> {
  const log = await session.ok<{ entries: unknown[] }>(
    'GET',
    `/api/change-log?entity=observation&regionId=${regionId}&limit=10000`,
  );
  return log.entries.length;
}
