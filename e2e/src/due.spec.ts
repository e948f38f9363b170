import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addQuarters, lastEndedQuarter } from '@targetboard/shared/quarters/quarter';
import { quarterDueAt } from '@targetboard/shared/reporting/deadline';
import { blocking, runAxe } from './axe';
import { launchBrowser } from './browser';
import { signIn } from './pages';
import { ApiSession } from './reporting-api';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

/** The part of GET /api/submissions this journey reads. */
interface Overview {
  regions: { region: { id: number }; dueAt: string; daysOverdue: number }[];
}

const PLAN = `成都市卫生健康委员会
2026年卫生健康工作要点
全市家庭医生签约服务覆盖率达到35%以上。`;

// Issue 16.5: an approver's start page says, for the quarter being reported, which districts
// submitted, which were returned, which are late and by how many days (by the counties'
// deadline an admin set), and records a reminder whose time then shows.
describe("an approver's start page", () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: ApiSession;
  const approver = { username: 'chengdu-approver', password: 'approver-password-1' };
  const regions: Record<string, { id: number; name: string }> = {};
  // The quarter the page follows first: the last one that has ended.
  const quarter = lastEndedQuarter(new Date());

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    admin = await ApiSession.signIn(server.url, E2E_ADMIN.username, E2E_ADMIN.password);
    const city = await admin.regionByCode('510100');
    for (const code of ['510104', '510105', '510107'])
      regions[code] = await admin.regionByCode(code);
    await admin.confirmPlan(PLAN, city.id);
    await admin.createUser(approver.username, approver.password, 'approver', city.id);
    for (const code of ['510104', '510105']) {
      const name = `reporter-${code}`;
      await admin.createUser(name, 'reporter-password-1', 'reporter', regions[code]!.id);
      const reporter = await ApiSession.signIn(server.url, name, 'reporter-password-1');
      await reporter.call('POST', `/api/submissions/${regions[code]!.id}/${quarter}/submit`, {
        notApplicable: true,
      });
    }
    const approverApi = await ApiSession.signIn(server.url, approver.username, approver.password);
    await approverApi.call('POST', `/api/submissions/${regions['510105']!.id}/${quarter}/return`, {
      reason: '数据口径不一致',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets an admin give the counties 10 days instead of the default 30', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/due`);
      await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
      const county = page.getByLabel('县级：季度结束后');
      await county.waitFor();
      expect(await county.inputValue()).toBe('30');
      await county.fill('10');
      const form = page.locator('form', { has: county });
      await form.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => form.textContent()).not.toContain('（默认）');
      const { deadlines } = await admin.call<{
        deadlines: { level: number; graceDays: number; isDefault: boolean }[];
      }>('GET', '/api/reporting-deadlines');
      expect(deadlines.find((d) => d.level === 3)).toMatchObject({
        graceDays: 10,
        isDefault: false,
      });
      expect(deadlines.find((d) => d.level === 2)).toMatchObject({
        graceDays: 30,
        isDefault: true,
      });
    } catch (error) {
      await page.screenshot({ path: 'test-results/due-admin-failure.png', fullPage: true });
      throw error;
    } finally {
      await page.close();
    }
  });

  it('lists submitted, returned and late districts, and records a reminder', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      await signIn(page, approver.username, approver.password);
      const section = page.getByRole('region', { name: new RegExp(`${quarter} 季度`) });
      const row = (code: string) =>
        section.getByRole('row', { name: new RegExp(regions[code]!.name) });
      await row('510104').waitFor();
      expect(await row('510104').textContent()).toContain('已提交');
      const returned = await row('510105').textContent();
      expect(returned).toContain('已退回');
      expect(returned).toContain('数据口径不一致');

      // 武侯区 has not started: late by the counties' 10 days, as many days as the server counts.
      const api = await ApiSession.signIn(server.url, approver.username, approver.password);
      const city = await admin.regionByCode('510100');
      const overview = await api.call<Overview>(
        'GET',
        `/api/submissions?parentId=${city.id}&quarter=${quarter}`,
      );
      const wuhou = overview.regions.find((r) => r.region.id === regions['510107']!.id)!;
      expect(wuhou.dueAt).toBe(quarterDueAt(quarter, 10).toISOString());
      expect(wuhou.daysOverdue).toBeGreaterThan(0);
      const late = row('510107');
      expect(await late.textContent()).toContain(`逾期 ${wuhou.daysOverdue} 天`);
      expect(await late.textContent()).toContain('未催报');
      // Submitted quarters need no reminder.
      expect(await row('510104').getByRole('button', { name: /催报/ }).count()).toBe(0);

      await late
        .getByRole('button', { name: `催报 ${regions['510107']!.name} ${quarter}` })
        .click();
      await expect.poll(() => late.textContent()).not.toContain('未催报');
      const history = await api.call<{ entries: { note: string | null; user: string }[] }>(
        'GET',
        `/api/change-log?entity=submission&key=${regions['510107']!.id}:${quarter}`,
      );
      expect(history.entries).toEqual([
        expect.objectContaining({ note: '催报', user: approver.username }),
      ]);
      // The reminder's time is kept, not just shown: it is there after a reload.
      await page.reload();
      await row('510107').waitFor();
      expect(await row('510107').textContent()).not.toContain('未催报');
      // The page is held to the same bar as the others: no serious or critical axe finding.
      const found = blocking(await runAxe(page));
      expect(found.map((f) => `${f.impact} ${f.id}: ${f.targets.join(' | ')}`)).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: 'test-results/due-failure.png', fullPage: true });
      throw error;
    } finally {
      await page.close();
    }
  });
  it('shows a reporter their own quarters, when each is due and how late', async () => {
    await admin.createUser(
      'reporter-510107',
      'reporter-password-1',
      'reporter',
      regions['510107']!.id,
    );
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      await signIn(page, 'reporter-510107', 'reporter-password-1');
      const own = page.getByRole('region', { name: /本地区应报季度/ });
      const row = own.getByRole('row', { name: new RegExp(quarter) });
      await expect.poll(() => row.textContent()).toContain('未开始');
      // Due by the counties' 10 days, so a quarter ended over 10 days ago is late.
      await expect.poll(() => row.textContent()).toMatch(/逾期 \d+ 天/);
      const older = own.getByRole('row', { name: new RegExp(addQuarters(quarter, -1)) });
      // Each row loads its own status, so wait for it as for the first.
      await expect.poll(() => older.textContent()).toMatch(/逾期 \d+ 天/);

      // Issue 16.7: the region picker offers the reporter's own district, not the next one.
      await page.goto(`${server.url}/entry?regionId=${regions['510107']!.id}&quarter=${quarter}`);
      const picker = page.getByRole('combobox', { name: '地区' });
      await picker.fill('jinjiang');
      await page.getByText('没有匹配的地区').waitFor();
      await picker.fill('wuhou');
      await page.getByRole('option', { name: /武侯区/ }).waitFor();
    } catch (error) {
      await page.screenshot({ path: 'test-results/due-reporter-failure.png', fullPage: true });
      throw error;
    } finally {
      await page.close();
    }
  });
});
