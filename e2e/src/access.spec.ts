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
  const approver = { username: 'jinjiang-approver', password: 'jinjiang-password-2' };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = await ApiSession.signIn(server.url, E2E_ADMIN.username, E2E_ADMIN.password);
    own = await admin.regionByCode('510104');
    other = await admin.regionByCode('510105');
    await admin.confirmPlan(PLAN, own.id);
    await admin.createUser(reporter.username, reporter.password, 'reporter', own.id);
    await admin.createUser(approver.username, approver.password, 'approver', own.id);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an admin creates and edits a user on the users page', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/users`);
      await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
      await page.getByRole('button', { name: '新建用户' }).click();
      const form = page.getByRole('form', { name: '新建用户' });
      await form.locator('input[name="username"]').fill('qingyang-viewer');
      await form.locator('input[name="displayName"]').fill('青羊区查看');
      await form.locator('input[name="password"]').fill('short');
      await form.locator('select[name="role"]').selectOption('viewer');
      // The region picker searches by pinyin; arrows and Enter choose.
      await form.getByRole('combobox', { name: '地区' }).fill('qingyangqu');
      await form.getByRole('option', { name: /青羊区/ }).waitFor();
      await page.keyboard.press('Enter');
      expect(await form.getByRole('combobox', { name: '地区' }).inputValue()).toBe('青羊区');
      await form.getByRole('button', { name: '保存' }).click();
      expect(await form.getByRole('alert').textContent()).toBe('密码至少 10 个字符。');
      await form.locator('input[name="password"]').fill('viewer-password-1');
      await form.getByRole('button', { name: '保存' }).click();
      await expect
        .poll(() => page.locator('.users__notice').textContent())
        .toContain('qingyang-viewer');
      const row = page.locator('tr', { hasText: 'qingyang-viewer' });
      expect(await row.textContent()).toContain('查看者');
      expect(await row.textContent()).toContain('青羊区');

      // Someone else changes the user meanwhile: the stale save is refused and reloaded.
      await row.getByRole('button', { name: '编辑 qingyang-viewer' }).click();
      const edit = page.getByRole('form', { name: '编辑 qingyang-viewer' });
      const admin = await ApiSession.signIn(server.url, E2E_ADMIN.username, E2E_ADMIN.password);
      const { users } = await admin.call<{
        users: { id: number; username: string; version: number }[];
      }>('GET', '/api/users');
      const u = users.find((x) => x.username === 'qingyang-viewer')!;
      await admin.call('PATCH', `/api/users/${u.id}`, {
        version: u.version,
        displayName: '别人改的',
      });
      await edit.locator('select[name="role"]').selectOption('analyst');
      await edit.getByRole('button', { name: '保存' }).click();
      expect(await edit.getByRole('alert').textContent()).toContain('已被他人修改');
      expect(await edit.locator('input[name="displayName"]').inputValue()).toBe('别人改的');
      await edit.getByLabel('停用此账号').check();
      await edit.getByRole('button', { name: '保存' }).click();
      await expect
        .poll(() => page.locator('tr', { hasText: 'qingyang-viewer' }).textContent())
        .toContain('已停用');
    } catch (error) {
      await page.screenshot({ path: 'test-results/users-failure.png', fullPage: true });
      throw error;
    } finally {
      await page.close();
    }
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
      await expect.poll(() => page.locator('h1').textContent()).toBe('登录指标看板');
    } catch (error) {
      await page.screenshot({ path: 'test-results/access-failure.png', fullPage: true });
      throw error;
    } finally {
      await page.close();
    }
  });

  it('shows catalogue renames and merges to admins only; an approver may still add', async () => {
    const catalogue = async (username: string, password: string) => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/targets?tab=catalogue`);
      await signIn(page, username, password);
      await page.locator('.indicator').first().waitFor();
      return page;
    };
    const asApprover = await catalogue(approver.username, approver.password);
    const asAdmin = await catalogue(E2E_ADMIN.username, E2E_ADMIN.password);
    try {
      expect(await asApprover.getByRole('button', { name: '重命名' }).count()).toBe(0);
      expect(await asApprover.getByRole('button', { name: '合并到…' }).count()).toBe(0);
      expect(await asApprover.getByTestId('catalogue-admin-only').textContent()).toContain(
        '由管理员处理',
      );
      expect(await asApprover.getByRole('heading', { name: '新建指标' }).count()).toBe(1);
      expect(await asAdmin.getByRole('button', { name: '重命名' }).count()).toBeGreaterThan(0);
      expect(await asAdmin.getByTestId('catalogue-admin-only').count()).toBe(0);
    } catch (error) {
      await asApprover.screenshot({ path: 'test-results/catalogue-failure.png', fullPage: true });
      throw error;
    } finally {
      await asApprover.close();
      await asAdmin.close();
    }
  });

  it("shows an approver the plans it uploads: one naming no region is an admin's to review", async () => {
    const api = await ApiSession.signIn(server.url, approver.username, approver.password);
    const paste = async (text: string) =>
      (await api.call<{ document: { id: number } }>('POST', '/api/documents', { text })).document
        .id;
    const unplaced = await paste('2026年卫生工作要点\n全年孕产妇死亡率控制在20/10万以下。');
    const elsewhere = await paste(
      '上海市卫生健康委员会\n2026年上海市卫生健康工作要点\n全市孕产妇死亡率控制在10/10万以下。',
    );
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/documents/${unplaced}`);
      await signIn(page, approver.username, approver.password);
      expect(await page.getByTestId('review-admin-only').textContent()).toContain('管理员审核');
      expect(await page.getByTestId('bulk-confirm').count()).toBe(0);

      // A plan of a region outside the scope is filed under the approver's own, with a note.
      await page.goto(`${server.url}/documents/${elsewhere}`);
      await page.locator('h1').filter({ hasText: '上海市' }).waitFor();
      expect(await page.locator('.review__head').textContent()).toContain('锦江区');
      expect(await page.locator('.warnings').textContent()).toContain('上海市');
      expect(await page.getByTestId('review-admin-only').count()).toBe(0);
    } catch (error) {
      await page.screenshot({ path: 'test-results/unplaced-failure.png', fullPage: true });
      throw error;
    } finally {
      await page.close();
    }
  });
});
