import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { signIn } from './pages';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

/** A provincial plan written for this journey (not one of the gold documents). */
const PLAN = `四川省卫生和计划生育委员会
2017年全省卫生计生工作要点

一、深化医药卫生体制改革
全省新农合参合率稳定在95%以上，政策范围内住院费用报销比例达到75%左右。
二、妇幼健康
孕产妇死亡率控制在20/10万以下，婴儿死亡率低于8‰。
三、基层卫生
家庭医生签约服务覆盖率达到35%以上，城区达到%。居民电子健康档案建档率达到75%。
四、医疗服务
公立医院药占比降至30%左右。全省家庭病床建床数达到1200张。
<script>window.__injected = true</script>
`;

const cards = (page: Page) => page.getByTestId('target-card');
const card = (page: Page, indicator: string) =>
  cards(page).filter({ has: page.locator('.card__indicator', { hasText: indicator }) });

describe('a bureau uploads a GB18030 plan, reviews its targets and finds them under 指标', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('uploads the file and lands on the review page with every target highlighted', async () => {
    await page.goto(server.url);
    await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
    await page.getByRole('navigation').getByRole('link', { name: '文件', exact: true }).click();
    await page.getByText('还没有上传工作要点').waitFor();

    await page.getByTestId('file-input').setInputFiles({
      name: '2017年工作要点.txt',
      mimeType: 'text/plain',
      buffer: iconv.encode(PLAN, 'gb18030'),
    });
    await page.waitForURL(/\/documents\/\d+$/);
    expect(await page.locator('h1').textContent()).toBe('2017年全省卫生计生工作要点');
    await cards(page).first().waitFor();

    const text = page.getByTestId('document-text');
    // Decoded from GB18030, and the markup in the plan is text, never run.
    expect(await text.textContent()).toBe(PLAN);
    expect(await page.evaluate('window.__injected')).toBe(undefined);
    const count = await cards(page).count();
    expect(count).toBeGreaterThanOrEqual(6);
    expect(await text.locator('mark').count()).toBeGreaterThanOrEqual(count);
    expect(await page.locator('.review__head').textContent()).toContain('四川省');

    // The target without a value is flagged, and says why it cannot be confirmed.
    // Each card says where its name came from, so the reviewer knows which names to check.
    const known = card(page, '新农合参合率').getByRole('note');
    expect(await known.textContent()).toBe('目录匹配');
    expect(await known.getAttribute('aria-label')).toContain('指标目录');
    const guessed = card(page, '家庭病床').getByRole('note');
    expect(await guessed.textContent()).toBe('需核对名称');
    expect(await guessed.getAttribute('aria-label')).toContain('请核对名称');
    const blank = cards(page).and(page.locator('[data-state="needs"]'));
    expect(await blank.count()).toBe(1);
    expect(await blank.getByRole('button', { name: '确认' }).isDisabled()).toBe(true);
    expect(await blank.textContent()).toContain('缺少数值，不能确认');
  });

  it('clicking a highlight selects its card', async () => {
    await page.getByTestId('document-text').locator('mark', { hasText: '婴儿死亡率' }).click();
    await expect.poll(() => page.url()).toMatch(/\?target=\d+/);
    expect(await card(page, '婴儿死亡率').getAttribute('aria-current')).toBe('true');
  });

  it('edits one target: the missing value is entered and it is confirmed', async () => {
    const id = await cards(page)
      .and(page.locator('[data-state="needs"]'))
      .getAttribute('data-target-id');
    const blank = page.locator(`[data-target-id="${id}"]`);
    await blank.getByRole('button', { name: '编辑' }).click();
    await blank.getByTestId('field-value').fill('60');
    await blank.getByRole('button', { name: '保存并确认' }).click();
    await expect.poll(() => blank.getAttribute('data-state')).toBe('confirmed');
    expect(await blank.locator('.card__value').textContent()).toContain('60%');
  });

  it('rejects one with the keyboard shortcut', async () => {
    const drug = card(page, '药占比');
    await drug.locator('.card__value').click();
    expect(await page.getByTestId('key-hints').textContent()).toContain('驳回');
    await page.keyboard.press('r');
    await expect.poll(() => drug.getAttribute('data-state')).toBe('rejected');
  });

  it('adds a target the engine missed from a selection of the text', async () => {
    const before = await cards(page).count();
    // Select the section heading 深化医药卫生体制改革, as a mouse drag would.
    await page.evaluate(`(() => {
      const el = document.querySelector('[data-testid="document-text"]');
      const node = [...el.childNodes].find((n) => n.textContent.includes('深化医药'));
      const at = node.textContent.indexOf('深化医药');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 10);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    })()`);
    await page.getByTestId('add-from-selection').click();
    const form = page.getByTestId('new-target');
    await form.getByTestId('indicator-input').fill('医改重点任务完成率');
    await form.getByTestId('field-value').fill('100');
    await form.getByTestId('field-unit').fill('%');
    await form.getByRole('button', { name: '添加' }).click();
    await expect.poll(() => cards(page).count()).toBe(before + 1);
    expect(
      await page.getByTestId('document-text').locator('mark', { hasText: '深化医药' }).count(),
    ).toBe(1);
  });

  it('confirms the rest in bulk', async () => {
    await page.getByTestId('bulk-threshold').selectOption('0.5');
    await page.getByTestId('bulk-confirm').click();
    await page.getByText(/已确认 \d+ 个，跳过/).waitFor();
    // Whatever the bulk rule left (below the threshold), confirm one by one.
    const drafts = cards(page).and(page.locator('[data-state="draft"]'));
    // A name close to catalogue indicators is not added silently: the card asks first (the
    // hand-added 医改重点任务完成率 is near 双随机抽查任务完成率).
    let asked = 0;
    for (let left = await drafts.count(); left > 0; left--) {
      const draft = page.locator(
        `[data-target-id="${await drafts.first().getAttribute('data-target-id')}"]`,
      );
      await draft.getByRole('button', { name: '确认' }).click();
      const ask = draft.getByRole('button', { name: '新建指标并确认' });
      await expect
        .poll(async () => (await ask.count()) > 0 || (await draft.getAttribute('data-state')))
        .not.toBe('draft');
      if ((await ask.count()) > 0) {
        asked++;
        await ask.click();
      }
      await expect.poll(() => drafts.count()).toBe(left - 1);
    }
    expect(asked).toBeGreaterThan(0);
    const states = await cards(page).evaluateAll((els) => els.map((e) => e.dataset.state));
    expect(states.filter((s) => s === 'rejected')).toHaveLength(1);
  });

  it('finds the confirmed targets under 指标, each linking back to its sentence', async () => {
    const confirmed = await cards(page).and(page.locator('[data-state="confirmed"]')).count();
    await page.getByRole('navigation').getByRole('link', { name: '指标', exact: true }).click();
    const rows = page.getByTestId('targets-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(confirmed);
    const table = (await page.getByTestId('targets-table').textContent()) ?? '';
    expect(table).toContain('新农合参合率');
    expect(table).toContain('≥95%');
    expect(table).toContain('医改重点任务完成率');
    expect(table).not.toContain('药占比');

    await page.getByLabel('年份').selectOption('2017');
    await expect.poll(() => page.url()).toContain('year=2017');
    await expect.poll(() => rows.count()).toBe(confirmed);

    await rows.filter({ hasText: '孕产妇死亡率' }).getByRole('link').click();
    await page.waitForURL(/\/documents\/\d+\?target=\d+/);
    await expect.poll(() => card(page, '孕产妇死亡率').getAttribute('aria-current')).toBe('true');
  });
});
