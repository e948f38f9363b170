import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { signIn } from './pages';
import { ApiSession } from './reporting-api';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

const PLAN = `成都市锦江区卫生健康局
2026年卫生健康工作要点
全区家庭医生签约服务覆盖率达到35%以上。孕产妇死亡率控制在20/10万以下。`;

// Issue 5's journey: a county reporter enters its own figures, is refused another county's
// form, and signs out.
describe('a county reporter writes only where it belongs', () => {
  let server: RunningServer;
  let browser: Browser;
  let own: { id: number; name: string };
  let other: { id: number; name: string };
  const reporter = { username: 'jinjiang-reporter', password: 'jinjiang-password-1' };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = await ApiSession.signIn(server.url, E2E_ADMIN.username, E2E_ADMIN.password);
    own = await admin.regionByCode('510104');
    other = await admin.regionByCode('510105');
    await admin.confirmPlan(PLAN, own.id);
    await admin.createUser(reporter.username, reporter.password, 'reporter', own.id);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in, saves its own county, is refused the next county, signs out', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      await signIn(page, reporter.username, reporter.password);
      expect(await page.getByTestId('current-user').textContent()).toContain('锦江区');

      // The entry form opens on the reporter's own county by default.
      await page.getByRole('link', { name: '填报' }).click();
      await page.waitForURL(/regionId=/);
      expect(new URL(page.url()).searchParams.get('regionId')).toBe(String(own.id));
      await page.goto(`${server.url}/entry?regionId=${own.id}&quarter=2026Q3`);
      const coverage = page.getByLabel('家庭医生签约服务覆盖率 本季度');
      await coverage.fill('36.5');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toContain('已保存 1 项');
      expect(await page.getByTestId('submission-state').textContent()).toBe('草稿');

      // Saved means stored: a reload reads it back from the server.
      await page.reload();
      await expect
        .poll(() => page.getByLabel('家庭医生签约服务覆盖率 本季度').inputValue())
        .toBe('36.5');

      // Another county's form is refused by the server and the refusal is shown.
      await page.goto(`${server.url}/entry?regionId=${other.id}&quarter=2026Q3`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('无权查看或填报该地区');
      expect(await page.locator('.entry-table').count()).toBe(0);

      // The API refuses the write too, whatever the UI shows.
      const api = await ApiSession.signIn(server.url, reporter.username, reporter.password);
      const write = await api.raw('PUT', '/api/observations', {
        regionId: other.id,
        quarter: '2026Q3',
        rows: [{ indicatorId: 1, value: 50, version: 0 }],
      });
      expect(write.status).toBe(403);

      await page.getByRole('button', { name: '退出' }).click();
      expect(await page.locator('h1').textContent()).toBe('登录指标看板');
    } catch (error) {
      await page.screenshot({ path: 'test-results/access-failure.png', fullPage: true });
      throw error;
    } finally {
      await page.close();
    }
  });
});
