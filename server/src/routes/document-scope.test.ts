import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureIndicatorCatalogue } from '@targetboard/db/seed/indicators.seed';
import { ensureRegions } from '@targetboard/db/seed/regions.seed';
import { findRegionByCode } from '@targetboard/db/repositories/regions.repository';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { DocumentDetail, StoredTarget } from '@targetboard/shared/api/documents.schema';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

type Upload = { document: DocumentDetail; targets: StoredTarget[] };

/** A compilation of two provinces' plans, as bureaus download them from aggregator sites. */
const COMPILED = `2017年卫生计生工作要点汇编

第一篇：2017年四川省卫生计生工作要点
四川省卫生和计划生育委员会
全省新农合参合率稳定在95%以上，孕产妇死亡率控制在20/10万以下。

第二篇：2017年上海市卫生计生工作要点
上海市卫生和计划生育委员会
全市孕产妇死亡率控制在10/10万以下，婴儿死亡率低于5‰。
`;
const SHANGHAI_PLAN = `上海市卫生和计划生育委员会
2017年上海市卫生计生工作要点
全市孕产妇死亡率控制在10/10万以下，婴儿死亡率低于5‰。
`;
/** A city's plan that names no place: it speaks of 我市 and 全市 only. */
const OWN_CITY_PLAN = `2018年卫生工作要点
我市将继续深化医改。全市孕产妇死亡率控制在12/10万以下，婴儿死亡率低于6‰。
`;
const NO_REGION_PLAN = `2017年卫生工作要点
全年孕产妇死亡率控制在20/10万以下。
`;

