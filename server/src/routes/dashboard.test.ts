import type { Db } from '@targetboard/db/database';
import type { DashboardReply } from '@targetboard/shared/api/dashboard.schema';
import {
  type Dashboard,
  type DashboardCell,
  resolveDashboard,
} from '@targetboard/shared/api/dashboard-resolve';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { STATUS_RULES_VERSION } from '@targetboard/shared/targets/status';
import { isStoreCurrent } from '@targetboard/db/repositories/cell-statuses.repository';
import { STATUS_FILLS } from '../services/xlsx-legend';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';
import { createApp } from '../app';
import { ensureCellStatuses } from '../services/cell-statuses.service';
import { buildDashboard } from '../services/dashboard.service';
import type { Direction } from '@targetboard/shared/targets/vocabulary';

const xlsxGolden = new URL('./golden/dashboard-xlsx-cells.json', import.meta.url);

/**
 * 全国 → 甲省 → 甲市 (A县, B县), 乙市 (C县), with targets set at three levels and figures
 * chosen so that 2026Q2 shows every status, an inherited target, a weaker child target and
 * roll-ups with a missing county.
 */
async function seed(db: Db) {
  const region = async (code: string, name: string, level: number, parentId: number | null) =>
    (
      await db
        .insertInto('regions')
        .values({ code, name, level, parent_id: parentId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const nation = await region('000000', '全国', 0, null);
  const province = await region('D10000', '甲省', 1, nation);
  const cityA = await region('D10100', '甲市', 2, province);
  const cityB = await region('D10200', '乙市', 2, province);
  const countyA = await region('D10101', 'A县', 3, cityA);
  const countyB = await region('D10102', 'B县', 3, cityA);
  const countyC = await region('D10201', 'C县', 3, cityB);

  const indicator = async (name: string, unit: string, kind: 'rate' | 'count', d: Direction) =>
    (
      await db
        .insertInto('indicators')
        .values({
          name,
          unit,
          kind,
          direction: d,
          category: kind === 'count' ? '基层卫生' : '妇幼健康',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const coverage = await indicator('住院分娩率', '%', 'rate', 'up');
  const mortality = await indicator('孕产妇死亡率', '1/10万', 'rate', 'down');
  const doctors = await indicator('全科医生数', '人', 'count', 'up');
  const screening = await indicator('孕检率', '%', 'rate', 'up');

  const document = (
    await db
      .insertInto('documents')
      .values({ title: '甲省2026年妇幼工作要点', format: 'text', text: '住院分娩率达到96%以上。' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const target = async (
    indicatorId: number,
    regionId: number,
    year: number | null,
    comparator: '>=' | '<=',
    value: number,
    unit: string,
    source: { documentId: number; start: number; end: number; quote: string } | null = null,
  ) =>
    (
      await db
        .insertInto('targets')
        .values({
          indicator_id: indicatorId,
          indicator_name: 'x',
          region_id: regionId,
          year,
          comparator,
          value,
          unit,
          kind: unit === '人' ? 'count' : 'rate',
          direction: comparator === '>=' ? 'up' : 'down',
          state: 'confirmed',
          document_id: source?.documentId ?? null,
          source_start: source?.start ?? null,
          source_end: source?.end ?? null,
          quote: source?.quote ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const quote = { documentId: document, start: 0, end: 12, quote: '住院分娩率达到96%以上。' };
  const provinceCoverage = await target(coverage, province, 2026, '>=', 96, '%', quote);
  await target(coverage, nation, null, '>=', 90, '%');
  await target(coverage, cityB, 2026, '>=', 90, '%'); // weaker than the province's 96
  await target(coverage, cityB, 2027, '>=', 99, '%'); // a later year never applies backwards
  await target(mortality, province, 2026, '<=', 10, '1/10万');
  // The province's total is its own (additive: judged on the cities' sum); each city has its own.
  const provinceDoctors = await target(doctors, province, 2026, '>=', 80, '人');
  await target(doctors, cityA, 2026, '>=', 40, '人');
  await target(doctors, cityB, 2026, '>=', 40, '人');
  await target(screening, nation, null, '>=', 80, '%');
  await db
    .insertInto('targets')
    .values({
      indicator_id: screening,
      indicator_name: 'x',
      region_id: province,
      year: 2026,
      comparator: '>=',
      value: 99,
      unit: '%',
      kind: 'rate',
      direction: 'up',
      state: 'draft',
    })
    .execute();

  const figures: [number, number, string, number][] = [
    [province, coverage, '2026Q2', 95], // misses 96 by 1 ≤ 2 % of 96 → at_risk
    [cityA, coverage, '2026Q1', 96.5],
    [cityA, coverage, '2026Q2', 97], // met, inherited from the province
    [cityB, coverage, '2026Q2', 80], // own ≥90, far off → missed
    [cityA, mortality, '2026Q2', 10.1], // ≤10 missed by 0.1 → at_risk
    [cityA, doctors, '2026Q1', 5],
    [cityA, doctors, '2026Q2', 15], // 20 by Q2 = the path → met
    [cityB, doctors, '2026Q2', 5], // behind the path → at_risk
    [cityA, screening, '2026Q2', 85],
    [countyA, coverage, '2026Q2', 97],
    [countyB, coverage, '2026Q2', 93],
    [countyA, coverage, '2025Q4', 94],
  ];
  await db
    .insertInto('observations')
    .values(
      figures.map(([regionId, indicatorId, quarter, value]) => ({
        region_id: regionId,
        indicator_id: indicatorId,
        quarter,
        value,
        numerator: null,
        denominator: null,
        note: null,
        updated_by: 'test',
      })),
    )
    .execute();
  return {
    regions: { nation, province, cityA, cityB, countyA, countyB, countyC },
    indicators: { coverage, mortality, doctors, screening },
    provinceDoctors,
    document,
    provinceCoverage,
  };
}

describe('GET /api/dashboard', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let f: Awaited<ReturnType<typeof seed>>;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    f = await seed(t.database.db);
    admin = (await signInAs(t.app, t.database.db, 'admin')).cookie;
  });
  afterAll(() => t?.close());

  const get = async (query: string, cookie = admin) => {
    const res = await t.app.request(`/api/dashboard?${query}`, { headers: { cookie } });
    const json = (await res.json()) as DashboardReply;
    // Error replies are only read for their status.
    const body = (res.status === 200 ? resolveDashboard(json) : json) as Dashboard;
    return { status: res.status, body, json };
  };
  const cell = (reply: Dashboard, regionId: number, indicatorId: number): DashboardCell => {
    const row = [reply.parent, ...reply.rows].find((r) => r.region.id === regionId);
    const found = row?.cells.find((c) => c.indicatorId === indicatorId);
    if (!found) throw new Error(`no cell ${regionId}/${indicatorId}`);
    return found;
  };

  it('judges each child × indicator with every status, as of the quarter', async () => {
    const { status, body } = await get('region=D10000&year=2026&quarter=2');
    expect(status).toBe(200);
    expect(body.quarter).toBe('2026Q2');
    expect(body.path.map((p) => p.name)).toEqual(['全国']);
    expect(body.rows.map((r) => [r.region.name, r.region.childCount])).toEqual([
      ['甲市', 2],
      ['乙市', 1],
    ]);
    const { coverage, mortality, doctors } = f.indicators;
    const { cityA, cityB, province } = f.regions;
    const statusOf = (r: number, i: number) => cell(body, r, i).status;
    expect(statusOf(cityA, coverage)).toBe('met');
    expect(statusOf(cityB, coverage)).toBe('missed');
    expect(statusOf(cityA, mortality)).toBe('at_risk');
    expect(cell(body, cityA, mortality).reason.code).toBe('near_bound');
    expect(statusOf(cityB, mortality)).toBe('no_data');
    expect(statusOf(cityA, doctors)).toBe('met');
    expect(cell(body, cityA, doctors)).toMatchObject({ value: 20, basis: 'year_to_date' });
    expect(statusOf(cityB, doctors)).toBe('at_risk');
    expect(cell(body, cityB, doctors).reason.code).toBe('behind_path');
    expect(statusOf(province, coverage)).toBe('at_risk');
    // The province reported no doctors: its total is judged on its cities' sum, 5 + 15 + 5.
    expect(cell(body, province, doctors)).toMatchObject({
      target: { id: f.provinceDoctors, measure: 'additive', inheritedFrom: null },
      value: 25,
      basis: 'year_to_date',
      status: 'at_risk',
    });
    // The counts are the grid's cells: the region's own row (本级) as well as its children's.
    const shown = [body.parent, ...body.rows].flatMap((r) => r.cells.map((c) => c.status));
    expect(body.parent.cells.length).toBeGreaterThan(0);
    for (const s of ['met', 'at_risk', 'missed', 'no_data'] as const)
      expect(body.counts[s], s).toBe(shown.filter((x) => x === s).length);
    // Catalogue category order, then pinyin order within a category, on either engine.
    expect(body.indicators.map((i) => i.name)).toEqual([
      '孕产妇死亡率',
      '孕检率',
      '住院分娩率',
      '全科医生数',
    ]);
    expect(body.indicators.map((i) => i.category)).toEqual([
      '妇幼健康',
      '妇幼健康',
      '妇幼健康',
      '基层卫生',
    ]);
    expect(Date.parse(body.asOf)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('inherits the nearest ancestor’s confirmed target, with its source sentence', async () => {
    const { body } = await get('region=D10000&year=2026&quarter=2');
    const inherited = cell(body, f.regions.cityA, f.indicators.coverage);
    expect(inherited.target).toMatchObject({
      id: f.provinceCoverage,
      rule: '≥96%',
      inheritedFrom: { regionId: f.regions.province, name: '甲省' },
      source: { documentId: f.document, start: 0, end: 12, quote: '住院分娩率达到96%以上。' },
    });
    expect(inherited.value).toBe(97);
    expect(inherited.trend).toEqual([
      { quarter: '2025Q3', value: null },
      { quarter: '2025Q4', value: null },
      { quarter: '2026Q1', value: 96.5 },
      { quarter: '2026Q2', value: 97 },
    ]);
    // A year-less national target applies when nothing nearer does; drafts never apply.
    const national = cell(body, f.regions.cityA, f.indicators.screening);
    expect(national.target).toMatchObject({ rule: '≥80%', inheritedFrom: { name: '全国' } });
    expect(national.status).toBe('met');
    // 乙市's own 2026 step applies, not its 2027 one.
    expect(cell(body, f.regions.cityB, f.indicators.coverage).target).toMatchObject({
      rule: '≥90%',
      sourceYear: 2026,
      inheritedFrom: null,
    });
  });

  it('flags a child target weaker than the parent’s', async () => {
    const { body } = await get('region=D10000&year=2026&quarter=2');
    expect(cell(body, f.regions.cityB, f.indicators.coverage).weakerThanParent).toMatchObject({
      code: 'lower_floor',
    });
    expect(cell(body, f.regions.cityA, f.indicators.coverage).weakerThanParent).toBeNull();
  });

  it('rolls each cell up over the region’s own sub-regions', async () => {
    const { body } = await get('region=D10000&year=2026&quarter=2');
    expect(cell(body, f.regions.cityA, f.indicators.coverage).rollUp).toEqual({
      counts: { met: 1, at_risk: 0, missed: 1, no_data: 0 },
      total: 2,
      shareMet: 0.5,
      worst: 'missed',
    });
    // C县 inherits 乙市's ≥90 and has not reported: no_data, nothing judged.
    expect(cell(body, f.regions.cityB, f.indicators.coverage).rollUp).toMatchObject({
      shareMet: null,
      worst: 'no_data',
    });
    expect(cell(body, f.regions.province, f.indicators.coverage).rollUp).toMatchObject({
      total: 2,
      shareMet: 0.5,
      worst: 'missed',
    });
  });

  it('drills down to a city and leaves only met or missed after Q4', async () => {
    const { body } = await get('region=D10100&year=2026&quarter=4');
    expect(body.path.map((p) => p.name)).toEqual(['全国', '甲省']);
    expect(body.rows.map((r) => r.region.name)).toEqual(['A县', 'B县']);
    const statuses = body.rows.flatMap((r) => r.cells.map((c) => c.status));
    expect(new Set(statuses)).toEqual(new Set(['met', 'missed', 'no_data']));
    expect(statuses).not.toContain('at_risk');
  });

  it('filters by category', async () => {
    const { body } = await get('region=D10000&year=2026&quarter=2&category=基层卫生');
    expect(body.indicators.map((i) => i.name)).toEqual(['全科医生数']);
    expect(
      body.rows.every((r) => r.cells.every((c) => c.indicatorId === f.indicators.doctors)),
    ).toBe(true);
    expect(body.categories).toEqual(['妇幼健康', '基层卫生']);
  });

  it('defaults to 全国 for admins and to the scope region for others, 403 outside it', async () => {
    expect((await get('year=2026&quarter=2')).body.parent.region.name).toBe('全国');
    const { cookie } = await signInAs(t.app, t.database.db, 'viewer', f.regions.cityA);
    const own = await get('year=2026&quarter=2', cookie);
    expect(own.status).toBe(200);
    expect(own.body.parent.region.name).toBe('甲市');
    expect(own.body.path.map((p) => p.readable)).toEqual([false, false]);
    expect((await get('region=D10101&year=2026&quarter=2', cookie)).status).toBe(200);
    expect((await get('region=D10000&year=2026&quarter=2', cookie)).status).toBe(403);
    expect((await get('region=D10200&year=2026&quarter=2', cookie)).status).toBe(403);
    const nowhere = await signInAs(t.app, t.database.db, 'viewer', null);
    expect((await get('year=2026', nowhere.cookie)).status).toBe(403);
  });

  it('answers 401, 404 and 422 in the error envelope', async () => {
    expect((await t.app.request('/api/dashboard')).status).toBe(401);
    expect((await get('region=ZZ9999')).status).toBe(404);
    expect((await get('year=2026&quarter=5')).status).toBe(422);
    // A code the database cannot hold is refused by the schema, before any read uses it.
    expect((await get('region=%00')).status).toBe(422);
    expect((await get('region=D1%000')).status).toBe(422);
  });

  it('exports the same grid as XLSX with units, statuses and a source line', async () => {
    const json = (await get('region=D10000&year=2026&quarter=2')).body;
    const res = await t.app.request(
      '/api/export/dashboard.xlsx?region=D10000&year=2026&quarter=2',
      { headers: { cookie: admin } },
    );
    expect(res.status).toBe(200);
    // Named after the view on screen (甲省, not its parent 全国), its year and quarter.
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toContain('filename="dashboard_D10000_2026Q2.xlsx"');
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('看板_甲省_2026Q2.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      '地区代码',
      '地区',
      ...json.indicators.map((i) => (i.unit ? `${i.name}（${i.unit}）` : i.name)),
    ]);
    expect(sheet.name).toBe('甲省 2026Q2');
    // Exactly the grid's rows, 本级 first, then a blank row and the source line.
    expect(sheet.rowCount).toBe(json.rows.length + 4);
    expect(
      Array.from({ length: json.rows.length + 1 }, (_, i) => sheet.getRow(i + 2).getCell(1).value),
    ).toEqual([json.parent, ...json.rows].map((r) => r.region.code));
    // Exactly the grid's cells: a filled sheet cell wherever the grid has one, and only there.
    for (const [i, row] of [json.parent, ...json.rows].entries())
      for (const [j, indicator] of json.indicators.entries()) {
        const shown = row.cells.find((c) => c.indicatorId === indicator.id);
        const value = sheet.getRow(i + 2).getCell(j + 3).value;
        if (shown) expect(String(value)).toContain(STATUS_LEGEND[shown.status].icon);
        else expect(value ?? null).toBeNull();
      }
    const column = json.indicators.findIndex((i) => i.id === f.indicators.coverage) + 3;
    const firstChild = json.rows[0]!;
    const status = cell(json, firstChild.region.id, f.indicators.coverage).status;
    const exported = sheet.getRow(3).getCell(column);
    expect(sheet.getRow(3).getCell(2).value).toBe(firstChild.region.name);
    expect(String(exported.value)).toContain(STATUS_LEGEND[status].icon);
    expect(JSON.stringify(exported.fill)).toContain(STATUS_FILLS[status]);
    const last = sheet.getRow(sheet.rowCount).getCell(1).value;
    expect(String(last)).toContain('数据来源');
    expect((await t.app.request('/api/export/dashboard.xlsx')).status).toBe(401);
  });
  it('lists each target once and every cell names one of them', async () => {
    const { json } = await get('region=D10000&year=2026&quarter=2');
    const ids = json.targets.id;
    expect(new Set(ids).size).toBe(ids.length);
    const named = json.cells.target.map((i) => ids[i]);
    const count = [json.parent, ...json.rows].reduce((n, r) => n + r.cellCount, 0);
    expect(named.length).toBe(count);
    expect(named.length).toBeGreaterThan(ids.length); // the inherited ones are shared
    expect(new Set(named)).toEqual(new Set(ids));
    // Every column holds an entry per cell (the trend and the roll-up theirs per cell).
    const { trend, rollUp, ...perCell } = json.cells;
    for (const column of Object.values(perCell)) expect(column).toHaveLength(count);
    expect(trend).toHaveLength(count * json.trendQuarters.length);
    expect(rollUp).toHaveLength(count * json.statuses.length);
    for (const column of Object.values(json.targets)) expect(column).toHaveLength(ids.length);
    expect(new Set(json.targetRegions.map((r) => r.id))).toEqual(new Set(json.targets.regionId));
  });

  it('sends the same grids byte for byte from the stored statuses as it judges live, as of every quarter', async () => {
    const db = t.database.db;
    await ensureCellStatuses(db, new Date('2026-06-30'));
    expect(await isStoreCurrent(db, 2026, STATUS_RULES_VERSION)).toBe(true);
    const statuses = new Set<string>();
    const reasons = new Set<string>();
    for (const id of [f.regions.nation, f.regions.province, f.regions.cityA]) {
      const region = await db
        .selectFrom('regions')
        .select(['id', 'code', 'name', 'level'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      for (const quarter of [1, 2, 3, 4] as const) {
        const request = { region, year: 2026, quarter, scopeRegionId: null };
        const stored = await buildDashboard(db, request);
        const live = await buildDashboard(db, request, { storedStatuses: false });
        // The store's reply is built from its rows, the live one by compacting judged cells.
        expect(JSON.stringify({ ...stored, asOf: '' }), `${region.name} 2026Q${quarter}`).toBe(
          JSON.stringify({ ...live, asOf: '' }),
        );
        const resolved = resolveDashboard(stored);
        for (const c of [resolved.parent, ...resolved.rows].flatMap((r) => r.cells)) {
          statuses.add(c.status);
          reasons.add(c.reason.code);
        }
      }
    }
    // Every status among them, and reasons with and without a figure, a margin and a path.
    expect([...statuses].sort()).toEqual(['at_risk', 'met', 'missed', 'no_data']);
    expect([...reasons].sort()).toEqual([
      'behind_path',
      'meets',
      'misses',
      'near_bound',
      'no_figures',
      'on_path',
    ]);
    // Among them a near miss's margin, a projection, a year-to-date path and a sub-region sum.
    const { body } = await get('region=D10000&year=2026&quarter=2');
    const { cityA, cityB, province } = f.regions;
    const { mortality, doctors, coverage } = f.indicators;
    expect(cell(body, cityA, mortality).reason.params.margin).toBeCloseTo(0.2);
    expect(cell(body, cityA, coverage).projected).not.toBeNull();
    expect(cell(body, cityB, doctors).reason.code).toBe('behind_path');
    expect(cell(body, province, doctors).value).toBe(25);
    // The build takes the stores' advisory lock, which on a shared PostgreSQL other schemas'
    // refreshes may hold a while.
  }, 180_000);

  it('exports every cell as it did before the compact reply: value, fill, ink, note (golden)', async () => {
    const res = await t.app.request(
      '/api/export/dashboard.xlsx?region=D10000&year=2026&quarter=2',
      { headers: { cookie: admin } },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0]!;
    const cells: unknown[] = [];
    // The last row is the source line, dated today.
    for (let r = 1; r < sheet.rowCount; r++)
      sheet.getRow(r).eachCell((c) =>
        cells.push({
          at: c.address,
          value: c.value,
          note: c.note ?? null,
          fill: c.fill ?? null,
          font: c.font ?? null,
        }),
      );
    // Compared as data: the file's layout is the formatter's.
    const seen = JSON.parse(JSON.stringify(cells)) as unknown;
    if (process.env.UPDATE_GOLDEN) writeFileSync(xlsxGolden, `${JSON.stringify(seen, null, 2)}\n`);
    expect(seen).toEqual(JSON.parse(readFileSync(xlsxGolden, 'utf8')));
  });
  it('dates the export’s source line in the bureau’s time zone (APP_TIME_ZONE)', async () => {
    const sourceOf = async (app: typeof t.app) => {
      const res = await app.request(
        '/api/export/dashboard.xlsx?region=D10000&year=2026&quarter=2',
        { headers: { cookie: admin } },
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      const sheet = book.worksheets[0]!;
      return String(sheet.getRow(sheet.rowCount).getCell(1).value);
    };
    // 17:30 UTC on the 15th is 01:30 on the 16th in Beijing, 23:30 on the 15th in Urumqi.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-15T17:30:00Z') });
    try {
      expect(await sourceOf(t.app)).toContain('截至 2026-01-16');
      const urumqi = createApp({ database: t.database, timeZone: 'Asia/Urumqi' });
      expect(await sourceOf(urumqi)).toContain('截至 2026-01-15');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a changed figure on the next load: a kept grid lasts only while its data does', async () => {
    const { cityB } = f.regions;
    const { coverage } = f.indicators;
    const query = 'region=D10000&year=2026&quarter=2';
    const first = (await get(query)).body;
    expect(cell(first, cityB, coverage)).toMatchObject({ value: 80, status: 'missed' });
    expect(cell((await get(query)).body, cityB, coverage).value).toBe(80);
    const figure = (value: number) =>
      t.database.db
        .updateTable('observations')
        .set({ value })
        .where('region_id', '=', cityB)
        .where('indicator_id', '=', coverage)
        .where('quarter', '=', '2026Q2')
        .execute();
    await figure(95);
    try {
      const after = (await get(query)).body;
      expect(cell(after, cityB, coverage)).toMatchObject({ value: 95, status: 'met' });
      expect(after.counts).not.toEqual(first.counts);
    } finally {
      await figure(80);
    }
    expect(cell((await get(query)).body, cityB, coverage).value).toBe(80);
  });

  it('sends a kept grid in the encoding asked for, the same JSON each time, its path per reader', async () => {
    const query = '/api/dashboard?region=D10000&year=2026&quarter=2';
    const ask = async (encoding: string, cookie = admin) => {
      const res = await t.app.request(query, {
        headers: { cookie, 'Accept-Encoding': encoding },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('application/json');
      const bytes = Buffer.from(await res.arrayBuffer());
      const used = res.headers.get('Content-Encoding');
      const text = (
        used === 'br' ? brotliDecompressSync(bytes) : used === 'gzip' ? gunzipSync(bytes) : bytes
      ).toString('utf8');
      return { used, text };
    };
    const plain = await ask('identity');
    expect(plain.used).toBeNull();
    const reply = JSON.parse(plain.text) as DashboardReply;
    expect(reply.parent.region.code).toBe('D10000');
    for (const [asked, used] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ] as const) {
      const got = await ask(asked);
      expect(got.used, asked).toBe(used);
      expect(got.text, asked).toBe(plain.text); // kept: the very grid, asOf included
    }
    // Another reader of the same grid sees the path from their own scope.
    const approver = await signInAs(t.app, t.database.db, 'approver', f.regions.province);
    const theirs = JSON.parse((await ask('gzip', approver.cookie)).text) as DashboardReply;
    expect(theirs.path.map((p) => p.readable)).toEqual([false]); // 全国, above their scope
    expect(reply.path.map((p) => p.readable)).toEqual([true]);
    expect({ ...theirs, path: [] }).toEqual({ ...reply, path: [] });
  });
});
