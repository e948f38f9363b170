import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureIndicatorCatalogue } from '@targetboard/db/seed/indicators.seed';
import { ensureRegions } from '@targetboard/db/seed/regions.seed';
import { findRegionByCode } from '@targetboard/db/repositories/regions.repository';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { DocumentDetail, StoredTarget } from '@targetboard/shared/api/documents.schema';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import { signInAs } from '../testing/auth';
import { DOCUMENT_MAX_BYTES } from '../services/documents.service';
import { SAMPLE_PLAN } from '../testing/sample-plan';
import { createTestApp } from '../testing/test-app';

type Upload = { document: DocumentDetail; targets: StoredTarget[] };

describe(`documents and target review on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let approver: string;
  let sichuan: number;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureRegions(t.database.db);
    await ensureIndicatorCatalogue(t.database.db);
    sichuan = (await findRegionByCode(t.database.db, '510000'))!.id;
    approver = (await signInAs(t.app, t.database.db, 'approver', sichuan)).cookie;
  });
  afterAll(() => t.close());

  const upload = (bytes: Uint8Array | string, filename: string, cookie = approver) => {
    const form = new FormData();
    form.append('file', new File([bytes], filename));
    return t.app.request('/api/documents', { method: 'POST', body: form, headers: { cookie } });
  };
  const call = (method: string, path: string, body?: unknown, cookie = approver) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  let uploaded: Upload;

  it('lists a plan naming an unmatched region ("全市") under the region it is filed in', async () => {
    const admin = (await signInAs(t.app, t.database.db, 'admin')).cookie;
    const text = '2026年全市卫生健康工作要点\n一、全市孕产妇死亡率控制在10/10万以下。\n';
    const res = await upload(text, '全市要点.txt', admin);
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as Upload;
    const stored = await t.database.db
      .selectFrom('documents')
      .select(['region_name', 'region_id'])
      .where('id', '=', document.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ region_name: '全市', region_id: null });
    const listed = (await (await call('GET', '/api/documents', undefined, admin)).json()) as {
      documents: DocumentDetail[];
    };
    expect(listed.documents.find((d) => d.id === document.id)).toMatchObject({
      regionId: null,
      region: null,
    });
    expect(document.region).toBeNull();
  });

  it('reads a GB18030 plan, matches its region and links targets to the catalogue', async () => {
    const res = await upload(iconv.encode(SAMPLE_PLAN, 'gb18030'), '2017年工作要点.txt');
    expect(res.status).toBe(201);
    uploaded = (await res.json()) as Upload;
    expect(uploaded.document).toMatchObject({
      title: '2017年全省卫生计生工作要点',
      year: 2017,
      regionId: sichuan,
      region: '四川省',
      format: 'txt',
    });
    expect(uploaded.document.encoding?.toLowerCase()).toMatch(/gb/);
    expect(uploaded.document.text).toBe(SAMPLE_PLAN);
    const byName = new Map(uploaded.targets.map((x) => [x.indicator, x]));
    expect(byName.get('新农合参合率')).toMatchObject({
      comparator: '>=',
      value: 95,
      unit: '%',
      state: 'draft',
      regionId: sichuan,
    });
    expect(byName.get('新农合参合率')!.indicatorId).not.toBeNull();
    expect(byName.get('孕产妇死亡率')).toMatchObject({
      comparator: '<=',
      value: 20,
      unit: '1/10万',
    });
    for (const target of uploaded.targets) {
      expect([...SAMPLE_PLAN].slice(target.start!, target.end!).join('')).toBe(target.quote);
    }
    expect(uploaded.targets.some((x) => x.value === null)).toBe(true);
    expect(uploaded.document.warnings.length).toBeGreaterThan(0);
  });

  it('stores pasted text with HTML as plain text', async () => {
    const res = await call('POST', '/api/documents', { title: '粘贴的要点', text: SAMPLE_PLAN });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Upload;
    expect(body.document.title).toBe('粘贴的要点');
    expect(body.document.text).toContain('<script>alert("not executed")</script>');
  });

  it('refuses unsupported, empty and missing files with 422 and stores nothing', async () => {
    const before = (
      await t.database.db
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    const exe = await upload(new Uint8Array([0x4d, 0x5a, 0, 1]), 'virus.exe');
    expect(exe.status).toBe(422);
    expect(((await exe.json()) as ErrorEnvelope).error.details).toMatchObject({
      reason: 'unsupported',
    });
    expect((await upload('   \n', 'blank.txt')).status).toBe(422);
    expect((await upload(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'broken.docx')).status).toBe(
      422,
    );
    const noFile = await t.app.request('/api/documents', {
      method: 'POST',
      body: new FormData(),
      headers: { cookie: approver },
    });
    expect(noFile.status).toBe(422);
    const after = (
      await t.database.db
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    expect(after).toBe(before);
  });

  it('refuses a file over 20 MB with 413 and stores nothing', async () => {
    const res = await upload(new Uint8Array(DOCUMENT_MAX_BYTES + 1).fill(0x41), 'huge.txt');
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe('payload_too_large');
  });

  it('lists documents with counts and serves one with its text and targets', async () => {
    const list = (await (await call('GET', '/api/documents')).json()) as {
      documents: DocumentDetail[];
    };
    expect(list.documents.length).toBeGreaterThanOrEqual(2);
    const mine = list.documents.find((d) => d.id === uploaded.document.id)!;
    expect(mine.counts.draft).toBe(uploaded.targets.length);
    expect(mine.counts.missingValue).toBe(1);
    const targets = (await (
      await call('GET', `/api/documents/${uploaded.document.id}/targets`)
    ).json()) as { targets: StoredTarget[] };
    expect(targets.targets.map((x) => x.id)).toEqual(uploaded.targets.map((x) => x.id));
    expect((await call('GET', '/api/documents/999999')).status).toBe(404);
  });

  it('refuses to confirm a target without a value, then confirms it once a value is entered', async () => {
    const blank = uploaded.targets.find((x) => x.value === null)!;
    const refused = await call('PATCH', `/api/targets/${blank.id}`, {
      version: blank.version,
      state: 'confirmed',
    });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as ErrorEnvelope).error.details).toMatchObject({
      reason: 'value_required',
    });
    const fixed = await call('PATCH', `/api/targets/${blank.id}`, {
      version: blank.version,
      value: 60,
      state: 'confirmed',
    });
    expect(fixed.status).toBe(200);
    const { target } = (await fixed.json()) as { target: StoredTarget };
    expect(target).toMatchObject({ value: 60, state: 'confirmed', version: blank.version + 1 });
    expect(target.indicatorId).not.toBeNull();
  });

  it('answers a stale edit with 409 and the current target, and logs every change', async () => {
    const target = uploaded.targets.find((x) => x.indicator === '婴儿死亡率')!;
    expect(
      (await call('PATCH', `/api/targets/${target.id}`, { version: target.version, value: 7.5 }))
        .status,
    ).toBe(200);
    const stale = await call('PATCH', `/api/targets/${target.id}`, {
      version: target.version,
      value: 9,
    });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorEnvelope).error.details).toMatchObject({
      current: { value: 7.5 },
    });
    const log = await t.database.db
      .selectFrom('change_log')
      .selectAll()
      .where('entity', '=', 'target')
      .where('entity_key', '=', String(target.id))
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      old_value: expect.objectContaining({ value: 8 }),
      new_value: expect.objectContaining({ value: 7.5 }),
    });
  });

  it('infers each target’s measure from kind and unit, and lets the reviewer change it', async () => {
    for (const target of uploaded.targets)
      expect(target.measure, `${target.indicator} ${target.unit}`).toBe(
        target.kind === 'count' || /[万亿]元$/.test(target.unit) ? 'additive' : 'intensive',
      );
    const rate = uploaded.targets.find((x) => x.indicator === '婴儿死亡率')!;
    expect(rate.measure).toBe('intensive');
    const fresh = (
      (await (await call('GET', `/api/documents/${uploaded.document.id}/targets`)).json()) as {
        targets: StoredTarget[];
      }
    ).targets.find((x) => x.id === rate.id)!;
    const changed = await call('PATCH', `/api/targets/${rate.id}`, {
      version: fresh.version,
      measure: 'additive',
    });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { target: StoredTarget }).target).toMatchObject({
      measure: 'additive',
      version: fresh.version + 1,
    });
    const refused = await call('PATCH', `/api/targets/${rate.id}`, {
      version: fresh.version + 1,
      measure: 'total',
    });
    expect(refused.status).toBe(422);
  });

  it('confirms approximate targets with the stated default tolerance, and bulk-confirms the rest', async () => {
    const res = await call('POST', `/api/documents/${uploaded.document.id}/targets/confirm`, {
      minConfidence: 0,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { confirmed: number; targets: StoredTarget[] };
    expect(body.confirmed).toBeGreaterThanOrEqual(4);
    const band = body.targets.find((x) => x.comparator === '~')!;
    expect(band).toMatchObject({ state: 'confirmed', tolerance: 2 });
    const listed = (await (
      await call('GET', `/api/targets?regionId=${sichuan}&year=2017`)
    ).json()) as { targets: StoredTarget[]; conflicts: number[][] };
    expect(listed.targets.length).toBe(body.targets.filter((x) => x.state === 'confirmed').length);
    const years = (await (await call('GET', '/api/targets/years')).json()) as { years: number[] };
    expect(years.years).toEqual([2017]);
  });

  it('shows two confirmed targets for the same key as a conflict', async () => {
    const second = (await (
      await call('POST', '/api/documents', { text: SAMPLE_PLAN })
    ).json()) as Upload;
    const twin = second.targets.find((x) => x.indicator === '新农合参合率')!;
    expect(
      (
        await call('PATCH', `/api/targets/${twin.id}`, {
          version: twin.version,
          value: 96,
          state: 'confirmed',
        })
      ).status,
    ).toBe(200);
    const listed = (await (await call('GET', `/api/targets?regionId=${sichuan}`)).json()) as {
      conflicts: number[][];
    };
    expect(listed.conflicts.some((pair) => pair.includes(twin.id))).toBe(true);
  });

  it('rejects a target, and adds one the extractor missed from a span', async () => {
    const target = uploaded.targets.find(
      (x) => x.indicator === '家庭医生签约服务覆盖率' && x.value !== null,
    )!;
    const current = (await (
      await call('GET', `/api/documents/${uploaded.document.id}/targets`)
    ).json()) as { targets: StoredTarget[] };
    const fresh = current.targets.find((x) => x.id === target.id)!;
    const rejected = await call('PATCH', `/api/targets/${target.id}`, {
      version: fresh.version,
      state: 'rejected',
    });
    expect(rejected.status).toBe(200);
    const chars = [...SAMPLE_PLAN];
    const start = SAMPLE_PLAN.indexOf('一、深化');
    const added = await call('POST', `/api/documents/${uploaded.document.id}/targets`, {
      indicator: '医改重点任务完成数',
      comparator: '>=',
      value: 1,
      unit: '项',
      kind: 'count',
      direction: 'up',
      year: 2017,
      start,
      end: start + 4,
    });
    expect(added.status).toBe(201);
    expect(((await added.json()) as { target: StoredTarget }).target).toMatchObject({
      quote: chars.slice(start, start + 4).join(''),
      state: 'draft',
      regionId: sichuan,
      measure: 'additive', // a count, inferred when the body names no measure
    });
    const outside = await call('POST', `/api/documents/${uploaded.document.id}/targets`, {
      indicator: 'x',
      comparator: '>=',
      value: 1,
      unit: '项',
      kind: 'count',
      direction: 'up',
      year: 2017,
      start: 0,
      end: chars.length + 5,
    });
    expect(outside.status).toBe(422);
  });

  it('stores the same targets from a plan uploaded as .pdf as from its .docx', async () => {
    const admin = (await signInAs(t.app, t.database.db, 'admin')).cookie;
    const sent = async (name: string) => {
      const bytes = await readFile(new URL(`../documents/fixtures/${name}`, import.meta.url));
      const res = await upload(new Uint8Array(bytes), name, admin);
      expect(res.status).toBe(201);
      return (await res.json()) as Upload;
    };
    const docx = await sent('plan.docx');
    const pdf = await sent('plan.pdf');
    expect(pdf.document).toMatchObject({ format: 'pdf', year: 2026, region: '安吉县' });
    expect(pdf.document.title).toBe(docx.document.title);
    expect(docx.targets).toHaveLength(24);
    expect(
      docx.targets.every((x) => x.regionId !== null && x.regionId === pdf.document.regionId),
    ).toBe(true);
    const shown = (x: StoredTarget) => [
      x.indicator,
      x.comparator,
      x.value,
      x.valueMax,
      x.unit,
      x.year,
      x.regionId,
      x.indicatorId,
      (x.quote ?? '').replace(/\s+/g, ''),
    ];
    expect(pdf.targets.map(shown)).toEqual(docx.targets.map(shown));
  });

  it("refuses an approver of another province and hides that province's documents", async () => {
    const guangdong = (await findRegionByCode(t.database.db, '440000'))!.id;
    const other = (await signInAs(t.app, t.database.db, 'approver', guangdong)).cookie;
    const target = uploaded.targets[0]!;
    const res = await call('PATCH', `/api/targets/${target.id}`, { version: 99, value: 1 }, other);
    expect(res.status).toBe(403);
    expect(
      (await call('GET', `/api/documents/${uploaded.document.id}`, undefined, other)).status,
    ).toBe(404);
    const list = (await (await call('GET', '/api/documents', undefined, other)).json()) as {
      documents: DocumentDetail[];
    };
    expect(list.documents.some((d) => d.id === uploaded.document.id)).toBe(false);
    const years = (await (await call('GET', '/api/targets/years', undefined, other)).json()) as {
      years: number[];
    };
    expect(years.years).toEqual([]);
  });
});
