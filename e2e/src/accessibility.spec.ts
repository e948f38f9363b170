import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './api-session';
import { type AxeFinding, blocking, runAxe } from './axe';
import { launchBrowser } from './browser';
import { seedDashboard } from './dashboard-seed';
import { signIn } from './pages';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

const report = (findings: AxeFinding[]) =>
  findings.map((f) => `${f.impact} ${f.id} ×${f.count}: ${f.targets.join(' | ')}`);

describe('axe-core, WCAG 2.0/2.1 A and AA', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let seeded: Awaited<ReturnType<typeof seedDashboard>>;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    seeded = await seedDashboard(server.url);
    const admin = new ApiSession(server.url);
    await admin.signIn(E2E_ADMIN.username, E2E_ADMIN.password);
    for (const code of ['510100', '510104', '510105']) {
      const { regions } = await admin.ok<{ regions: { id: number; code: string }[] }>(
        'GET',
        `/api/regions?q=${code}`,
      );
      ids[code] = regions.find((r) => r.code === code)!.id;
    }
    const { indicators } = await admin.ok<{ indicators: { id: number; name: string }[] }>(
      'GET',
      '/api/indicators',
    );
    ids.coverage = indicators.find((i) => i.name === '住院分娩率')!.id;
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const check = async (what: string, ready: () => Promise<unknown>) => {
    await ready();
    const found = blocking(await runAxe(page));
    if (found.length > 0) await page.screenshot({ path: `test-results/axe-${what}.png` });
    expect(report(found), what).toEqual([]);
  };

  it('login', async () => {
    await page.goto(`${server.url}/dashboard?year=2026&quarter=2`);
    await check('login', () => page.locator('input[name="username"]').waitFor());
    // The scan does see problems: a button without a name, and grey on grey, are found.
    await page.evaluate(`(() => {
      const b = document.createElement('button');
      b.id = 'axe-probe';
      document.body.append(b);
      const p = document.createElement('p');
      p.id = 'axe-probe-text';
      p.textContent = '无数据';
      p.style.cssText = 'color:#8a8f98;background:#eef0f3';
      document.body.append(p);
    })()`);
    const probe = blocking(await runAxe(page)).map((f) => f.id);
    expect(probe).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    await page.evaluate(
      `document.getElementById('axe-probe').remove(); document.getElementById('axe-probe-text').remove()`,
    );
    await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
  });

  it('dashboard at 全国', async () => {
    await check('dashboard-national', () => page.getByTestId('dashboard-grid').waitFor());
  });

  it('dashboard at a province with a cell open', async () => {
    await page.goto(`${server.url}/dashboard?region=510000&year=2026&quarter=2`);
    await page.getByTestId('dashboard-grid').locator('button[data-status="met"]').first().click();
    await check('dashboard-province', () => page.getByTestId('cell-details').waitFor());
  });

  it('dashboard showing only missed cells', async () => {
    await page.goto(`${server.url}/dashboard?region=510100&year=2026&quarter=2&only=red`);
    await check('dashboard-only-red', () =>
      page.getByTestId('dashboard-grid').locator('button[data-status="missed"]').first().waitFor(),
    );
  });

  it('documents', async () => {
    await page.goto(`${server.url}/documents`);
    await check('documents', () => page.locator('h1').waitFor());
  });

  it('a review page, its scrolling text a named region reached by Tab', async () => {
    await page.goto(`${server.url}/documents/${seeded.documentId}`);
    await check('review', () => page.getByTestId('document-text').waitFor());
    const text = page.getByRole('region', { name: '文件全文' });
    expect(await text.getAttribute('tabindex')).toBe('0');
    expect(await text.getAttribute('data-testid')).toBe('document-text');
  });

  it('catalogue', async () => {
    await page.goto(`${server.url}/targets?tab=catalogue`);
    await check('catalogue', () => page.locator('h1').waitFor());
  });

  it('trends with a chart, whose end labels do not overlap', async () => {
    // 成都市 99 and 青羊区 99.5 end a few pixels apart; 锦江区 90 far below.
    const regions = [ids['510100'], ids['510104'], ids['510105']].join(',');
    await page.goto(
      `${server.url}/trends?indicator=${ids.coverage}&regions=${regions}&from=2026Q1&to=2026Q4`,
    );
    await check('trends', () => page.locator('.recharts-surface').first().waitFor());
    const boxes = await Promise.all(
      ['成都市', '锦江区', '青羊区'].map(async (name) =>
        page.locator('.trend-chart svg text', { hasText: name }).first().boundingBox(),
      ),
    );
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) {
        const [p, q] = [boxes[a]!, boxes[b]!];
        const overlap =
          p.x < q.x + q.width &&
          q.x < p.x + p.width &&
          p.y < q.y + q.height &&
          q.y < p.y + p.height;
        if (overlap) await page.screenshot({ path: 'test-results/axe-trend-labels.png' });
        expect(overlap, `labels ${a} and ${b}: ${JSON.stringify(boxes)}`).toBe(false);
      }
  });

  it('says what it is and keeps crawlers out, as text', async () => {
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(
      '指标看板',
    );
    const robots = await fetch(`${server.url}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await robots.text()).toMatch(/^User-agent: \*/);
  });

  it('users', async () => {
    await page.goto(`${server.url}/users`);
    await check('users', () => page.locator('table').first().waitFor());
  });

  it('entry form', async () => {
    await page.goto(`${server.url}/entry?regionId=${ids['510100']}&quarter=2026Q2`);
    await check('entry-form', () => page.locator('.entry-table').waitFor());
  });

  it('grid entry, within a 1366-px window', async () => {
    await page.goto(`${server.url}/entry?regionId=${ids['510100']}&quarter=2026Q2&mode=grid`);
    await check('entry-grid', () => page.locator('.entry-grid').waitFor());
    // Wide grids scroll inside their own box; the page itself never scrolls sideways.
    const width = await page.evaluate<{ scroll: number; client: number }>(
      '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
    );
    expect(page.viewportSize()?.width).toBe(1366);
    if (width.scroll > width.client)
      await page.screenshot({ path: 'test-results/grid-overflow.png' });
    expect(width.scroll).toBeLessThanOrEqual(width.client);
  });
});
