import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRegions } from '@targetboard/db/seed/regions.seed';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import type { Region, RegionDetail } from '@targetboard/shared/api/regions.schema';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

describe(`region routes on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let viewer: string;
  const ids = new Map<string, number>();
  beforeAll(async () => {
    t = await createTestApp();
    await ensureRegions(t.database.db);
    const rows = await t.database.db
      .selectFrom('regions')
      .select(['id', 'code'])
      .where('code', 'in', ['000000', '510000', '510100', '510107', '330400'])
      .execute();
    for (const r of rows) ids.set(r.code, r.id);
    viewer = (await signInAs(t.app, t.database.db, 'viewer')).cookie;
  });
  afterAll(() => t.close());

  const id = (code: string) => ids.get(code)!;
  const call = (method: string, path: string, cookie: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const regions = async (res: Response) => ((await res.json()) as { regions: Region[] }).regions;

  it('answers 401 to anonymous reads', async () => {
    expect((await call('GET', '/api/regions', '')).status).toBe(401);
    expect((await call('GET', `/api/regions/${id('510000')}`, '')).status).toBe(401);
  });

  it('lists the provinces by default and the children of parentId', async () => {
    const top = await call('GET', '/api/regions', viewer);
    expect(top.status).toBe(200);
    const provinces = await regions(top);
    expect(provinces).toHaveLength(31);
    expect(provinces.every((r) => r.level === 1)).toBe(true);
    const cities = await regions(
      await call('GET', `/api/regions?parentId=${id('510000')}`, viewer),
    );
    expect(cities[0]).toMatchObject({ code: '510100', name: '成都市' });
    expect((await call('GET', '/api/regions?parentId=99999999', viewer)).status).toBe(404);
  });

  it('searches by name, code, pinyin and initials, within a parent and up to limit', async () => {
    const search = async (query: string) =>
      regions(await call('GET', `/api/regions?${query}`, viewer));
    expect((await search(`q=${encodeURIComponent('成都')}`))[0]?.code).toBe('510100');
    expect((await search('q=sichuan'))[0]?.code).toBe('510000');
    expect((await search('q=CDS')).map((r) => r.name)).toEqual(
      expect.arrayContaining(['承德市', '成都市']),
    );
    expect(await search('q=51&limit=5')).toHaveLength(5);
    const within = await search(`q=${encodeURIComponent('区')}&parentId=${id('510100')}`);
    expect(within.length).toBeGreaterThan(5);
    expect(within.every((r) => r.code.startsWith('5101'))).toBe(true);
    expect((await call('GET', '/api/regions?limit=0', viewer)).status).toBe(422);
  });

  it("searches only the caller's region and below with inScope (admins: everywhere)", async () => {
    const chengdu = (await signInAs(t.app, t.database.db, 'reporter', id('510100'))).cookie;
    const noRegion = (await signInAs(t.app, t.database.db, 'reporter')).cookie;
    const admin = (await signInAs(t.app, t.database.db, 'admin')).cookie;
    const search = async (cookie: string, q: string) =>
      regions(await call('GET', `/api/regions?q=${encodeURIComponent(q)}&inScope=true`, cookie));
    const districts = await search(chengdu, '区');
    expect(districts.length).toBeGreaterThan(5);
    expect(districts.every((r) => r.code.startsWith('5101'))).toBe(true);
    // The caller's own region is offered; its parent and a region elsewhere are not.
    expect((await search(chengdu, '成都')).map((r) => r.code)).toEqual(['510100']);
    expect(await search(chengdu, '四川')).toEqual([]);
    expect(await search(chengdu, '嘉兴')).toEqual([]);
    expect(await search(noRegion, '成都')).toEqual([]);
    expect((await search(admin, '嘉兴')).map((r) => r.code)).toContain('330400');
    // Without inScope the search stays open to every signed-in reader.
    expect(
      (await regions(await call('GET', `/api/regions?q=${encodeURIComponent('嘉兴')}`, chengdu)))
        .length,
    ).toBeGreaterThan(0);
  });

  it('shows one region with its ancestors and number of children', async () => {
    const res = await call('GET', `/api/regions/${id('510100')}`, viewer);
    expect(res.status).toBe(200);
    const { region } = (await res.json()) as { region: RegionDetail };
    expect(region).toMatchObject({ code: '510100', name: '成都市', level: 2, custom: false });
    expect(region.path.map((r) => r.name)).toEqual(['全国', '四川省']);
    expect(region.childCount).toBeGreaterThan(10);
    expect((await call('GET', '/api/regions/99999999', viewer)).status).toBe(404);
  });

  it('lets a reporter add a custom unit in scope, logged with the user', async () => {
    const { user, cookie } = await signInAs(t.app, t.database.db, 'reporter', id('510100'));
    const res = await call('POST', '/api/regions', cookie, {
      parentId: id('510107'),
      name: '高新区（武侯片区）',
    });
    expect(res.status).toBe(201);
    const { region } = (await res.json()) as { region: Region };
    expect(region).toMatchObject({ code: '510107C1', level: 4, custom: true });
    const log = await t.database.db
      .selectFrom('change_log')
      .select(['user_name', 'new_value'])
      .where('entity', '=', 'region')
      .where('entity_key', '=', region.code)
      .execute();
    expect(log).toEqual([
      expect.objectContaining({ user_name: user.username, new_value: expect.anything() }),
    ]);
    const again = await call('POST', '/api/regions', cookie, {
      parentId: id('510107'),
      name: '高新区（武侯片区）',
    });
    expect(again.status).toBe(409);
  });

  it('refuses a custom unit outside the reporter scope (403) and other roles (403)', async () => {
    const { cookie } = await signInAs(t.app, t.database.db, 'reporter', id('510100'));
    const outside = await call('POST', '/api/regions', cookie, {
      parentId: id('330400'),
      name: '嘉兴经济开发区',
    });
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as ErrorEnvelope).error.code).toBe('forbidden');
    const asViewer = await call('POST', '/api/regions', viewer, {
      parentId: id('510100'),
      name: '新区',
    });
    expect(asViewer.status).toBe(403);
  });

  it('answers 422 naming the field for a bad body or an unknown parent', async () => {
    const { cookie } = await signInAs(t.app, t.database.db, 'admin');
    const noName = await call('POST', '/api/regions', cookie, { parentId: id('510100') });
    expect(noName.status).toBe(422);
    expect(((await noName.json()) as ErrorEnvelope).error.message).toContain('json.name');
    const badCode = await call('POST', '/api/regions', cookie, {
      parentId: id('510100'),
      name: '某开发区',
      code: 'x; DROP TABLE regions',
    });
    expect(badCode.status).toBe(422);
    const noParent = await call('POST', '/api/regions', cookie, {
      parentId: 99999999,
      name: '某地',
    });
    expect(noParent.status).toBe(422);
    expect(((await noParent.json()) as ErrorEnvelope).error.message).toContain('region');
  });

  it('appears in the OpenAPI document', async () => {
    const doc = (await (await call('GET', '/api/openapi.json', '')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths['/api/regions'] ?? {})).toEqual(['get', 'post']);
    expect(doc.paths['/api/regions/{id}']?.get).toBeDefined();
  });
});
