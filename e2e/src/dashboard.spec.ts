import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { seedDashboard as seed } from './dashboard-seed';
import { colouredAndCounted, signIn } from './pages';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

describe('the dashboard journey', () => {
  let server: RunningServer;
  let browser: Browser;
  let seeded: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    seeded = await seed(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const heading = (page: Page) => page.locator('h1').textContent();
  const rowNames = (page: Page) =>
    page.locator('[data-testid="dashboard-grid"] tbody th').allTextContents();
  const shot = async (page: Page, name: string) => {
    if (process.env.DASHBOARD_SCREENSHOTS)
      await page.screenshot({ path: `test-results/dashboard-${name}.png`, fullPage: true });
  };

  it('drills from a province to a county, filters to red, and opens a target’s source', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/dashboard?year=2026&quarter=2`);
    await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
    await expect.poll(() => heading(page)).toBe('全国 · 看板');
    await shot(page, 'national');

    await page.getByRole('link', { name: '查看四川省下级地区' }).click();
    await expect.poll(() => heading(page)).toBe('四川省 · 看板');
    expect(await rowNames(page)).toContain('绵阳市 ›');
    expect(await page.getByTestId('as-of').textContent()).toContain('截至2026Q2');
    await shot(page, 'province');
    // 导出 XLSX exports the view on screen (四川省, not its parent 全国), named after it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toBe('看板_四川省_2026Q2.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync((await download.path())!)).buffer);
    const sheet = book.worksheets[0]!;
    const exportedRows = Array.from({ length: sheet.rowCount - 3 }, (_, i) =>
      String(sheet.getRow(i + 2).getCell(2).value),
    );
    expect(exportedRows[0]).toBe('四川省（本级）');
    expect(exportedRows.slice(1)).toEqual(
      (await rowNames(page)).slice(1).map((n) => n.replace(' ›', '')),
    );
    if (process.env.DASHBOARD_SCREENSHOTS) {
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 dpi
      await shot(page, 'print');
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1440, height: 900 });
    }

    await page.getByRole('link', { name: '查看成都市下级地区' }).click();
    await expect.poll(() => heading(page)).toBe('成都市 · 看板');
    expect(await page.getByTestId('breadcrumbs').textContent()).toBe('全国四川省成都市');
    await page.getByRole('link', { name: '打开锦江区' }).click();
    await expect.poll(() => heading(page)).toBe('锦江区 · 看板');
    await page.getByTestId('breadcrumbs').getByRole('link', { name: '成都市' }).click();
    await expect.poll(() => heading(page)).toBe('成都市 · 看板');
    expect(await rowNames(page)).toEqual(
      expect.arrayContaining(['成都市 本级', '锦江区', '青羊区']),
    );
    // The header counts every coloured cell of the grid, 本级 row included, and says so.
    const { coloured, counted } = await colouredAndCounted(page);
    expect(coloured).toBeGreaterThan(0);
    expect(counted).toBe(coloured);
    expect(await page.getByTestId('counts-scope').textContent()).toContain('成都市本级');

    await page.getByTestId('only-red').check();
    await expect.poll(() => rowNames(page)).toEqual(['成都市 本级', '锦江区']);
    expect(page.url()).toContain('only=red');
    const copied = page.url();
    await shot(page, 'city-red');

    const cell = page.getByRole('button', { name: /^锦江区·住院分娩率：90%，未达标，目标≥98%/ });
    await cell.click();
    const details = page.getByTestId('cell-details');
    expect(await details.textContent()).toContain('≥98%');
    expect(await details.textContent()).toContain('沿用四川省目标');
    expect(await details.textContent()).toContain('住院分娩率达到98%以上');
    await shot(page, 'tooltip');
    await details.getByRole('link', { name: /在文件中查看原文/ }).click();
    await expect
      .poll(() => page.url())
      .toBe(`${server.url}/documents/${seeded.documentId}?target=${seeded.coverageTarget}`);
    const mark = page.locator(
      `[data-testid="document-text"] mark[data-targets~="${seeded.coverageTarget}"]`,
    );
    await mark.first().waitFor();
    expect(await mark.first().textContent()).toContain('98%');

    // A copied link reopens the same view in a fresh tab.
    const again = await context.newPage();
    await again.goto(copied);
    await expect.poll(() => heading(again)).toBe('成都市 · 看板');
    await expect.poll(() => rowNames(again)).toEqual(['成都市 本级', '锦江区']);
    expect(await again.getByTestId('only-red').isChecked()).toBe(true);
    await context.close();
  });

  it('asks for the grid once when opened without a quarter, and writes the quarter into the URL', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    // An admin's start page (/) is the dashboard: its own grid request is let finish before
    // counting, or a late one would be counted against /dashboard.
    const startGrid = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/dashboard');
    await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
    await startGrid;
    const asked: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/dashboard') asked.push(r.url());
    });
    await page.goto(`${server.url}/dashboard`);
    await expect.poll(() => heading(page)).toBe('全国 · 看板');
    await expect.poll(() => new URL(page.url()).searchParams.get('quarter')).not.toBeNull();
    await page.waitForTimeout(500);
    expect(asked).toHaveLength(1);
    await context.close();
  });
});
