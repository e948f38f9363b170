import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import type { EntryReply, ImportReply } from '@targetboard/shared/api/observations.schema';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

describe(`reporting routes on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    f = await seedReportingFixture(t.database.db);
    const db = t.database.db;
    as.reporterA = (await signInAs(t.app, db, 'reporter', f.regions.countyA)).cookie;
    as.reporterA2 = (await signInAs(t.app, db, 'reporter', f.regions.countyA)).cookie;
    as.reporterB = (await signInAs(t.app, db, 'reporter', f.regions.countyB)).cookie;
    as.approver = (await signInAs(t.app, db, 'approver', f.regions.city)).cookie;
    as.viewer = (await signInAs(t.app, db, 'viewer', f.regions.city)).cookie;
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, cookie: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const upload = (cookie: string, file: Uint8Array | string, name = 'data.csv', dryRun = false) => {
    const form = new FormData();
    form.append('file', new Blob([file]), name);
    return t.app.request(`/api/observations/import?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
  };
  const errorOf = async (res: Response) => ((await res.json()) as ErrorEnvelope).error;
  const row = (
    indicatorId: number,
    value: number | null,
    version: number,
    note: string | null = null,
  ) => ({
    indicatorId,
    value,
    version,
    note,
  });
  const save = (
    cookie: string,
    rows: unknown[],
    regionId = f.regions.countyA,
    quarter = '2026Q1',
  ) => call('PUT', '/api/observations', cookie, { regionId, quarter, channel: 'form', rows });
  const entry = async (cookie: string, regionId = f.regions.countyA, quarter = '2026Q1') =>
    (await (
      await call('GET', `/api/entry?regionId=${regionId}&quarter=${quarter}`, cookie)
    ).json()) as EntryReply;

  it('shows one row per applicable indicator with its target, inherited ones marked', async () => {
    const res = await call(
      'GET',
      `/api/entry?regionId=${f.regions.countyA}&quarter=2026Q1`,
      as.viewer!,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as EntryReply;
    expect(body.submission.state).toBe('not_started');
    const names = body.rows.map((r) => [
      r.indicator.name,
      r.target.value,
      r.target.inheritedFrom?.name ?? null,
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['T参合率', 98, null],
        ['T全科医生数', 40, 'T甲省'],
        ['T增长率', 5, 'T全国'],
      ]),
    );
    expect(
      (await call('GET', `/api/entry?regionId=${f.regions.countyA}&quarter=2026Q1`, as.reporterB!))
        .status,
    ).toBe(403);
    expect(
      (await call('GET', `/api/entry?regionId=${f.regions.countyA}&quarter=2017Q5`, as.viewer!))
        .status,
    ).toBe(422);
  });

  it('refuses figures that break the unit rules, in Chinese, writing nothing', async () => {
    const res = await save(as.reporterA!, [
      row(f.indicators.coverage, 101, 0),
      row(f.indicators.doctors, 3.5, 0),
      row(f.indicators.growth, -4, 0),
    ]);
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('validation_failed');
    expect((error.details as { rows: unknown[] }).rows).toEqual([
      {
        row: 0,
        regionId: f.regions.countyA,
        indicatorId: f.indicators.coverage,
        column: 'value',
        code: 'percent_out_of_range',
        message: '百分比应在 0 到 100 之间',
      },
      {
        row: 1,
        regionId: f.regions.countyA,
        indicatorId: f.indicators.doctors,
        column: 'value',
        code: 'not_whole_number',
        message: '数量应为整数',
      },
    ]);
    expect((await entry(as.reporterA!)).rows.every((r) => r.observation === null)).toBe(true);
  });

  it('saves a draft, computing the value from numerator and denominator', async () => {
    const res = await save(as.reporterA!, [
      { indicatorId: f.indicators.coverage, numerator: 960, denominator: 1000, version: 0 },
      row(f.indicators.growth, -4, 0),
    ]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      observations: { value: number; version: number }[];
      submission: { state: string };
    };
    expect(body.observations.map((o) => [o.value, o.version])).toEqual([
      [96, 1],
      [-4, 1],
    ]);
    expect(body.submission.state).toBe('draft');
  });

  it('answers a stale save with 409, the current value and who changed it, writing nothing', async () => {
    expect((await save(as.reporterA!, [row(f.indicators.coverage, 97, 1)])).status).toBe(200);
    const res = await save(as.reporterA2!, [
      row(f.indicators.doctors, 30, 0),
      row(f.indicators.coverage, 95, 1),
    ]);
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error.code).toBe('conflict');
    const [conflict] = (error.details as { conflicts: Record<string, unknown>[] }).conflicts;
    expect(conflict).toMatchObject({
      indicatorId: f.indicators.coverage,
      value: 97,
      version: 2,
      yourVersion: 1,
    });
    expect(conflict?.updatedBy).toMatch(/^reporter-/);
    const rows = (await entry(as.reporterA!)).rows;
    expect(rows.find((r) => r.indicator.id === f.indicators.doctors)?.observation).toBeNull();
  });

  it('needs a note to save an implausible jump from last quarter', async () => {
    await save(as.reporterA!, [row(f.indicators.doctors, 30, 0)], f.regions.countyA, '2025Q4');
    const jump = await save(as.reporterA!, [row(f.indicators.doctors, 60, 0)]);
    expect(jump.status).toBe(422);
    const error = await errorOf(jump);
    expect(error.code).toBe('plausibility_note_required');
    expect((error.details as { rows: { message: string }[] }).rows[0]?.message).toContain(
      '较上季度（30人）',
    );
    const withNote = await save(as.reporterA!, [
      row(f.indicators.doctors, 60, 0, '新招聘 30 名全科医生'),
    ]);
    expect(withNote.status).toBe(200);
    // The same figure again (its note padded) is unchanged; clearing the note that explained
    // the jump asks for one again, as the form and the import ask (shared checkFigure).
    const again = await save(as.reporterA!, [
      row(f.indicators.doctors, 60, 1, '  新招聘 30 名全科医生 '),
    ]);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ observations: [], unchanged: 1 });
    const cleared = await save(as.reporterA!, [row(f.indicators.doctors, 60, 1)]);
    expect(cleared.status).toBe(422);
    expect((await errorOf(cleared)).code).toBe('plausibility_note_required');
  });

  it("refuses a reporter another county's figures", async () => {
    expect((await save(as.reporterB!, [row(f.indicators.coverage, 90, 0)])).status).toBe(403);
    expect((await save(as.viewer!, [row(f.indicators.coverage, 90, 0)])).status).toBe(403);
  });

  const csv = (lines: string[]) =>
    ['region_code,indicator,quarter,value,numerator,denominator,note', ...lines].join('\n');

  it('imports a CSV with counts, and a re-import changes nothing', async () => {
    const file = csv([
      `${f.codes.countyB},T参合率,2026Q1,93,,,`,
      `${f.codes.countyB},T全科医生数,2026Q1,12,,,`,
      `${f.codes.countyA},T参合率,2026Q1,97,,,`,
      `${f.codes.countyA},T增长率,2026Q1,-3.5,,,`,
    ]);
    const cityReporter = (await signInAs(t.app, t.database.db, 'reporter', f.regions.city)).cookie;
    const dry = await upload(cityReporter, file, 'data.csv', true);
    expect(dry.status).toBe(200);
    const dryBody = (await dry.json()) as ImportReply;
    expect(dryBody).toMatchObject({
      dryRun: true,
      created: 2,
      updated: 1,
      unchanged: 1,
      rejected: 0,
    });
    expect(dryBody.changes.find((c) => c.regionCode === f.codes.countyA)).toMatchObject({
      old: { value: -4 },
      new: { value: -3.5 },
    });
    expect(
      (await entry(as.viewer!, f.regions.countyB)).rows.every((r) => r.observation === null),
    ).toBe(true);

    const real = await upload(cityReporter, file);
    expect(await real.json()).toMatchObject({
      dryRun: false,
      created: 2,
      updated: 1,
      unchanged: 1,
      rejected: 0,
    });
    const again = await upload(cityReporter, file);
    expect(await again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 4, rejected: 0 });

    const log = await call(
      'GET',
      `/api/change-log?entity=observation&key=${f.regions.countyA}:${f.indicators.growth}:2026Q1`,
      as.viewer!,
    );
    const { entries } = (await log.json()) as {
      entries: {
        oldValue: { value: number } | null;
        newValue: { value: number };
        channel: string;
        user: string;
      }[];
    };
    expect(entries.map((e) => [e.oldValue?.value ?? null, e.newValue.value, e.channel])).toEqual([
      [null, -4, 'form'],
      [-4, -3.5, 'import'],
    ]);
    expect(entries.every((e) => e.user)).toBe(true);
    const exported = await call(
      'GET',
      `/api/change-log/export.csv?regionId=${f.regions.countyA}`,
      as.viewer!,
    );
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('import');
  });

  it('writes nothing when one row is bad, and names every bad row', async () => {
    const file = csv([
      `${f.codes.countyA},T全科医生数,2026Q2,61,,,`,
      `999999,T参合率,2026Q2,90,,,`,
      `${f.codes.countyA},不存在的指标,2026Q2,90,,,`,
      `${f.codes.countyA},T参合率,2017Q5,90,,,`,
      `${f.codes.countyA},T参合率,2026Q2,九十,,,`,
      `${f.codes.countyA},T全科医生数,2026Q2,62,,,`,
      `${f.codes.countyA},T参合率,2026Q2,120,,,`,
    ]);
    const res = await upload(as.reporterA!, file);
    expect(res.status).toBe(422);
    const reply = (await errorOf(res)).details as ImportReply;
    expect(reply.rejectedRows.map((r) => [r.row, r.column, r.code])).toEqual([
      [3, '地区代码', 'unknown_region'],
      [4, '指标', 'unknown_indicator'],
      [5, '季度', 'invalid_quarter'],
      [6, '数值', 'not_a_number'],
      [7, '', 'duplicate_row'],
      [8, '数值', 'percent_out_of_range'],
    ]);
    expect(reply.rejected).toBe(6);
    const rows = (await entry(as.reporterA!, f.regions.countyA, '2026Q2')).rows;
    expect(rows.every((r) => r.observation === null)).toBe(true);
  });

  it('rejects rows outside the scope, missing columns and bad encodings', async () => {
    const out = await upload(as.reporterA!, csv([`${f.codes.countyB},T参合率,2026Q3,90,,,`]));
    expect(((await errorOf(out)).details as ImportReply).rejectedRows[0]?.code).toBe(
      'out_of_scope',
    );
    const missing = await upload(as.reporterA!, 'region_code,indicator\nx,y\n');
    const error = await errorOf(missing);
    expect(error.message).toContain('季度');
    expect((error.details as ImportReply).rejectedRows[0]?.code).toBe('missing_columns');
    const garbage = await upload(
      as.reporterA!,
      new Uint8Array([0xff, 0x00, 0xfe, 0x81, 0x00, 0x30]),
    );
    expect(((await errorOf(garbage)).details as ImportReply).rejectedRows[0]?.code).toBe(
      'bad_encoding',
    );
  });

  it('reads GB18030 with Chinese headers and XLSX', async () => {
    const text = `地区代码,指标,季度,数值,备注\n${f.codes.countyA},T参合率,2026Q3,95,\n`;
    const gb = await upload(as.reporterA!, new Uint8Array(iconv.encode(text, 'gb18030')));
    expect(await gb.json()).toMatchObject({ created: 1, encoding: 'GB18030' });
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('x');
    sheet.addRow(['地区代码', '指标', '季度', '数值']);
    sheet.addRow([f.codes.countyA, 'T参合率', '2026Q4', 94]);
    const xlsx = await upload(
      as.reporterA!,
      new Uint8Array(await wb.xlsx.writeBuffer()),
      'data.xlsx',
    );
    expect(await xlsx.json()).toMatchObject({ format: 'xlsx', created: 1 });
  });

  it('rejects an import row whose version column is stale instead of overwriting', async () => {
    const tpl = await call(
      'GET',
      `/api/observations/template?regionId=${f.regions.countyA}&quarter=2026Q3`,
      as.reporterA!,
    );
    expect(tpl.status).toBe(200);
    const template = await tpl.text();
    expect(template.replace(/^\uFEFF/, '').startsWith('地区代码,地区名称,指标')).toBe(true);
    const line = template.split('\r\n').find((l) => l.includes('T参合率'))!;
    expect(line).toContain(',95,');
    await save(as.reporterA2!, [row(f.indicators.coverage, 96, 1)], f.regions.countyA, '2026Q3');
    const res = await upload(as.reporterA!, template.replace(',95,', ',94,'));
    expect(res.status).toBe(422);
    const rejected = ((await errorOf(res)).details as ImportReply).rejectedRows;
    expect(rejected.map((r) => r.code)).toEqual(['stale_version']);
    // When it changed reads as a time, not an ISO string.
    expect(rejected[0]?.message).toMatch(/于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）修改为 96/);
    const xlsx = await call(
      'GET',
      `/api/observations/template?regionId=${f.regions.city}&quarter=2026Q3&format=xlsx&children=1`,
      as.approver!,
    );
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('skips the untouched rows of a partly filled XLSX template instead of creating them', async () => {
    const cityReporter = (await signInAs(t.app, t.database.db, 'reporter', f.regions.city)).cookie;
    const tpl = await call(
      'GET',
      `/api/observations/template?regionId=${f.regions.city}&quarter=2027Q1&format=xlsx&children=1`,
      cityReporter,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await tpl.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    const templateRows = sheet.rowCount - 1;
    expect(templateRows).toBeGreaterThan(2);
    sheet.eachRow((r) => {
      if (r.getCell(1).value === f.codes.countyA && r.getCell(3).value === 'T参合率')
        r.getCell(6).value = 97;
    });
    const file = new Uint8Array(await book.xlsx.writeBuffer());
    const dry = (await (await upload(cityReporter, file, 't.xlsx', true)).json()) as ImportReply;
    expect(dry).toMatchObject({ created: 1, skipped: templateRows - 1, rejected: 0 });
    expect(dry.changes.map((c) => [c.regionCode, c.indicatorName])).toEqual([
      [f.codes.countyA, 'T参合率'],
    ]);
    const res = await upload(cityReporter, file, 't.xlsx');
    expect(await res.json()).toMatchObject({ created: 1, updated: 0, skipped: templateRows - 1 });
    const stored = (regionId: number) =>
      entry(as.viewer!, regionId, '2027Q1').then((e) =>
        e.rows.filter((r) => r.observation !== null).map((r) => r.indicator.name),
      );
    expect(await stored(f.regions.countyA)).toEqual(['T参合率']);
    expect(await stored(f.regions.countyB)).toEqual([]);
  });

  it('saves a grid of regions as one all-or-nothing request', async () => {
    const cityReporter = (await signInAs(t.app, t.database.db, 'reporter', f.regions.city)).cookie;
    const grid = (cookie: string, regions: { regionId: number; rows: unknown[] }[]) =>
      call('PUT', '/api/observations/grid', cookie, {
        quarter: '2027Q2',
        channel: 'form',
        regions,
      });
    const values = async () =>
      Promise.all(
        [f.regions.countyA, f.regions.countyB].map(async (id) =>
          (await entry(as.viewer!, id, '2027Q2')).rows
            .filter((r) => r.observation)
            .map((r) => [r.indicator.name, r.observation!.value]),
        ),
      );

    const first = await grid(cityReporter, [
      { regionId: f.regions.countyA, rows: [row(f.indicators.coverage, 97, 0)] },
      { regionId: f.regions.countyB, rows: [row(f.indicators.coverage, 96, 0)] },
    ]);
    expect(first.status).toBe(200);
    const body = (await first.json()) as {
      regions: { regionId: number; submission: { state: string }; observations: unknown[] }[];
    };
    expect(
      body.regions.map((r) => [r.regionId, r.submission.state, r.observations.length]),
    ).toEqual([
      [f.regions.countyA, 'draft', 1],
      [f.regions.countyB, 'draft', 1],
    ]);

    // B县 changes meanwhile: the grid's stale B cell stops A's change too.
    await save(as.reporterB!, [row(f.indicators.coverage, 95.5, 1)], f.regions.countyB, '2027Q2');
    const stale = await grid(cityReporter, [
      { regionId: f.regions.countyA, rows: [row(f.indicators.coverage, 97.5, 1)] },
      { regionId: f.regions.countyB, rows: [row(f.indicators.coverage, 96.5, 1)] },
    ]);
    expect(stale.status).toBe(409);
    const conflict = await errorOf(stale);
    expect(conflict.code).toBe('conflict');
    expect(conflict.details).toMatchObject({
      conflicts: [{ regionId: f.regions.countyB, value: 95.5, version: 2, yourVersion: 1 }],
    });
    // A validation issue in one region stops the other, and names its region.
    const invalid = await grid(cityReporter, [
      { regionId: f.regions.countyA, rows: [row(f.indicators.coverage, 97.5, 1)] },
      { regionId: f.regions.countyB, rows: [row(f.indicators.coverage, 120, 2)] },
    ]);
    expect(invalid.status).toBe(422);
    expect((await errorOf(invalid)).details).toMatchObject({
      rows: [{ regionId: f.regions.countyB, row: 0, code: 'percent_out_of_range' }],
    });
    // A region outside the scope refuses the whole grid.
    const outside = await grid(as.reporterA!, [
      { regionId: f.regions.countyA, rows: [row(f.indicators.coverage, 97.5, 1)] },
      { regionId: f.regions.countyB, rows: [row(f.indicators.coverage, 96.5, 2)] },
    ]);
    expect(outside.status).toBe(403);
    expect(await values()).toEqual([[['T参合率', 97]], [['T参合率', 95.5]]]);

    const twice = await grid(cityReporter, [
      { regionId: f.regions.countyA, rows: [row(f.indicators.coverage, 97.5, 1)] },
      { regionId: f.regions.countyA, rows: [row(f.indicators.doctors, 50, 0)] },
    ]);
    expect(twice.status).toBe(422);
  });

  it('walks submit → return → submit → approve, locks, marks changes after re-open', async () => {
    const base = `/api/submissions/${f.regions.countyA}/2026Q1`;
    expect((await call('POST', `${base}/approve`, as.approver!, {})).status).toBe(409);
    expect((await call('POST', `${base}/submit`, as.reporterB!, {})).status).toBe(403);
    expect((await call('POST', `${base}/submit`, as.reporterA!, {})).status).toBe(200);
    expect((await call('POST', `${base}/return`, as.approver!, {})).status).toBe(422);
    const returned = await call('POST', `${base}/return`, as.approver!, {
      reason: '参合率偏高，请核实',
    });
    expect(((await returned.json()) as { submission: { state: string } }).submission.state).toBe(
      'returned',
    );
    expect((await call('POST', `${base}/submit`, as.reporterA!, {})).status).toBe(200);
    expect((await call('POST', `${base}/approve`, as.reporterA!, {})).status).toBe(403);
    expect((await call('POST', `${base}/approve`, as.approver!, {})).status).toBe(200);

    const current = (await entry(as.reporterA!)).rows.find(
      (r) => r.indicator.id === f.indicators.coverage,
    )!;
    const locked = await save(as.reporterA!, [
      row(f.indicators.coverage, 90, current.observation!.version, '核实'),
    ]);
    expect(locked.status).toBe(409);
    expect((await errorOf(locked)).code).toBe('locked');
    const imported = await upload(
      as.reporterA!,
      csv([`${f.codes.countyA},T参合率,2026Q1,90,,,核实`]),
    );
    expect(((await errorOf(imported)).details as ImportReply).rejectedRows[0]?.code).toBe('locked');

    expect(
      (await call('POST', `${base}/reopen`, as.approver!, { reason: '补充数据' })).status,
    ).toBe(200);
    await new Promise((r) => setTimeout(r, 5));
    expect(
      (await save(as.reporterA!, [row(f.indicators.coverage, 96.5, current.observation!.version)]))
        .status,
    ).toBe(200);
    const after = await entry(as.reporterA!);
    expect(
      after.rows.find((r) => r.indicator.id === f.indicators.coverage)?.changedSinceApproval,
    ).toBe(true);

    const overview = await call(
      'GET',
      `/api/submissions?parentId=${f.regions.city}&quarter=2026Q1`,
      as.approver!,
    );
    const body = (await overview.json()) as {
      regions: {
        region: { id: number };
        submission: { state: string };
        overdue: boolean;
        changedSinceApproval: number;
      }[];
    };
    const a = body.regions.find((r) => r.region.id === f.regions.countyA)!;
    const b = body.regions.find((r) => r.region.id === f.regions.countyB)!;
    expect(a).toMatchObject({ submission: { state: 'draft' }, changedSinceApproval: 1 });
    expect(b.submission.state).toBe('not_started');
    expect(b.overdue).toBe(new Date() >= new Date('2026-05-01T00:00:00Z'));
    const log = await call(
      'GET',
      `/api/change-log?entity=submission&key=${f.regions.countyA}:2026Q1`,
      as.viewer!,
    );
    const states = (
      (await log.json()) as { entries: { newValue: { state: string }; note: string | null }[] }
    ).entries.map((e) => e.newValue.state);
    expect(states).toEqual(['submitted', 'returned', 'submitted', 'approved', 'draft']);
  });

  it('keeps the 1 MB JSON limit elsewhere while the import path takes larger files', async () => {
    const big = JSON.stringify({
      regionId: 1,
      quarter: '2026Q1',
      rows: [],
      pad: 'x'.repeat(1024 * 1024 + 10),
    });
    const res = await t.app.request('/api/observations', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: as.reporterA! },
      body: big,
    });
    expect(res.status).toBe(413);
    const lines = Array.from(
      { length: 30_000 },
      (_, i) =>
        `${f.codes.countyA},T参合率,${2000 + Math.floor(i / 4)}Q${(i % 4) + 1},200,,,备注-${i}`,
    );
    const large = csv(lines.slice(0, 1));
    const padded = large + '\n' + '#'.repeat(0) + lines.join('\n');
    expect(Buffer.byteLength(padded)).toBeGreaterThan(1024 * 1024);
    const imp = await upload(as.reporterA!, padded);
    expect(imp.status).toBe(422); // read and validated (200 % is out of range), not refused as too large
  });
});
