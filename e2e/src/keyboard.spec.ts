import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './api-session';
import { launchBrowser } from './browser';
import { seedDashboard } from './dashboard-seed';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

const LEADER = { username: 'leader', password: 'leader-e2e-password' };

/** The keyboard alone, every key counted. */
function keyboard(page: Page) {
  let count = 0;
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) {
      count++;
      await page.keyboard.press(key);
    }
  };
  const type = async (text: string) => {
    count++; // one field's typing counts as one step
    await page.keyboard.type(text);
  };
  return { press, type, count: () => count };
}

interface Focused {
  tag: string;
  name: string;
  pos: string | null;
  inDialog: boolean;
  /** The open cell details sit inside the focused element's table cell. */
  detailsInCell: boolean;
}

/** What has the focus (the e2e code has no DOM types, so the page reads it). */
const focused = (page: Page) =>
  page.evaluate<Focused>(`(() => {
    const el = document.activeElement;
    return {
      tag: el ? el.tagName.toLowerCase() : '',
      name: (el && (el.getAttribute('aria-label') || el.textContent || '').trim()) || '',
      pos: el ? el.getAttribute('data-grid-pos') : null,
      inDialog: Boolean(el && el.closest('[role="dialog"]')),
      detailsInCell: Boolean(el && el.closest('td') && el.closest('td').querySelector('[data-testid="cell-details"]')),
    };
  })()`);

describe('keyboard only', () => {
  let server: RunningServer;
  let browser: Browser;
  let seeded: Awaited<ReturnType<typeof seedDashboard>>;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    seeded = await seedDashboard(server.url);
    const admin = new ApiSession(server.url);
    await admin.signIn(E2E_ADMIN.username, E2E_ADMIN.password);
    const { regions } = await admin.ok<{ regions: { id: number; code: string }[] }>(
      'GET',
      '/api/regions?q=000000',
    );
    await admin.ok('POST', '/api/users', {
      ...LEADER,
      role: 'viewer',
      regionId: regions.find((r) => r.code === '000000')!.id,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a leader signs in, crosses the grid, opens a cell and its source, and drills down', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const keys = keyboard(page);
    await page.goto(`${server.url}/dashboard?region=510000&year=2026&quarter=2`);

    // Sign in: the username field has the focus; focus then lands on the page's heading.
    await page.locator('input[name="username"]').waitFor();
    expect((await focused(page)).tag).toBe('input');
    await keys.type(LEADER.username);
    await keys.press('Tab');
    await keys.type(LEADER.password);
    await keys.press('Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('四川省 · 看板');
    await expect.poll(() => page.getByTestId('live-region').textContent()).toContain('已登录');

    // Tab into the grid: one Tab stop, on the first cell of 四川省's own row.
    let tabs = 0;
    while ((await focused(page)).pos === null && tabs < 30) {
      await keys.press('Tab');
      tabs++;
    }
    expect((await focused(page)).pos).toBe('0:1');
    // Arrow keys cross it: down to 成都市, right to 住院分娩率.
    await keys.press('ArrowDown');
    await keys.press('ArrowRight');
    expect(await focused(page)).toMatchObject({
      pos: '1:2',
      name: '成都市·住院分娩率：99%，达标，目标≥98%',
    });
    await keys.press('Home');
    expect((await focused(page)).pos).toBe('1:0');
    await keys.press('End');
    expect((await focused(page)).pos).toBe('1:2');
    // The grid is one Tab stop: Tab leaves it, Shift+Tab comes back to the same cell.
    await keys.press('Tab');
    expect((await focused(page)).pos).toBeNull();
    await keys.press('Shift+Tab');
    expect((await focused(page)).pos).toBe('1:2');

    // Enter opens the cell; Tab stays inside its details; Escape returns to the cell.
    await keys.press('Enter');
    const details = page.getByTestId('cell-details');
    await details.waitFor();
    expect((await focused(page)).inDialog).toBe(true);
    for (let i = 0; i < 4; i++) {
      await keys.press('Tab');
      expect((await focused(page)).inDialog).toBe(true);
    }
    await keys.press('ArrowDown'); // neither scrolls the page away nor closes the details
    expect(await details.isVisible()).toBe(true);
    await keys.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect((await focused(page)).pos).toBe('1:2');

    // D drills into 成都市, the row of the current cell.
    await keys.press('d');
    await expect.poll(() => page.locator('h1').textContent()).toBe('成都市 · 看板');
    // Focus lands in the new grid, and the result is announced.
    await expect.poll(async () => (await focused(page)).pos).toBe('0:1');
    await expect
      .poll(() => page.getByTestId('live-region').textContent())
      .toMatch(/^成都市看板：达标\d+，预警\d+，未达标\d+，无数据\d+$/);

    // Down to 锦江区, right to 住院分娩率 (missed), open it: the details sit in the cell.
    await keys.press('ArrowDown');
    await keys.press('ArrowRight');
    expect((await focused(page)).name).toBe('锦江区·住院分娩率：90%，未达标，目标≥98%');
    await keys.press('Enter');
    await details.waitFor();
    expect((await focused(page)).detailsInCell).toBe(true);

    // Follow the source link: Tab to it, Enter.
    for (let i = 0; i < 4 && !(await focused(page)).name.includes('在文件中查看原文'); i++)
      await keys.press('Tab');
    await keys.press('Enter');
    await expect
      .poll(() => page.url())
      .toBe(`${server.url}/documents/${seeded.documentId}?target=${seeded.coverageTarget}`);

    // The whole journey without the mouse, in a bounded number of keys.
    console.info(`keyboard journey: ${keys.count()} keys`);
    expect(keys.count()).toBeLessThanOrEqual(60);
    await page.close();
  });
});
