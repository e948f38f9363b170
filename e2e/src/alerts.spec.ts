import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastEndedQuarter } from '@targetboard/shared/quarters/quarter';
import { blocking, runAxe } from './axe';
import { launchBrowser } from './browser';
import { signIn } from './pages';
import { ApiSession } from './reporting-api';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

const PLAN = `成都市卫生健康委员会
2026年卫生健康工作要点
全市家庭医生签约服务覆盖率达到35%以上。`;

// Issue 19, alerts: a county's figure far below its target tells the city's approver; a
// returned quarter tells the county's reporter. Each sees the count in the header, the list,
// a link to where the work is, and the item read once followed.
describe('alerts in the app', () => {
  let server: RunningServer;
  let browser: Browser;
  const quarter = lastEndedQuarter(new Date());
  const reporter = { username: 'reporter-jinjiang', password: 'reporter-password-1' };
  const approver = { username: 'approver-chengdu', password: 'approver-password-1' };
  let county: { id: number; name: string };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = await ApiSession.signIn(server.url, E2E_ADMIN.username, E2E_ADMIN.password);
    const city = await admin.regionByCode('510100');
    county = await admin.regionByCode('510104');
    const indicators = await admin.confirmPlan(PLAN, city.id);
    await admin.createUser(reporter.username, reporter.password, 'reporter', county.id);
    await admin.createUser(approver.username, approver.password, 'approver', city.id);

    const reporterApi = await ApiSession.signIn(server.url, reporter.username, reporter.password);
    const indicatorId = Object.values(indicators)[0]!;
    await reporterApi.saveFigures(county.id, quarter, [{ indicatorId, value: 12, note: '新口径' }]);
    await reporterApi.call('POST', `/api/submissions/${county.id}/${quarter}/submit`, {});
    const approverApi = await ApiSession.signIn(server.url, approver.username, approver.password);
    await approverApi.call('POST', `/api/submissions/${county.id}/${quarter}/return`, {
      reason: '数据口径不一致',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('tells the reporter their quarter was returned, links to the form and marks it read', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      await signIn(page, reporter.username, reporter.password);
      const bell = page.getByTestId('notification-bell');
      // The reporter's own save told them nothing; the return did.
      await expect.poll(() => bell.textContent()).toBe('通知 1 条未读');
      await bell.click();
      const item = page.getByTestId('notification');
      await item.first().waitFor();
      expect(await item.count()).toBe(1);
      expect(await item.getAttribute('data-kind')).toBe('returned');
      expect(await item.textContent()).toContain('数据口径不一致');
      const found = blocking(await runAxe(page));
      expect(found.map((f) => `${f.impact} ${f.id}: ${f.targets.join(' | ')}`)).toEqual([]);

      await item.getByRole('link', { name: '打开填报' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/entry');
      expect(new URL(page.url()).searchParams.get('quarter')).toBe(quarter);
      await expect.poll(() => bell.textContent()).toBe('通知');
    } catch (error) {
      await page.screenshot({ path: 'test-results/alerts-reporter-failure.png', fullPage: true });
      throw error;
    } finally {
      await page.close();
    }
  });

  it("tells the city's approver of the county's cell below target, linking to the dashboard", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      await signIn(page, approver.username, approver.password);
      await page.getByTestId('notification-bell').click();
      const status = page.locator('[data-testid="notification"][data-kind="status"]');
      await status.first().waitFor();
      expect(await status.textContent()).toContain(county.name);
      await page.getByTestId('mark-all-read').click();
      await expect
        .poll(() => page.locator('[data-testid="notification"][data-read="false"]').count())
        .toBe(0);
      await status.getByRole('link', { name: '查看看板' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/dashboard');
    } catch (error) {
      await page.screenshot({ path: 'test-results/alerts-approver-failure.png', fullPage: true });
      throw error;
    } finally {
      await page.close();
    }
  });
});
