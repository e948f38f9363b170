import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureIndicatorCatalogue } from '@targetboard/db/seed/indicators.seed';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { Indicator } from '@targetboard/shared/api/indicators.schema';
import { INDICATOR_CATALOGUE } from '@targetboard/shared/indicators/catalogue';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

describe(`indicator catalogue on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let cookie: string;
  let approver: string;
  let regionId: number;
  beforeAll(async () => {
    t = await createTestApp();
    expect(await ensureIndicatorCatalogue(t.database.db)).toBe(INDICATOR_CATALOGUE.length);
    expect(await ensureIndicatorCatalogue(t.database.db)).toBe(0);
    cookie = (await signInAs(t.app, t.database.db, 'admin')).cookie;
    approver = (await signInAs(t.app, t.database.db, 'approver')).cookie;
    regionId = (
      await t.database.db
        .insertInto('regions')
        .values({ code: '330482', name: '平湖市', level: 3, parent_id: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, body?: unknown, as = cookie) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie: as },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const create = async (name: string) =>
    (
      (await (
        await call('POST', '/api/indicators', {
          name,
          unit: '%',
          direction: 'up',
          kind: 'rate',
          category: '公共卫生',
        })
      ).json()) as { indicator: Indicator }
    ).indicator;
  const observe = (indicatorId: number, quarter: string, value: number) =>
    t.database.db
      .insertInto('observations')
      .values({
        indicator_id: indicatorId,
        region_id: regionId,
        quarter,
        value,
        numerator: null,
        denominator: null,
        note: null,
        updated_by: 'test',
      })
      .execute();

  it('lists the seeded catalogue by category', async () => {
    const { indicators } = (await (await call('GET', '/api/indicators')).json()) as {
      indicators: Indicator[];
    };
    expect(indicators).toHaveLength(INDICATOR_CATALOGUE.length);
    expect(indicators.find((i) => i.name === '孕产妇死亡率')).toMatchObject({
      unit: '1/10万',
      direction: 'down',
      category: '妇幼健康',
      targetCount: 0,
    });
  });

  it('suggests catalogue entries for an extracted name', async () => {
    const res = await call(
      'GET',
      `/api/indicators/suggest?name=${encodeURIComponent('住院补偿比')}`,
    );
    const { suggestions } = (await res.json()) as {
      suggestions: { name: string; score: number }[];
    };
    expect(suggestions[0]).toMatchObject({ name: '政策范围内住院费用报销比例', score: 1 });
  });

  it('lets an approver add to the catalogue, but leaves renames and merges to admins', async () => {
    const added = await call(
      'POST',
      '/api/indicators',
      { name: '审核人新增指标', unit: '%', direction: 'up', kind: 'rate', category: '其他' },
      approver,
    );
    expect(added.status).toBe(201);
    const mine = ((await added.json()) as { indicator: Indicator }).indicator;
    const other = await create('另一个指标');
    const catalogue = async () =>
      t.database.db.selectFrom('indicators').selectAll().orderBy('id').execute();
    const before = await catalogue();
    const rename = await call(
      'PATCH',
      `/api/indicators/${mine.id}`,
      { name: '改过的名字', unit: '个' },
      approver,
    );
    expect(rename.status).toBe(403);
    const merge = await call(
      'POST',
      `/api/indicators/${mine.id}/merge`,
      { intoId: other.id },
      approver,
    );
    expect(merge.status).toBe(403);
    expect(await catalogue()).toEqual(before);
  });

  it('renames, keeping the old name as a synonym, and refuses a taken name', async () => {
    const created = await create('沙眼筛查率');
    const res = await call('PATCH', `/api/indicators/${created.id}`, { name: '沙眼筛查覆盖率' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { indicator: Indicator }).indicator).toMatchObject({
      name: '沙眼筛查覆盖率',
      synonyms: ['沙眼筛查率'],
    });
    expect(
      (await call('PATCH', `/api/indicators/${created.id}`, { name: '婴儿死亡率' })).status,
    ).toBe(409);
    expect(
      (
        await call('POST', '/api/indicators', {
          name: '婴儿死亡率',
          unit: '‰',
          direction: 'down',
          kind: 'rate',
        })
      ).status,
    ).toBe(409);
  });

  it('merges one indicator into another, moving every figure', async () => {
    const a = await create('龋齿充填率');
    const b = await create('龋齿填充率');
    await observe(a.id, '2017Q1', 40);
    await observe(b.id, '2017Q2', 42);
    const res = await call('POST', `/api/indicators/${a.id}/merge`, { intoId: b.id });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { indicator: Indicator; moved: { observations: number } };
    expect(body.moved.observations).toBe(1);
    expect(body.indicator.synonyms).toContain('龋齿充填率');
    const rows = await t.database.db
      .selectFrom('observations')
      .select(['indicator_id', 'quarter'])
      .where('region_id', '=', regionId)
      .orderBy('quarter')
      .execute();
    expect(rows.filter((r) => r.indicator_id === b.id).map((r) => r.quarter)).toEqual([
      '2017Q1',
      '2017Q2',
    ]);
    expect((await call('PATCH', `/api/indicators/${a.id}`, { unit: '%' })).status).toBe(404);
  });

  it('refuses a merge that would put two figures in one cell, and changes nothing', async () => {
    const a = await create('视力筛查率');
    const b = await create('视力筛检率');
    await observe(a.id, '2018Q1', 50);
    await observe(b.id, '2018Q1', 51);
    const res = await call('POST', `/api/indicators/${a.id}/merge`, { intoId: b.id });
    expect(res.status).toBe(409);
    const count = await t.database.db
      .selectFrom('observations')
      .select('indicator_id')
      .where('indicator_id', '=', a.id)
      .execute();
    expect(count).toHaveLength(1);
    expect((await call('POST', `/api/indicators/${a.id}/merge`, { intoId: a.id })).status).toBe(
      422,
    );
  });
});
