import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendChanges } from '@targetboard/db/repositories/change-log.repository';
import { testEngine } from '@targetboard/db/testing/create-test-db';
import { seedReportingFixture } from '@targetboard/db/testing/reporting-fixture';
import { signInAs } from '../testing/auth';
import { createTestApp } from '../testing/test-app';

// Names a hostile plan or user could give: each starts like a negative number but is a formula.
const HOSTILE_REGION = '-1+HYPERLINK("http://x","y")';
const HOSTILE_INDICATOR = "-2+3+cmd|' /C calc'!A0";
const HOSTILE_NOTE = '@SUM(1+1)*cmd|" /C calc"!A0';

/** Cells a spreadsheet would run: text starting = + - @ tab CR that is not a plain number. */
const runnable = (cells: unknown[]) =>
  cells.filter((v) => typeof v === 'string' && /^[=+\-@\t\r]/.test(v) && !/^-\d+(\.\d+)?$/.test(v));

const csvCells = (text: string) =>
  (parse(text, { bom: true, relax_column_count: true }) as string[][]).flat();

async function xlsxCells(bytes: ArrayBuffer): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  const cells: unknown[] = [];
  for (const sheet of book.worksheets)
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
  return cells;
}

describe(`every CSV and XLSX the server writes neutralises formulas, on ${testEngine()}`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let f: Awaited<ReturnType<typeof seedReportingFixture>>;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    f = await seedReportingFixture(t.database.db, 'F');
    const db = t.database.db;
    await db
      .updateTable('regions')
      .set({ name: HOSTILE_REGION })
      .where('id', '=', f.regions.countyA)
      .execute();
    await db
      .updateTable('regions')
      .set({ name: HOSTILE_REGION })
      .where('id', '=', f.regions.province)
      .execute();
    await db
      .updateTable('indicators')
      .set({ name: HOSTILE_INDICATOR })
      .where('id', '=', f.indicators.coverage)
      .execute();
    admin = (await signInAs(t.app, db, 'admin')).cookie;
    const saved = await t.app.request('/api/observations', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: admin },
      body: JSON.stringify({
        regionId: f.regions.countyA,
        quarter: '2026Q1',
        channel: 'form',
        rows: [{ indicatorId: f.indicators.coverage, value: 96, version: 0, note: HOSTILE_NOTE }],
      }),
    });
    expect(saved.status).toBe(200);
  });
  afterAll(() => t.close());

  const get = (path: string) => t.app.request(path, { headers: { cookie: admin } });

  it('the import template, as CSV and as XLSX', async () => {
    const path = `/api/observations/template?regionId=${f.regions.countyA}&quarter=2026Q1`;
    const csv = await (await get(path)).text();
    expect(csv).toContain(HOSTILE_INDICATOR);
    expect(runnable(csvCells(csv))).toEqual([]);
    const xlsx = await xlsxCells(await (await get(`${path}&format=xlsx`)).arrayBuffer());
    expect(xlsx).toContain(`'${HOSTILE_INDICATOR}`);
    expect(xlsx).toContain(`'${HOSTILE_NOTE}`);
    expect(runnable(xlsx)).toEqual([]);
  });

  it('the change-log CSV', async () => {
    // A note and a user name as stored by an older version, before names were restricted.
    await appendChanges(t.database.db, [
      {
        entity: 'observation',
        key: `${f.regions.countyA}:${f.indicators.coverage}:2026Q2`,
        oldValue: null,
        newValue: { value: 1 },
        user: '-1-1',
        channel: 'api',
        note: HOSTILE_INDICATOR,
      },
    ]);
    const res = await get(`/api/change-log/export.csv?regionId=${f.regions.countyA}`);
    expect(res.status).toBe(200);
    const cells = csvCells(await res.text());
    expect(cells).toContain(`'${HOSTILE_INDICATOR}`);
    expect(cells).toContain("'-1-1");
    expect(runnable(cells)).toEqual([]);
  });

  it('the trend export, as CSV and as XLSX', async () => {
    const query = `indicatorId=${f.indicators.coverage}&regionIds=${f.regions.countyA}&from=2026Q1&to=2026Q2`;
    const csv = await (await get(`/api/export/observations.csv?${query}`)).text();
    expect(csv).toContain(HOSTILE_REGION.replace(/"/g, '""'));
    expect(runnable(csvCells(csv))).toEqual([]);
    const xlsx = await xlsxCells(
      await (await get(`/api/export/observations.xlsx?${query}`)).arrayBuffer(),
    );
    expect(xlsx).toContain(`'${HOSTILE_REGION}`);
    expect(runnable(xlsx)).toEqual([]);
  });

  it('the dashboard XLSX', async () => {
    const res = await get('/api/export/dashboard.xlsx?region=F000000&year=2026&quarter=1');
    expect(res.status).toBe(200);
    const xlsx = await xlsxCells(await res.arrayBuffer());
    expect(xlsx.some((v) => typeof v === 'string' && v.startsWith(`'${HOSTILE_REGION}`))).toBe(
      true,
    );
    expect(runnable(xlsx)).toEqual([]);
  });
});
