import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRegionByCode } from '@targetboard/db/repositories/regions.repository';
import { ensureIndicatorCatalogue } from '@targetboard/db/seed/indicators.seed';
import { ensureRegions } from '@targetboard/db/seed/regions.seed';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { DocumentDetail, StoredTarget } from '@targetboard/shared/api/documents.schema';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

type Upload = { document: DocumentDetail; targets: StoredTarget[] };

// Wording of our own: one name the catalogue knows exactly, one it only comes close to, one
// it has nothing near.
const plan = (year: number) => `四川省${year}年卫生健康工作要点
${year}年，全省孕产妇死亡率控制在15/10万以下，住院分娩比例达到98%以上，家庭病床建床数达到1200张。`;

describe(`learning indicator names from review on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let approver: string;
  let first: Upload;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureRegions(t.database.db);
    await ensureIndicatorCatalogue(t.database.db);
    const sichuan = (await findRegionByCode(t.database.db, '510000'))!.id;
    approver = (await signInAs(t.app, t.database.db, 'approver', sichuan)).cookie;
    first = await paste(plan(2024));
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie: approver },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  async function paste(text: string): Promise<Upload> {
    const res = await call('POST', '/api/documents', { text });
    expect(res.status).toBe(201);
    return (await res.json()) as Upload;
  }
  const target = (upload: Upload, name: string) => {
    const found = upload.targets.find((x) => x.indicator === name);
    expect(
      found,
      `${name} among ${upload.targets.map((x) => x.indicator).join('、')}`,
    ).toBeDefined();
    return found!;
  };
  const indicatorNamed = (name: string) =>
    t.database.db
      .selectFrom('indicators')
      .select(['id', 'synonyms'])
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
  const indicatorCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('indicators')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('says which names came from the catalogue and which from the fallback', () => {
    expect(target(first, '孕产妇死亡率')).toMatchObject({ nameSource: 'catalogue' });
    const close = target(first, '住院分娩比例');
    expect(close).toMatchObject({ nameSource: 'heuristic', indicatorId: null });
    expect(close.suggestions?.[0]?.name).toBe('住院分娩率');
  });

  it('asks rather than adding a duplicate when confirming a name close to the catalogue', async () => {
    const before = await indicatorCount();
    const close = target(first, '住院分娩比例');
    const res = await call('PATCH', `/api/targets/${close.id}`, {
      version: close.version,
      state: 'confirmed',
    });
    expect(res.status).toBe(422);
    const details = ((await res.json()) as ErrorEnvelope).error.details as {
      reason: string;
      suggestions: { name: string }[];
    };
    expect(details.reason).toBe('indicator_choice_required');
    expect(details.suggestions[0]?.name).toBe('住院分娩率');
    expect(await indicatorCount()).toBe(before);
  });

  it('bulk-confirms the others, adding what the catalogue has nothing near, and leaves that one to the reviewer', async () => {
    // the extractor's own phrase for 家庭病床建床数, which nothing in the catalogue comes near
    const unknown = first.targets.find(
      (x) => !['孕产妇死亡率', '住院分娩比例'].includes(x.indicator),
    )!;
    expect(unknown.suggestions).toEqual([]);
    const res = await call('POST', `/api/documents/${first.document.id}/targets/confirm`, {
      minConfidence: 0,
    });
    expect(res.status).toBe(200);
    const { targets } = (await res.json()) as { targets: StoredTarget[] };
    const state = new Map(targets.map((x) => [x.indicator, x.state]));
    expect(state.get('孕产妇死亡率')).toBe('confirmed');
    expect(state.get('住院分娩比例')).toBe('draft');
    expect(state.get(unknown.indicator)).toBe('confirmed');
    expect(targets.find((x) => x.id === unknown.id)!.indicatorId).toBe(
      (await indicatorNamed(unknown.indicator)).id,
    );
  });

  it('keeps the name a reviewer links as the indicator’s synonym, and links it at once next time', async () => {
    const close = target(first, '住院分娩比例');
    const linked = await indicatorNamed('住院分娩率');
    const res = await call('PATCH', `/api/targets/${close.id}`, {
      version: close.version,
      indicatorId: linked.id,
      indicator: '住院分娩率',
      state: 'confirmed',
    });
    expect(res.status).toBe(200);
    expect((await indicatorNamed('住院分娩率')).synonyms).toEqual([
      ...linked.synonyms,
      '住院分娩比例',
    ]);
    const log = await t.database.db
      .selectFrom('change_log')
      .select(['note', 'user_name'])
      .where('entity', '=', 'indicator')
      .where('entity_key', '=', String(linked.id))
      .execute();
    expect(log).toEqual([{ note: 'synonym kept from review', user_name: expect.any(String) }]);

    const next = await paste(plan(2025));
    expect(target(next, '住院分娩比例')).toMatchObject({
      indicatorId: linked.id,
      nameSource: 'catalogue',
    });
  });

  it('adds a new indicator when the reviewer asks for one', async () => {
    const fresh = await paste(`四川省2026年卫生健康工作要点
2026年，全省住院分娩占比达到99%以上。`);
    const close = target(fresh, '住院分娩占比');
    expect(close.indicatorId).toBeNull();
    const res = await call('PATCH', `/api/targets/${close.id}`, {
      version: close.version,
      state: 'confirmed',
      newIndicator: true,
    });
    expect(res.status).toBe(200);
    const created = await indicatorNamed('住院分娩占比');
    expect(((await res.json()) as { target: StoredTarget }).target.indicatorId).toBe(created.id);
  });
});
