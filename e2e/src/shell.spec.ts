import pg from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { signIn } from './pages';
import { E2E_ADMIN, runServerToExit, type RunningServer, startServer } from './server-process';

describe('the started app on PGlite', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in, opens in Chinese, switches to English, and shows the server healthy', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    expect(await page.locator('h1').textContent()).toBe('登录指标看板');
    await expect.poll(() => page.getByTestId('health').textContent()).toContain('服务正常');

    await page.locator('input[name="username"]').fill(E2E_ADMIN.username);
    await page.locator('input[name="password"]').fill('not the password');
    await page.getByRole('button', { name: '登录' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('用户名或密码错误。');

    await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
    expect(await page.getByRole('navigation').textContent()).toContain('看板');
    expect(await page.locator('h1').textContent()).toContain('看板');

    await page.getByTestId('lang-switch').click();
    expect(await page.locator('h1').textContent()).toContain('Dashboard');
    expect(await page.getByTestId('health').textContent()).toContain('database PGlite');

    await page.getByRole('link', { name: 'Documents' }).click();
    expect(page.url()).toBe(`${server.url}/documents`);
    expect(await page.locator('h1').textContent()).toBe('Documents');

    // The session and the language choice survive a reload, and a deep link renders its page.
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('Documents');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sign in to Targetboard');
    await page.close();
  });

  it('shows the login page, saying why, when the session ends under a signed-in user', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
      await page.getByRole('link', { name: '文件' }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // The server forgets the session (expiry, sign-out elsewhere): the next request is a 401.
      await page.context().clearCookies();
      await page.getByRole('link', { name: '指标' }).click();
      await expect.poll(() => page.locator('h1').first().textContent()).toBe('登录指标看板');
      expect(await page.getByRole('status').filter({ hasText: '登录已过期' }).count()).toBe(1);
      // Signing in again says nothing of the old session.
      await signIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
      expect(await page.getByText('登录已过期').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('refuses a second start on the same data folder instead of corrupting it', async () => {
    const second = await runServerToExit({ DATA_DIR: server.dataDir, PORT: '0' });
    expect(second.code).toBe(1);
    expect(second.output).toContain('is in use by process');
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
  });

  it('closes cleanly on SIGTERM and reopens the same data folder', async () => {
    const code = await server.stop('SIGTERM');
    expect(code).toBe(0);
    expect(server.output()).not.toContain('"level":"error"');
    server = await startServer({ DATA_DIR: server.dataDir });
    const body = (await (await fetch(`${server.url}/api/health`)).json()) as { db: string };
    expect(body.db).toBe('pglite');
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('the same app on PostgreSQL (DATABASE_URL)', () => {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const dbName = `tb_e2e_${process.pid}_${Date.now()}`;
  let server: RunningServer;

  async function admin(sql: string) {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  }

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${dbName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    server = await startServer({ DATABASE_URL: url.toString() });
  });
  afterAll(async () => {
    await server?.stop();
    await admin(`DROP DATABASE IF EXISTS ${dbName}`);
  });

  it('reports "db":"postgres"', async () => {
    const body = (await (await fetch(`${server.url}/api/health`)).json()) as {
      db: string;
      status: string;
    };
    expect(body).toMatchObject({ status: 'ok', db: 'postgres' });
  });
});
