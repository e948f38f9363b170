import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocking, runAxe } from './axe';
import { launchBrowser } from './browser';
import { seedDashboard } from './dashboard-seed';
import { signIn } from './pages';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

const STATUSES = ['met', 'at_risk', 'missed', 'no_data', 'not_applicable'];

describe('the tile map', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await seedDashboard(server.url);
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const heading = () => page.locator('h1').textContent();
  const tiles = () => page.locator('[data-testid="tile-map"] [data-status]');
  const status = (name: string) =>
    page.locator(`[data-testid="tile-map"] [data-tile="${name}"]`).getAttribute('data-status');
  const focused = () =>
    page.evaluate<string | null>(`document.activeElement?.getAttribute('data-tile') ?? null`);
  const shot = async (name: string) => {
    if (process.env.MAP_SCREENSHOTS)
      await page.screenshot({ path: `test-results/map-${name}.png`, fullPage: true });
  };
  const axe = async (what: string) => {
    const found = blocking(await runAxe(page));
    if (found.length > 0) await page.screenshot({ path: `test-results/axe-map-${what}.png` });
    expect(
      found.map((f) => `${f.id}: ${f.targets.join(' | ')}`),
      what,
    ).toEqual([]);
  };

  it('opens from the dashboard by 地图 with 34 tiles, each with a status', async () => {
    await page.goto(`${server.url}/dashboard?year=2026&quarter=2`);
    await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
    await expect.poll(heading).toBe('全国 · 看板');
    await page.getByRole('link', { name: '地图', exact: true }).click();
    await expect.poll(heading).toBe('全国 · 地图');
    expect(new URL(page.url()).pathname).toBe('/dashboard/map');
    expect(await tiles().count()).toBe(34);
    const statuses = await tiles().evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-status')),
    );
    for (const s of statuses) expect(STATUSES).toContain(s);
    for (const name of ['台湾省', '香港特别行政区', '澳门特别行政区'])
      expect(await status(name)).toBe('not_applicable');
    // With no indicator chosen, 四川省 is coloured by its cities' cells met; a province with
    // no figures at all has no data.
    expect(['met', 'at_risk', 'missed']).toContain(await status('四川省'));
    expect(await status('广东省')).toBe('no_data');
    await shot('national');
    await axe('national');
  });

  it('speaks English too: the heading, the short names and 不适用', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(heading).toBe('全国 · Map');
    const sichuan = page.locator('[data-testid="tile-map"] [data-tile="四川省"]');
    expect(await sichuan.textContent()).toContain('Sichuan');
    expect(
      await page.locator('[data-testid="tile-map"] [data-tile="台湾省"]').textContent(),
    ).toContain('Not applicable');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(heading).toBe('全国 · 地图');
  });

  it('colours by one indicator: its status and its figure in the tile', async () => {
    await page.getByTestId('map-indicator').selectOption({ label: '住院分娩率' });
    await expect.poll(() => status('四川省')).toBe('met'); // 98.5% against ≥98%
    expect(
      await page.locator('[data-testid="tile-map"] [data-tile="四川省"]').textContent(),
    ).toContain('98.5%');
    expect(new URL(page.url()).searchParams.get('indicator')).toMatch(/^\d+$/);
  });

  it('exports an SVG holding every tile with its status', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('地图_全国_住院分娩率_2026Q2.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    const groups = [...svg.matchAll(/<g data-code="(\d+)" data-status="(\w+)">/g)];
    expect(groups).toHaveLength(34);
    expect(new Set(groups.map((g) => g[1])).size).toBe(34);
    expect(groups.find((g) => g[1] === '510000')![2]).toBe('met');
    expect(svg).toContain('住院分娩率 · 2026Q2');
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(Number(width)).toBeGreaterThan(600);
    expect(Number(height)).toBeGreaterThan(700);
  });

  it('exports a PNG drawn from the same SVG at twice its size', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 PNG' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(1200); // width in pixels, 2× the SVG's
  });

  it('prints on one A4 page', async () => {
    if (process.env.MAP_SCREENSHOTS) {
      await page.emulateMedia({ media: 'print' });
      await shot('print');
      await page.emulateMedia({ media: null });
    }
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });

  it('moves across the tiles by arrow keys with one Tab stop, and drills down by Enter', async () => {
    expect(await page.locator('[data-testid="tile-map"] [tabindex="0"]').count()).toBe(1);
    await page.locator('[data-testid="tile-map"] [data-tile="四川省"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('重庆市');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('陕西省');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('甘肃省');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('四川省');
    expect(await page.locator('[data-testid="tile-map"] [tabindex="0"]').count()).toBe(1);

    await page.keyboard.press('Enter');
    await expect.poll(heading).toBe('四川省 · 地图');
    const strip = page.locator('[data-testid="region-strip"] [data-status]');
    await strip.first().waitFor();
    // Worst first: 绵阳市 is at risk, 成都市 met comes last, the unreported cities between.
    const names = await strip.evaluateAll((els) => els.map((e) => e.getAttribute('data-tile')));
    expect(names[0]).toBe('绵阳市');
    expect(names.at(-1)).toBe('成都市');
    expect(await strip.first().getAttribute('data-status')).toBe('at_risk');
    expect(await focused()).toBe('绵阳市');
    const ranks = await strip.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    const order = ['missed', 'at_risk', 'no_data', 'met'];
    expect(ranks.map((s) => order.indexOf(s!))).toEqual(
      [...ranks.map((s) => order.indexOf(s!))].sort((a, b) => a - b),
    );
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(names[1]);
    await shot('province');
    await axe('province');

    // The strip exports too, every city in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect([...svg.matchAll(/<g data-code=/g)]).toHaveLength(names.length);
  });
});
