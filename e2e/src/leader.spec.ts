import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { TARGET_STATUSES, type TargetStatus } from '@targetboard/shared/targets/status';
import { ApiSession } from './api-session';
import { launchBrowser } from './browser';
import { colouredAndCounted, signIn } from './pages';
import { type RunningServer, startServer } from './server-process';

const DEMO_PASSWORD = 'demo-e2e-shared-password';
const LEADER_PASSWORD = 'leader-e2e-own-password';
/** The national and provincial grids judge thousands of cells: give a busy machine time. */
const slow = { timeout: 30_000, interval: 250 };

/**
 * A national leader's first day on the demo (issue 15): colour at 全国 on the first screen,
 * a drill to a city, a red cell's plan sentence, and the view exported as XLSX.
 */
describe('a leader’s first screen', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startServer({ DEMO: '1', DEMO_PASSWORD }, 300_000),
      launchBrowser(),
    ]);
    // The demo accounts must change the shared password first; the leader has done so.
    const leader = new ApiSession(server.url);
    await leader.signIn('leader', DEMO_PASSWORD);
    await leader.ok('POST', '/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: LEADER_PASSWORD,
    });
  }, 360_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const heading = (page: Page) => page.locator('h1').textContent();
  const grid = (page: Page) => page.getByTestId('dashboard-grid');
  const statusCount = (page: Page, status: string) =>
    grid(page).locator(`button[data-status="${status}"]`).count();

  it('sees colour at 全国, drills to a city, follows a red cell to its sentence and exports the city', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/dashboard`);
    await signIn(page, 'leader', LEADER_PASSWORD);
    await expect.poll(() => heading(page), slow).toBe('全国 · 看板');
    // The server chose the demo's latest quarter with figures, and the screen says they are invented.
    await expect.poll(() => new URL(page.url()).searchParams.get('quarter'), slow).toBe('3');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2017');
    expect(await page.getByTestId('demo-note').textContent()).toContain('演示数据');
    for (const status of ['met', 'at_risk', 'missed'])
      expect(await statusCount(page, status)).toBeGreaterThan(0);

    await page.getByRole('link', { name: '查看四川省下级地区' }).click();
    await expect.poll(() => heading(page), slow).toBe('四川省 · 看板');
    for (const status of ['met', 'missed'])
      expect(await statusCount(page, status)).toBeGreaterThan(0);
    // The first city whose own figures include a miss.
    const cityRow = grid(page)
      .locator('tbody tr:not(.dash-row--parent)')
      .filter({ has: page.locator('button[data-status="missed"]') })
      .first();
    const city = (await cityRow.locator('th').textContent())!.replace(' ›', '').trim();
    await page.getByRole('link', { name: `查看${city}下级地区` }).click();
    await expect.poll(() => heading(page), slow).toBe(`${city} · 看板`);
    const cityView = page.url();

    const red = grid(page).locator('tbody tr').first().locator('button[data-status="missed"]');
    await red.first().click();
    const details = page.getByTestId('cell-details');
    expect(await details.textContent()).toContain('未达标');
    const quote = (await details.locator('blockquote').textContent())!;
    expect(quote.length).toBeGreaterThan(4);
    await details.getByRole('link', { name: /在文件中查看原文/ }).click();
    await expect.poll(() => new URL(page.url()).pathname, slow).toMatch(/^\/documents\/\d+$/);
    const target = new URL(page.url()).searchParams.get('target');
    expect(target).toMatch(/^\d+$/);
    const mark = page.locator(`[data-testid="document-text"] mark[data-targets~="${target}"]`);
    await mark.first().waitFor();
    expect(quote).toContain((await mark.first().textContent())!.trim());

    await page.goto(cityView);
    await expect.poll(() => heading(page), slow).toBe(`${city} · 看板`);
    const onScreen = Object.fromEntries(
      await Promise.all(TARGET_STATUSES.map(async (s) => [s, await statusCount(page, s)] as const)),
    ) as Record<TargetStatus, number>;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`看板_${city}_2017Q3.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync((await download.path())!)).buffer);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getRow(2).getCell(2).value)).toBe(`${city}（本级）`);
    const rowNames = await grid(page).locator('tbody th').allTextContents();
    const exported: string[] = [];
    const inFile = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<
      TargetStatus,
      number
    >;
    for (let r = 3; r < 3 + rowNames.length - 1; r++)
      exported.push(String(sheet.getRow(r).getCell(2).value));
    for (let r = 2; r < 2 + rowNames.length; r++)
      sheet.getRow(r).eachCell((cell, col) => {
        if (col < 3) return;
        const status = TARGET_STATUSES.find((s) =>
          String(cell.value).startsWith(STATUS_LEGEND[s].icon),
        );
        if (status) inFile[status]++;
      });
    expect(exported).toEqual(rowNames.slice(1).map((n) => n.replace(' ›', '').trim()));
    // The file holds the city's cells: as many of each status as the grid on screen.
    expect(inFile).toEqual(onScreen);
    expect(inFile.missed).toBeGreaterThan(0);
    await context.close();
  }, 240_000);

  it('draws a large grid’s first screen, then every row and column; the last cell is reached by keys and the counts cover it all', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/dashboard`);
    await signIn(page, 'leader', LEADER_PASSWORD);
    await expect.poll(() => heading(page), slow).toBe('全国 · 看板');
    // What the server sends for the view on screen: the grid's full size.
    // (A string: this file is not compiled with the DOM's types.)
    const reply = (await page.evaluate(
      "fetch('/api/dashboard' + location.search).then((res) => res.json())",
    )) as { rows: { region: { name: string } }[]; indicators: unknown[] };
    const rows = reply.rows.length + 1;
    const cols = reply.indicators.length;
    // Over the grid's two-step size (dashboard-grid.tsx), or this would test nothing new.
    expect(rows * cols).toBeGreaterThan(1000);
    const bodyRows = grid(page).locator('tbody tr');
    await expect.poll(() => bodyRows.count(), slow).toBe(rows);
    await expect.poll(() => bodyRows.last().locator('th, td').count(), slow).toBe(cols + 1);
    // The time is written once the grid is painted.
    await expect.poll(() => page.getByTestId('as-of').textContent(), slow).toContain('实时计算于');

    // From the first region's link, Ctrl+End: the far corner's cell.
    await grid(page).locator('[data-grid-pos="1:0"]').focus();
    await page.keyboard.press('Control+End');
    const focused = page.locator(':focus');
    const pos = await focused.getAttribute('data-grid-pos');
    expect(pos).toBe(`${rows - 1}:${cols}`);
    // In the last region's row (the cell itself may be one with no target, unlabelled).
    expect(await focused.locator('xpath=ancestor::tr/th').textContent()).toContain(
      reply.rows.at(-1)!.region.name,
    );

    // The header counts every coloured cell, the rows built after the first paint included.
    const { coloured, counted } = await colouredAndCounted(page);
    expect(coloured).toBeGreaterThan(0);
    expect(counted).toBe(coloured);
    await context.close();
  }, 240_000);
});
