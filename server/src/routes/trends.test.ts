import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import type { ErrorEnvelope } from '@targetboard/shared/api/errors';
import type { CompactTrendReply } from '@targetboard/shared/api/trends.schema';
import { resolveTrend } from '@targetboard/shared/export/trend-series';
import { observationsCsv } from '@targetboard/shared/export/observations-table';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

describe(`trend and export routes on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  const as: Record<string, string> = {};
  let documentId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    f = await seedReportingFixture(db);
    // The city raises the bar for 2027: counties inherit 95 % (nation) in 2026, 97 % in 2027.
    const sentence = '2027年住院分娩率达到97%以上。';
    documentId = (
      await db
        .insertInto('documents')
        .values({ title: '甲市2027年工作要点', format: 'text', text: sentence })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await db
      .insertInto('targets')
      .values({
        indicator_id: f.indicators.coverage,
        indicator_name: 'x',
        region_id: f.regions.city,
        year: 2027,
        comparator: '>=',
        value: 97,
        unit: '%',
        kind: 'rate',
        direction: 'up',
        state: 'confirmed',
        document_id: documentId,
        source_start: 0,
        source_end: sentence.length,
        quote: sentence,
      })
      .execute();
    const figures: [number, string, number][] = [
      [f.regions.countyA, '2026Q1', 98.5],
      [f.regions.countyA, '2026Q2', 99],
      [f.regions.countyA, '2027Q1', 97.5],
      [f.regions.countyB, '2026Q1', 96],
      [f.regions.countyB, '2026Q2', 90],
      [f.regions.countyB, '2027Q1', 96],
    ];
    await db
      .insertInto('observations')
      .values(
        figures.map(([region_id, quarter, value]) => ({
          region_id,
          indicator_id: f.indicators.coverage,
          quarter,
          value,
          updated_by: 'test',
        })),
      )
      .execute();
    as.admin = (await signInAs(t.app, db, 'admin')).cookie;
    as.viewerCity = (await signInAs(t.app, db, 'viewer', f.regions.city)).cookie;
    as.reporterB = (await signInAs(t.app, db, 'reporter', f.regions.countyB)).cookie;
  });
  afterAll(() => t.close());

  const get = (path: string, cookie?: string) =>
    t.app.request(path, { headers: cookie ? { cookie } : {} });
  const query = (
    regions = [f.regions.countyA, f.regions.countyB],
    from = '2026Q1',
    to = '2027Q2',
  ) => `indicatorId=${f.indicators.coverage}&regionIds=${regions.join(',')}&from=${from}&to=${to}`;
  const errorOf = async (res: Response) => ((await res.json()) as ErrorEnvelope).error;

  it('gives per region the points, gaps, statuses and the target of each year', async () => {
    const res = await get(`/api/trends?${query()}`, as.viewerCity);
    expect(res.status).toBe(200);
    const reply = resolveTrend((await res.json()) as CompactTrendReply);
    expect(reply.indicator.name).toBe(f.names.coverage);
    expect(reply.quarters).toEqual(['2026Q1', '2026Q2', '2026Q3', '2026Q4', '2027Q1', '2027Q2']);
    const [a, b] = reply.regions;
    // A县's own 2026 target is carried into 2027: the region's own targets come before a
    // nearer year set by an ancestor (same rule as the entry form).
    expect(
      a!.targets.map((x) => [x.year, x.rule, x.inheritedFrom?.name ?? null, x.sourceYear]),
    ).toEqual([
      [2026, '≥98%', null, 2026],
      [2027, '≥98%', null, 2026],
    ]);
    expect(b!.targets.map((x) => [x.year, x.rule, x.inheritedFrom?.name ?? null])).toEqual([
      [2026, '≥95%', 'T全国'],
      [2027, '≥97%', 'T甲市'],
    ]);
    expect(b!.points.map((p) => [p.value, p.status, p.lower])).toEqual([
      [96, 'met', 95],
      [90, 'missed', 95],
      [null, 'no_data', 95],
      [null, 'no_data', 95],
      [96, 'at_risk', 97],
      [null, 'no_data', 97],
    ]);
    expect(a!.points[4]).toMatchObject({ value: 97.5, status: 'at_risk' });
    // Each year's target names the plan sentence it came from, for the table to link.
    expect(b!.targets[1]!.source).toEqual({
      documentId,
      start: 0,
      end: 18,
      quote: '2027年住院分娩率达到97%以上。',
    });
  });

  it('sends each target once and the points in columns', async () => {
    const res = await get(`/api/trends?${query()}`, as.admin);
    const wire = (await res.json()) as CompactTrendReply;
    const ids = wire.targets.map((x) => x.targetId);
    expect(new Set(ids).size).toBe(ids.length);
    const named = new Set(wire.regions.flatMap((r) => r.years.map((y) => y.targetId)));
    expect([...named].sort()).toEqual([...ids].sort());
    for (const r of wire.regions)
      for (const column of [r.values, r.statuses, r.reasons, r.projected])
        expect(column).toHaveLength(wire.quarters.length);
    // Statuses and reasons travel as indices into the lists the reply carries once.
    const b2026 = wire.regions[1]!;
    expect(b2026.statuses.slice(0, 2).map((i) => wire.statuses[i])).toEqual(['met', 'missed']);
    expect(b2026.reasons.slice(0, 2).map((i) => (i === null ? null : wire.reasons[i]))).toEqual([
      'meets',
      'misses',
    ]);
    // B县 inherits 全国's target in 2026: listed once, named by id and marked inherited.
    const b = wire.regions[1]!;
    expect(b.years[0]).toMatchObject({ year: 2026, inherited: true });
    expect(wire.targets.find((x) => x.targetId === b.years[0]!.targetId)?.regionName).toBe('T全国');
  });

  it('answers the CSV byte for byte as the shared function writes it, BOM included', async () => {
    const trend = resolveTrend(
      (await (await get(`/api/trends?${query()}`, as.admin)).json()) as CompactTrendReply,
    );
    const res = await get(`/api/export/observations.csv?${query()}`, as.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      observationsCsv(trend),
    );
  });

  it('answers XLSX with units in the header, coloured statuses and a source line', async () => {
    const res = await get(`/api/export/observations.xlsx?${query()}`, as.viewerCity);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('数据')!;
    expect(sheet.getRow(1).getCell(5).value).toBe('数值（%）');
    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe('TA县');
    expect(first.getCell(5).value).toBe(98.5);
    expect(first.getCell(9).value).toBe('✓ 达标');
    const fill = first.getCell(9).fill as { fgColor?: { argb?: string } };
    expect(fill.fgColor?.argb).toBe('FFD8F0DE');
    const last = sheet.getRow(sheet.rowCount).getCell(1).value;
    expect(String(last)).toMatch(/^数据来源：指标看板 · 截至 \d{4}-\d{2}-\d{2}$/);
  });

  it('judges a region’s additive target on its sub-regions’ sum, its counties on their own figures', async () => {
    const db = t.database.db;
    // 甲市 sets a total of 100 doctors for 2026 and reports none itself; its counties do.
    const doctors = f.indicators.doctors;
    await db
      .insertInto('targets')
      .values({
        indicator_id: doctors,
        indicator_name: 'x',
        region_id: f.regions.city,
        year: 2026,
        comparator: '>=',
        value: 100,
        unit: '人',
        kind: 'count',
        direction: 'up',
        state: 'confirmed',
        measure: 'additive',
      })
      .execute();
    await db
      .insertInto('observations')
      .values([
        {
          region_id: f.regions.countyA,
          indicator_id: doctors,
          quarter: '2026Q1',
          value: 20,
          updated_by: 'test',
        },
        {
          region_id: f.regions.countyB,
          indicator_id: doctors,
          quarter: '2026Q1',
          value: 15,
          updated_by: 'test',
        },
      ])
      .execute();
    const res = await get(
      `/api/trends?indicatorId=${doctors}&regionIds=${f.regions.city},${f.regions.countyA}&from=2026Q1&to=2026Q1`,
      as.admin,
    );
    expect(res.status).toBe(200);
    const trend = resolveTrend((await res.json()) as CompactTrendReply);
    const [city, county] = trend.regions;
    expect(city!.points[0]).toMatchObject({ value: 35, judged: 35 });
    expect(city!.targets[0]).toMatchObject({ measure: 'additive', value: 100 });
    // The county is judged on its own figure by the province's per-county standard (intensive).
    expect(county!.points[0]).toMatchObject({ value: 20, judged: 20 });
    expect(county!.targets[0]).toMatchObject({ measure: 'intensive', value: 40 });
  });

  it('refuses regions outside the scope (403), unknown ones (404), bad queries (422), guests (401)', async () => {
    for (const path of [
      '/api/trends',
      '/api/export/observations.csv',
      '/api/export/observations.xlsx',
    ]) {
      const outside = await get(`${path}?${query()}`, as.reporterB);
      expect(outside.status).toBe(403);
      expect((await errorOf(outside)).code).toBe('forbidden');
      expect((await get(`${path}?${query([f.regions.countyB])}`, as.reporterB)).status).toBe(200);
      expect((await get(`${path}?${query()}`)).status).toBe(401);
    }
    expect((await get(`/api/trends?${query([999999])}`, as.admin)).status).toBe(404);
    // An unknown region is 404 for anyone: the scope test, read beside it, decides after.
    expect((await get(`/api/trends?${query([999999])}`, as.reporterB)).status).toBe(404);
    expect(
      (await get(`/api/trends?${query(undefined, '2027Q1', '2026Q1')}`, as.admin)).status,
    ).toBe(422);
    expect(
      (await get(`/api/trends?${query(undefined, '2010Q1', '2026Q1')}`, as.admin)).status,
    ).toBe(422);
    expect(
      (await get(`/api/trends?indicatorId=1&regionIds=a,b&from=2026Q1&to=2026Q2`, as.admin)).status,
    ).toBe(422);
    // One region outside among several in scope still refuses the whole request.
    const mixed = await get(
      `/api/trends?${query([f.regions.countyB, f.regions.countyA])}`,
      as.reporterB,
    );
    expect(mixed.status).toBe(403);
    const many = Array.from({ length: 101 }, (_, i) => i + 1).join(',');
    expect(
      (await get(`/api/trends?indicatorId=1&regionIds=${many}&from=2026Q1&to=2026Q2`, as.admin))
        .status,
    ).toBe(422);
  });
});
