import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { signIn } from './pages';
import { ApiSession } from './reporting-api';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

const PLAN = `成都市锦江区卫生健康局
2026年卫生健康工作要点
全区家庭医生签约服务覆盖率达到35%以上。孕产妇死亡率控制在20/10万以下。全区新建社区卫生服务中心12个。`;
const COVERAGE = '家庭医生签约服务覆盖率';
const MATERNAL = '孕产妇死亡率';

// Issue 16.1: typed figures survive leaving the page, a reload and a lost connection, and a
// kept draft that meets a figure saved meanwhile asks theirs-vs-mine instead of overwriting.
describe('figures typed but not yet saved', () => {
  let server: RunningServer;
  let browser: Browser;
  let county: { id: number; name: string };
  let ids: Record<string, number>;
  let admin: ApiSession;
  const reporter = { username: 'jinjiang-drafts', password: 'reporter-drafts-password' };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    admin = await ApiSession.signIn(server.url, E2E_ADMIN.username, E2E_ADMIN.password);
    county = await admin.regionByCode('510104');
    ids = await admin.confirmPlan(PLAN, county.id);
    await admin.createUser(reporter.username, reporter.password, 'reporter', county.id);
    await admin.saveFigures(county.id, '2026Q2', [
      { indicatorId: ids[COVERAGE]!, value: 30 },
      { indicatorId: ids[MATERNAL]!, value: 12 },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const cell = (page: Page, name: string) => page.getByLabel(`${name} 本季度`);
  const stored = async (quarter: string) => {
    const entry = await admin.call<{
      rows: { indicator: { id: number }; observation: { value: number; version: number } | null }[];
    }>('GET', `/api/entry?regionId=${county.id}&quarter=${quarter}`);
    return new Map(entry.rows.map((r) => [r.indicator.id, r.observation]));
  };

  async function open(quarter: string) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await page.goto(server.url);
    await signIn(page, reporter.username, reporter.password);
    await page.goto(`${server.url}/entry?regionId=${county.id}&quarter=${quarter}`);
    await page.locator('.entry-table').waitFor();
    return { page, dialogs };
  }

  async function guarded(page: Page, name: string, body: () => Promise<void>) {
    try {
      await body();
    } catch (error) {
      await page.screenshot({ path: `test-results/drafts-${name}-failure.png`, fullPage: true });
      throw error;
    }
  }

  it('keeps a draft across leaving and reloading, and a newer stored figure asks theirs or mine', async () => {
    const { page, dialogs } = await open('2026Q2');
    await guarded(page, 'leave', async () => {
      await cell(page, COVERAGE).fill('31');
      await cell(page, MATERNAL).fill('11');
      await page.getByText('2 项未保存').waitFor();

      // Leaving through the menu asks first; the rows stay kept in the browser.
      await page.getByRole('link', { name: '看板', exact: true }).click();
      expect(dialogs.at(-1)).toContain('还有 2 项未保存');
      await expect.poll(() => new URL(page.url()).pathname).toBe('/dashboard');

      // Someone else saves 孕产妇死亡率 meanwhile.
      await admin.call('PUT', '/api/observations', {
        regionId: county.id,
        quarter: '2026Q2',
        rows: [{ indicatorId: ids[MATERNAL]!, value: 13, version: 1 }],
      });

      await page.goBack();
      await page.locator('.entry-table').waitFor();
      expect(await cell(page, COVERAGE).inputValue()).toBe('31');
      const conflict = page.getByTestId(`conflict-${ids[MATERNAL]}`);
      await conflict.waitFor();
      expect(await conflict.textContent()).toContain('对方：13');
      expect(await page.locator('.entry__notice--warn').textContent()).toContain('已恢复');

      // A reload brings the draft back too.
      await page.reload();
      await page.locator('.entry-table').waitFor();
      expect(await cell(page, COVERAGE).inputValue()).toBe('31');
      expect(await cell(page, MATERNAL).inputValue()).toBe('11');

      await page
        .getByTestId(`conflict-${ids[MATERNAL]}`)
        .getByRole('button', { name: '保留我的（覆盖）' })
        .click();
      await expect.poll(() => page.locator('.entry__notice--ok').textContent()).toContain('已保存');
      const now = await stored('2026Q2');
      expect(now.get(ids[COVERAGE]!)?.value).toBe(31);
      expect(now.get(ids[MATERNAL]!)).toMatchObject({ value: 11, version: 3 });
      expect(await page.getByText('全部已保存').count()).toBe(1);
    });
    await page.context().close();
  });

  it('saves offline into the browser and sends when back online, with conflicts asked', async () => {
    const { page } = await open('2026Q3');
    await guarded(page, 'offline', async () => {
      await page.context().setOffline(true);
      await page.getByTestId('offline-banner').waitFor();
      await cell(page, COVERAGE).fill('32');
      await cell(page, MATERNAL).fill('11');
      await page.getByRole('button', { name: '保存草稿' }).click();
      expect(await page.locator('.entry__notice--warn').textContent()).toContain(
        '2 项已保存在本机浏览器',
      );

      // Another reporter's figure lands first.
      await admin.saveFigures(county.id, '2026Q3', [{ indicatorId: ids[MATERNAL]!, value: 10 }]);

      await page.context().setOffline(false);
      const conflict = page.getByTestId(`conflict-${ids[MATERNAL]}`);
      await conflict.waitFor();
      expect(await page.getByTestId('offline-banner').count()).toBe(0);
      expect(await conflict.textContent()).toContain('对方：10');
      await conflict.getByRole('button', { name: '保留对方' }).click();
      expect(await cell(page, MATERNAL).inputValue()).toBe('10');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await expect.poll(() => page.locator('.entry__notice--ok').textContent()).toContain('已保存');
      const now = await stored('2026Q3');
      expect(now.get(ids[COVERAGE]!)?.value).toBe(32);
      expect(now.get(ids[MATERNAL]!)?.value).toBe(10);
    });
    await page.context().close();
  });
});
