import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocking, runAxe } from './axe';
import { launchBrowser } from './browser';
import { signIn } from './pages';
import { ApiSession } from './reporting-api';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

const PLAN = `成都市锦江区卫生健康局
2026年卫生健康工作要点
全区家庭医生签约服务覆盖率达到35%以上。孕产妇死亡率控制在20/10万以下。全区新建社区卫生服务中心12个。`;
const COVERAGE = '家庭医生签约服务覆盖率';
const MATERNAL = '孕产妇死亡率';
const CENTRES = '新建社区卫生服务中心数';

// Issue 6's journey: a quarter entered by keyboard, a validation message, a plausibility
// warning answered with a note, a submission, and a conflict when another reporter saved first.
describe('the quarterly entry form', () => {
  let server: RunningServer;
  let browser: Browser;
  let county: { id: number; name: string };
  let ids: Record<string, number>;
  const reporters = [
    { username: 'jinjiang-a', password: 'reporter-a-password' },
    { username: 'jinjiang-b', password: 'reporter-b-password' },
  ] as const;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = await ApiSession.signIn(server.url, E2E_ADMIN.username, E2E_ADMIN.password);
    county = await admin.regionByCode('510104');
    ids = await admin.confirmPlan(PLAN, county.id);
    for (const r of reporters)
      await admin.createUser(r.username, r.password, 'reporter', county.id);
    // Last quarter's figures, so a big jump this quarter is implausible.
    await admin.saveFigures(county.id, '2026Q2', [
      { indicatorId: ids[COVERAGE]!, value: 30 },
      { indicatorId: ids[MATERNAL]!, value: 12 },
      { indicatorId: ids[CENTRES]!, value: 3 },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const url = (quarter: string) => `${server.url}/entry?regionId=${county.id}&quarter=${quarter}`;
  const cell = (page: Page, name: string, column = '本季度') =>
    page.getByLabel(`${name} ${column}`);
  const focused = (page: Page) =>
    // A string, not a function: this package is typed without the DOM library.
    page.evaluate<string>("document.activeElement?.getAttribute('aria-label') ?? ''");

  async function openAs(reporter: { username: string; password: string }, quarter: string) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await signIn(page, reporter.username, reporter.password);
    await page.goto(url(quarter));
    await page.locator('.entry-table').waitFor();
    return page;
  }

  async function guarded(page: Page, name: string, body: () => Promise<void>) {
    try {
      await body();
    } catch (error) {
      await page.screenshot({ path: `test-results/entry-${name}-failure.png`, fullPage: true });
      throw error;
    }
  }

  it('enters a quarter by keyboard, meets a validation message and a plausibility warning, submits', async () => {
    const page = await openAs(reporters[0], '2026Q3');
    await guarded(page, 'keyboard', async () => {
      const names = await page.locator('.entry-table__name').allTextContents();
      expect(names).toEqual(expect.arrayContaining([COVERAGE, MATERNAL, CENTRES]));
      // The reference columns show last quarter's seeded figures with units.
      const coverageRow = page.locator('tr', { has: page.getByText(COVERAGE, { exact: true }) });
      expect(await coverageRow.textContent()).toContain('30 %');

      // A column pasted from a spreadsheet fills the rows below the focused one.
      await cell(page, names[0]!).focus();
      await page.evaluate(`(() => {
        const data = new DataTransfer();
        data.setData('text/plain', '1\\r\\n2\\r\\n3\\r\\n');
        document.activeElement.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      })()`);
      expect(await Promise.all(names.map((n) => cell(page, n).inputValue()))).toEqual([
        '1',
        '2',
        '3',
      ]);

      // Now type every row by keyboard: select, type, Enter moves down; Shift+Enter goes up.
      const typed: Record<string, string> = { [COVERAGE]: '120', [MATERNAL]: '11', [CENTRES]: '4' };
      await cell(page, names[0]!).focus();
      for (const [i, name] of names.entries()) {
        expect(await focused(page)).toBe(`${name} 本季度`);
        await page.keyboard.press('Control+A');
        await page.keyboard.type(typed[name]!);
        if (i < names.length - 1) await page.keyboard.press('Enter');
      }
      await page.keyboard.press('Shift+Enter');
      expect(await focused(page)).toBe(`${names.at(-2)} 本季度`);

      // 120 % is refused inline, in Chinese, before anything is sent.
      const coverageAlert = page.getByRole('alert').filter({ hasText: '百分比应在 0 到 100 之间' });
      await coverageAlert.waitFor();
      await page.getByRole('button', { name: '保存草稿' }).click();
      expect(await page.locator('.entry__notice--error').textContent()).toContain('需要更正');

      // 85 % passes the unit rule but jumps 55 points from last quarter: a note is required.
      await cell(page, COVERAGE).fill('85');
      expect(await coverageAlert.count()).toBe(0);
      const warning = page.getByRole('alert').filter({ hasText: '较上季度' });
      await warning.waitFor();
      expect(await warning.textContent()).toContain('上升 55 个百分点');
      await page.getByRole('button', { name: '保存草稿' }).click();
      expect(await page.locator('.entry__notice--warn').textContent()).toContain('备注');
      expect(await focused(page)).toBe(`${COVERAGE} 备注`);
      await page.keyboard.type('本季度开展集中签约');
      expect(await warning.count()).toBe(0);

      await page.getByRole('button', { name: '保存草稿' }).click();
      await expect
        .poll(() => page.locator('.entry__notice--ok').textContent())
        .toBe('已保存 3 项。');
      expect(await page.getByTestId('submission-state').textContent()).toBe('草稿');

      // The history popover of the cell shows the save with its note.
      await page.getByRole('button', { name: `${COVERAGE} 修改记录` }).click();
      const history = page.getByRole('dialog', { name: `${COVERAGE} 修改记录` });
      await history.waitFor();
      await expect.poll(() => history.textContent()).toContain('85 %');
      expect(await history.textContent()).toContain('本季度开展集中签约');
      await page.keyboard.press('Escape');
      expect(await history.count()).toBe(0);

      await page.getByRole('button', { name: '提交本季度' }).click();
      await expect.poll(() => page.getByTestId('submission-state').textContent()).toBe('已提交');
    });
    await page.context().close();
  });

  it('shows theirs vs mine when another reporter saved the same cell first', async () => {
    const [mine, theirs] = await Promise.all([
      openAs(reporters[0], '2026Q4'),
      openAs(reporters[1], '2026Q4'),
    ]);
    await guarded(mine, 'conflict', async () => {
      await cell(theirs, MATERNAL).fill('10');
      await theirs.getByRole('button', { name: '保存草稿' }).click();
      await expect
        .poll(() => theirs.locator('.entry__notice--ok').textContent())
        .toContain('已保存');

      // This context read version 0 before the other save: its save is refused, nothing lost.
      await cell(mine, MATERNAL).fill('9');
      await mine.getByRole('button', { name: '保存草稿' }).click();
      const conflict = mine.getByTestId(`conflict-${ids[MATERNAL]}`);
      await conflict.waitFor();
      expect(await conflict.textContent()).toContain('对方：10/10万（jinjiang-b');
      expect(await conflict.textContent()).toContain('您的：9/10万');
      expect(await mine.locator('.entry__notice--error').textContent()).toContain('已被他人修改');

      // Keep mine: resent at the version now read, and it wins.
      await conflict.getByRole('button', { name: '保留我的（覆盖）' }).click();
      await expect.poll(() => mine.locator('.entry__notice--ok').textContent()).toContain('已保存');
      expect(await conflict.count()).toBe(0);

      // The other context, still on version 1, now meets the conflict and keeps theirs (= 9).
      await cell(theirs, MATERNAL).fill('8');
      await theirs.getByRole('button', { name: '保存草稿' }).click();
      const back = theirs.getByTestId(`conflict-${ids[MATERNAL]}`);
      await back.waitFor();
      await back.getByRole('button', { name: '保留对方' }).click();
      expect(await cell(theirs, MATERNAL).inputValue()).toBe('9');
      expect(await theirs.locator('.entry__dirty').count()).toBe(0);
    });
    await mine.context().close();
    await theirs.context().close();
  });
  it('asks why figures are missing before a mostly empty quarter is submitted', async () => {
    const page = await openAs(reporters[1], '2026Q1');
    await guarded(page, 'gaps', async () => {
      await cell(page, CENTRES).fill('2');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await expect.poll(() => page.locator('.entry__notice--ok').textContent()).toContain('已保存');
      await page.getByRole('button', { name: '提交本季度' }).click();

      const asked = page.getByTestId('missing-figures');
      await asked.waitFor();
      expect(await asked.textContent()).toContain('还有 2 项指标没有数据');
      const confirm = asked.getByRole('button', { name: '确认提交' });
      expect(await confirm.isDisabled()).toBe(true);
      await asked.getByLabel(`${COVERAGE} 未填报的原因`).fill('签约系统升级，数据下季度补报');
      expect(await confirm.isDisabled()).toBe(true);
      await asked.getByLabel('确认：未写原因的指标本季度不适用').check();
      await confirm.click();

      await expect.poll(() => page.getByTestId('submission-state').textContent()).toBe('已提交');
      const recorded = page.getByTestId('recorded-gaps');
      await recorded.locator('summary').click();
      expect(await recorded.textContent()).toContain(`${COVERAGE}：签约系统升级，数据下季度补报`);
      expect(await recorded.textContent()).toContain(`${MATERNAL}：本季度不适用`);
    });
    await page.context().close();
  });

  it('says which target applies: its year, 沿用 when carried, and its source sentence', async () => {
    const page = await openAs(reporters[0], '2027Q1');
    await guarded(page, 'target-origin', async () => {
      const origin = page.getByTestId(`target-origin-${ids[COVERAGE]}`);
      expect(await origin.textContent()).toContain('2026年目标，沿用');
      await origin.getByRole('link', { name: '出处' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/documents\/\d+$/);
      expect(new URL(page.url()).searchParams.get('target')).toMatch(/^\d+$/);
      await expect
        .poll(() => page.getByText('全区家庭医生签约服务覆盖率达到35%以上').count())
        .toBeGreaterThan(0);
    });
    await page.context().close();
  });

  it('grid mode: a county enters one indicator for its towns at once', async () => {
    const admin = await ApiSession.signIn(server.url, E2E_ADMIN.username, E2E_ADMIN.password);
    const towns: number[] = [];
    for (const name of ['春熙路街道', '书院街街道']) {
      const { region } = await admin.call<{ region: { id: number } }>('POST', '/api/regions', {
        parentId: county.id,
        name,
      });
      towns.push(region.id);
    }
    const page = await openAs(reporters[0], '2026Q3');
    await guarded(page, 'grid', async () => {
      await page.getByRole('link', { name: '下级单位网格' }).click();
      await page.locator('.entry-grid').waitFor();
      expect(new URL(page.url()).searchParams.get('mode')).toBe('grid');
      const first = page.getByLabel(`春熙路街道 ${COVERAGE}`);
      await first.focus();
      await page.keyboard.type('41');
      await page.keyboard.press('Enter');
      expect(await focused(page)).toBe(`书院街街道 ${COVERAGE}`);
      await page.keyboard.type('43');
      // The grid keeps its unsaved cells as the towns' drafts: the form mode finds them.
      const form = await page.context().newPage();
      await form.goto(`${server.url}/entry?regionId=${towns[0]}&quarter=2026Q3`);
      await expect.poll(() => cell(form, COVERAGE).inputValue()).toBe('41');
      await form.close();
      await page.getByRole('button', { name: '保存草稿' }).click();
      // The result shows once on the page, in the action bar, and is read out by the live
      // region 50 ms later: counting the text on the whole page saw 1 only in that gap.
      const shown = page.locator('main').getByText('已保存 2 项。');
      await expect.poll(() => shown.count()).toBe(1);
      await expect.poll(() => page.getByTestId('live-region').textContent()).toBe('已保存 2 项。');
      expect(await shown.count()).toBe(1);
      const entry = await admin.call<{ rows: { observation: { value: number } | null }[] }>(
        'GET',
        `/api/entry?regionId=${towns[0]}&quarter=2026Q3`,
      );
      expect(entry.rows.some((r) => r.observation?.value === 41)).toBe(true);

      // Someone else saves the first town's cell; the grid, still at the version it read,
      // meets a conflict and keeping its own value sends it again, as the form does.
      await admin.call('PUT', '/api/observations', {
        regionId: towns[0],
        quarter: '2026Q3',
        rows: [{ indicatorId: ids[COVERAGE]!, value: 45, note: null, version: 1 }],
      });
      await first.fill('42');
      await page.getByRole('button', { name: '保存草稿' }).click();
      const conflict = page.getByTestId(`conflict-${towns[0]}-${ids[COVERAGE]}`);
      await conflict.waitFor();
      expect(await conflict.textContent()).toContain('对方：45');
      expect(await conflict.textContent()).toContain('您的：42');
      expect(await page.locator('.entry__notice--error').textContent()).toContain('已被他人修改');
      // The choice below the grid is as accessible as the grid (axe, WCAG 2.1 AA).
      expect(blocking(await runAxe(page)).map((f) => f.id)).toEqual([]);
      await conflict.getByRole('button', { name: '保留我的（覆盖）' }).click();
      await expect
        .poll(() => page.locator('.entry__notice--ok').textContent())
        .toBe('已保存 1 项。');
      expect(await conflict.count()).toBe(0);
      await page.reload();
      await page.locator('.entry-grid').waitFor();
      expect(await first.inputValue()).toBe('42');
      expect(await page.getByText('全部已保存').count()).toBe(1);
      const after = await admin.call<{ rows: { observation: { value: number } | null }[] }>(
        'GET',
        `/api/entry?regionId=${towns[0]}&quarter=2026Q3`,
      );
      expect(after.rows.some((r) => r.observation?.value === 42)).toBe(true);

      // Offline, a save is kept in the browser and sent by itself once the connection returns.
      await page.context().setOffline(true);
      await page.getByLabel(`书院街街道 ${COVERAGE}`).fill('44');
      await page.getByRole('button', { name: '保存草稿' }).click();
      expect(await page.locator('.entry__notice--warn').textContent()).toContain(
        '1 项已保存在本机浏览器',
      );
      await page.context().setOffline(false);
      await expect
        .poll(() => page.locator('.entry__notice--ok').textContent())
        .toBe('已保存 1 项。');
      const resent = await admin.call<{ rows: { observation: { value: number } | null }[] }>(
        'GET',
        `/api/entry?regionId=${towns[1]}&quarter=2026Q3`,
      );
      expect(resent.rows.some((r) => r.observation?.value === 44)).toBe(true);
    });
    await page.context().close();
  });
});
