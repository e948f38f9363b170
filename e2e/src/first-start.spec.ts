import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './api-session';
import { launchBrowser } from './browser';
import { signIn } from './pages';
import { type RunningServer, startServer } from './server-process';

const NEW_PASSWORD = 'lantern orchard 57 river';

describe('a production first start without ADMIN_PASSWORD', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startServer({
        NODE_ENV: 'production',
        DEMO: undefined,
        ADMIN_PASSWORD: undefined,
        LOG_LEVEL: 'info',
      }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const generatedPassword = () => /password: (\S+)/.exec(server.output())?.[1] ?? '';

  it('shows the generated admin password on the terminal, not in the JSON log', () => {
    const password = generatedPassword();
    expect(password.length).toBeGreaterThanOrEqual(16);
    const jsonLines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(jsonLines.some((line) => line.includes('first admin created'))).toBe(true);
    expect(jsonLines.join('\n')).not.toContain(password);
  });

  it('makes the admin set a password before anything else, then opens the app', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await signIn(page, 'admin', generatedPassword());
    await page.getByTestId('password-required').waitFor();
    expect(await page.getByRole('navigation', { name: 'main' }).count()).toBe(0);

    await page.locator('input[name="currentPassword"]').fill(generatedPassword());
    await page.locator('input[name="newPassword"]').fill('password123');
    await page.locator('input[name="repeatPassword"]').fill('password123');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('password_too_weak');

    await page.locator('input[name="newPassword"]').fill(NEW_PASSWORD);
    await page.locator('input[name="repeatPassword"]').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '保存新密码' }).click();
    const nav = page.getByRole('navigation', { name: 'main' });
    await nav.waitFor();
    expect(await nav.textContent()).toContain('看板');
    await page.close();

    const api = new ApiSession(server.url);
    await expect(api.signIn('admin', generatedPassword())).rejects.toThrow(/401/);
    await api.signIn('admin', NEW_PASSWORD);
    const { documents } = await api.ok<{ documents: unknown[] }>('GET', '/api/documents');
    expect(documents).toEqual([]); // production: no demo unless DEMO=1
  });
});