describe(`documents and their targets stay in scope on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const region = {} as Record<'sichuan' | 'chengdu' | 'shanghai' | 'guangdong', number>;
  const cookie: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    await ensureRegions(t.database.db);
    await ensureIndicatorCatalogue(t.database.db);
    for (const [name, code] of [
      ['sichuan', '510000'],
      ['chengdu', '510100'],
      ['shanghai', '310000'],
      ['guangdong', '440000'],
    ] as const)
      region[name] = (await findRegionByCode(t.database.db, code))!.id;
    cookie.sichuan = (await signInAs(t.app, t.database.db, 'approver', region.sichuan)).cookie;
    cookie.sichuan2 = (await signInAs(t.app, t.database.db, 'approver', region.sichuan)).cookie;
    cookie.chengdu = (await signInAs(t.app, t.database.db, 'approver', region.chengdu)).cookie;
    cookie.guangdong = (await signInAs(t.app, t.database.db, 'approver', region.guangdong)).cookie;
    cookie.viewer = (await signInAs(t.app, t.database.db, 'viewer', region.sichuan)).cookie;
    cookie.admin = (await signInAs(t.app, t.database.db, 'admin')).cookie;
  });
  afterAll(() => t.close());

  const call = (who: string, method: string, path: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie: cookie[who]! },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const paste = async (who: string, text: string) => {
    const res = await call(who, 'POST', '/api/documents', { text });
    expect(res.status).toBe(201);
    return (await res.json()) as Upload;
  };
  const targetsOf = (documentId: number) =>
    t.database.db
      .selectFrom('targets')
      .select(['id', 'region_id', 'state'])
      .where('document_id', '=', documentId)
      .orderBy('id')
      .execute();
  const newTarget = (regionId: number | null, end: number) => ({
    indicator: '泄露测试',
    comparator: '>=',
    value: 1,
    unit: '项',
    kind: 'count',
    direction: 'up',
    year: 2017,
    regionId,
    start: 0,
    end,
  });

  it("bulk confirm binds only the caller's regions of a compiled plan and names the rest", async () => {
    const { document, targets } = await paste('sichuan', COMPILED);
    expect(document.regionId).toBe(region.sichuan);
    const shanghai = targets.filter((x) => x.regionId === region.shanghai).map((x) => x.id);
    expect(shanghai.length).toBe(2);

    const res = await call('sichuan', 'POST', `/api/documents/${document.id}/targets/confirm`, {
      minConfidence: 0,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { confirmed: number; outOfScope: number[] };
    expect(body.confirmed).toBe(2);
    expect(body.outOfScope).toEqual(shanghai);
    for (const row of await targetsOf(document.id))
      expect(row.state, `target ${row.id}`).toBe(
        row.region_id === region.shanghai ? 'draft' : 'confirmed',
      );

    // An admin's scope covers both, so the same request then confirms the rest.
    const admin = await call('admin', 'POST', `/api/documents/${document.id}/targets/confirm`, {
      minConfidence: 0,
    });
    expect(((await admin.json()) as { confirmed: number }).confirmed).toBe(2);
  });

  it("answers 404 on every document route of another region's document and writes nothing", async () => {
    const { document } = await paste('sichuan', COMPILED);
    const before = await targetsOf(document.id);
    const length = [...document.text].length;
    const tries = [
      call('guangdong', 'GET', `/api/documents/${document.id}`),
      call('guangdong', 'GET', `/api/documents/${document.id}/targets`),
      call(
        'guangdong',
        'POST',
        `/api/documents/${document.id}/targets`,
        newTarget(region.guangdong, length),
      ),
      call('guangdong', 'POST', `/api/documents/${document.id}/targets/confirm`, {
        minConfidence: 0,
      }),
    ];
    for (const res of await Promise.all(tries)) {
      expect(res.status, res.url).toBe(404);
      expect(await res.text()).not.toContain('孕产妇');
    }
    expect(await targetsOf(document.id)).toEqual(before);
  });

  it('lets nobody add a target to a document they may read but not review', async () => {
    // 成都 reads the provincial plan (its targets apply below), but it is 四川's to review.
    const { document } = await paste('sichuan', COMPILED);
    const before = await targetsOf(document.id);
    expect((await call('chengdu', 'GET', `/api/documents/${document.id}`)).status).toBe(200);
    const res = await call(
      'chengdu',
      'POST',
      `/api/documents/${document.id}/targets`,
      newTarget(region.chengdu, 4),
    );
    expect(res.status).toBe(403);
    expect(await targetsOf(document.id)).toEqual(before);
  });

  it('refuses to move a target to no region when its document lies outside the scope', async () => {
    // The 四川 approver may edit a 四川 target of a 上海-filed plan, but clearing its region
    // would make it the document's (上海's), which is not theirs to bind.
    const admin = await paste('admin', SHANGHAI_PLAN);
    expect(admin.document.regionId).toBe(region.shanghai);
    const target = admin.targets[0]!;
    const moved = await call('admin', 'PATCH', `/api/targets/${target.id}`, {
      version: target.version,
      regionId: region.sichuan,
    });
    expect(moved.status).toBe(200);
    const res = await call('sichuan', 'PATCH', `/api/targets/${target.id}`, {
      version: target.version + 1,
      regionId: null,
    });
    expect(res.status).toBe(403);
    const [row] = await t.database.db
      .selectFrom('targets')
      .select('region_id')
      .where('id', '=', target.id)
      .execute();
    expect(row!.region_id).toBe(region.sichuan);
  });

  it('shows a document with no region to its uploader and admins only', async () => {
    const { document } = await paste('sichuan', NO_REGION_PLAN);
    expect(document.regionId).toBeNull();
    const listed = async (who: string) =>
      (
        (await (await call(who, 'GET', '/api/documents')).json()) as { documents: { id: number }[] }
      ).documents.some((d) => d.id === document.id);
    for (const who of ['sichuan', 'admin']) {
      expect((await call(who, 'GET', `/api/documents/${document.id}`)).status, who).toBe(200);
      expect(await listed(who), who).toBe(true);
    }
    for (const who of ['sichuan2', 'viewer', 'guangdong']) {
      expect((await call(who, 'GET', `/api/documents/${document.id}`)).status, who).toBe(404);
      expect((await call(who, 'GET', `/api/documents/${document.id}/targets`)).status, who).toBe(
        404,
      );
      expect(await listed(who), who).toBe(false);
    }
  });

  it('files a plan that names itself only 全市 under its uploader’s city, and says so', async () => {
    const { document, targets } = await paste('chengdu', OWN_CITY_PLAN);
    expect(document).toMatchObject({ regionId: region.chengdu, region: '成都市' });
    expect(document.warnings.map((w) => w.code)).toEqual(['region-from-uploader']);
    expect(document.warnings[0]!.message).toContain('成都市');
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((x) => x.regionId === region.chengdu)).toBe(true);
    // Its targets are the uploader's to confirm, as a plan naming 成都市 would be.
    const res = await call('chengdu', 'POST', `/api/documents/${document.id}/targets/confirm`, {
      minConfidence: 0,
    });
    expect(((await res.json()) as { confirmed: number }).confirmed).toBe(targets.length);
  });

  it('leaves a 全市 plan unfiled for a province’s uploader and for an admin', async () => {
    // The level does not fit a province, and an admin has no region of their own to assume.
    for (const who of ['sichuan', 'admin']) {
      const { document, targets } = await paste(who, OWN_CITY_PLAN);
      expect(document.regionId, who).toBeNull();
      expect(document.warnings, who).toEqual([]);
      expect(
        targets.every((x) => x.regionId === null),
        who,
      ).toBe(true);
    }
  });

  it("files a plan of a region outside the uploader's scope under the uploader's region", async () => {
    const { document, targets } = await paste('sichuan', SHANGHAI_PLAN);
    expect(document).toMatchObject({ regionId: region.sichuan, region: '四川省' });
    expect(document.warnings[0]).toMatchObject({ code: 'region-outside-scope' });
    expect(document.warnings[0]!.message).toContain('上海市');
    const [row] = await t.database.db
      .selectFrom('documents')
      .select('region_name')
      .where('id', '=', document.id)
      .execute();
    expect(row!.region_name).toBe('上海市');
    // Readable by its uploader, but its targets still bind 上海, which is not theirs to confirm.
    expect((await call('sichuan', 'GET', `/api/documents/${document.id}`)).status).toBe(200);
    expect(targets.every((x) => x.regionId === region.shanghai)).toBe(true);
    const res = await call('sichuan', 'POST', `/api/documents/${document.id}/targets/confirm`, {
      minConfidence: 0,
    });
    expect(((await res.json()) as { confirmed: number }).confirmed).toBe(0);
    // An admin's upload keeps the region the plan names.
    expect((await paste('admin', SHANGHAI_PLAN)).document.regionId).toBe(region.shanghai);
  });
});
