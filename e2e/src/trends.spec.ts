import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { signIn } from './pages';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

/** Calls the API as the admin with the session cookie. */
async function apiAs(server: RunningServer) {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify(E2E_ADMIN),
  });
  const cookie = /tb_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')![0];
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, origin: server.url },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return JSON.parse(text) as T;
  };
}

interface RegionRef {
  id: number;
  code: string;
  name: string;
}

const FIGURES = [
  [8.2, 8.9, 9.6, 10.4],
  [11.5, 11.0, 10.6, 9.8],
  [7.1, 7.4, 7.0, 7.3],
  [9.0, 9.5, 9.9, 10.2],
];

describe('trends: chart 孕产妇死亡率 against a province ceiling, share and export it', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let cities: RegionRef[];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const call = await apiAs(server);
    const province = (
      await call<{ regions: RegionRef[] }>('GET', '/api/regions?q=510000')
    ).regions.find((r) => r.code === '510000')!;
    cities = (
      await call<{ regions: RegionRef[] }>('GET', `/api/regions?parentId=${province.id}`)
    ).regions.slice(0, 4);
    const indicator = (
      await call<{ indicators: { id: number; name: string }[] }>('GET', '/api/indicators')
    ).indicators.find((i) => i.name === '孕产妇死亡率')!;
    const posted = await call<{ document?: { id: number }; id?: number }>(
      'POST',
      '/api/documents',
      {
        title: '四川省2025年卫生健康工作要点',
        text: '四川省2025年卫生健康工作要点\n全省孕产妇死亡率控制在10/10万以下。',
      },
    );
    const documentId = posted.document?.id ?? posted.id!;
    const { targets } = await call<{
      targets: { id: number; version: number; indicator: string }[];
    }>('GET', `/api/documents/${documentId}/targets`);
    const target = targets.find((t) => t.indicator.includes('孕产妇死亡率'))!;
    await call('PATCH', `/api/targets/${target.id}`, {
      version: target.version,
      state: 'confirmed',
      indicatorId: indicator.id,
      regionId: province.id,
      year: 2025,
      comparator: '<=',
      value: 10,
      unit: '1/10万',
    });
    for (const [i, city] of cities.entries())
      for (const [q, value] of FIGURES[i]!.entries())
        await call('PUT', '/api/observations', {
          regionId: city.id,
          quarter: `2025Q${q + 1}`,
          channel: 'form',
          rows: [{ indicatorId: indicator.id, value, version: 0, note: '测试数据' }],
        });
    page = await browser.newPage({
      acceptDownloads: true,
      viewport: { width: 1280, height: 1000 },
    });
    await page.goto(server.url);
    await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
    // Chart three regions, the fourth is added through the UI.
    const ids = cities
      .slice(0, 3)
      .map((c) => c.id)
      .join(',');
    await page.goto(
      `${server.url}/trends?indicator=${indicator.id}&regions=${ids}&from=2025Q1&to=2025Q4`,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const download = async (label: string): Promise<{ bytes: Buffer; download: Download }> => {
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: label })
        .or(page.getByRole('link', { name: label }))
        .click(),
    ]);
    return { bytes: readFileSync((await d.path())!), download: d };
  };

  it('draws three regions with the ceiling shaded, adds a fourth and keeps the view in the link', async () => {
    await page.locator('.trend-table tbody tr').first().waitFor();
    expect(await page.locator('.trend-chart .recharts-line-curve').count()).toBeGreaterThanOrEqual(
      4,
    );
    for (const c of cities.slice(0, 3))
      expect(await page.locator('.trend-legend').textContent()).toContain(c.name);
    expect(await page.locator('.trend-chart .recharts-area').count()).toBeGreaterThan(0);
    // The legend names the target and which side of it its shading marks.
    expect(await page.getByTestId('legend-target').first().textContent()).toMatch(
      /^目标.*浅橙：未达标一侧/,
    );
    expect(await page.locator('.trend-table tbody tr').count()).toBe(12);

    await page.getByRole('combobox', { name: '添加地区' }).fill(cities[3]!.name);
    await page
      .getByRole('option', { name: new RegExp(cities[3]!.name) })
      .first()
      .click();
    await expect.poll(() => page.locator('.trend-table tbody tr').count()).toBe(16);
    expect(page.url()).toContain(`regions=${cities.map((c) => c.id).join(',')}`);
    await page.screenshot({ path: 'test-results/trends-page.png', fullPage: true });

    await page.getByRole('button', { name: '复制链接' }).click();
    const link = page.url();
    await page.goto(link);
    await expect.poll(() => page.locator('.trend-table tbody tr').count()).toBe(16);
    expect(await page.locator('.trend-legend').textContent()).toContain(cities[3]!.name);
  });

  it('downloads a 2× PNG that is not blank', async () => {
    const { bytes } = await download('下载 PNG');
    expect(bytes.length).toBeGreaterThan(20_000);
    const png = PNG.sync.read(bytes);
    expect(png.width).toBe(2400);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(20);
  });

  it('downloads the SVG with title and region names, the CSV with BOM, the XLSX with values', async () => {
    const svg = (await download('下载 SVG')).bytes.toString('utf8');
    expect(svg).toContain('孕产妇死亡率趋势');
    for (const c of cities) expect(svg).toContain(c.name);
    expect(svg).toContain('数据来源：指标看板');

    const csv = (await download('下载 CSV')).bytes;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '地区代码,地区,指标,季度,数值（1/10万）,累计值（1/10万）,目标（1/10万）,目标来源,状态,说明',
    );
    expect(lines[1]).toContain(`${cities[0]!.name},孕产妇死亡率,2025Q1,8.2`);
    expect(lines.filter(Boolean)).toHaveLength(17);

    const xlsx = (await download('下载 XLSX')).bytes;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(xlsx).buffer);
    const sheet = book.getWorksheet('数据')!;
    expect(sheet.getRow(1).getCell(5).value).toBe('数值（1/10万）');
    expect(sheet.getRow(2).getCell(5).value).toBe(8.2);
    expect(String(sheet.getRow(2).getCell(7).value)).toBe('≤10/10万');
  });
});
