import type { Page } from 'playwright-core';

/** Signs in through the login form, as a person would, and waits for the app shell. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('input[name="password"]').press('Enter');
  await page
    .getByTestId('current-user')
    .waitFor()
    .catch(async (error: Error) => {
      await page.screenshot({ path: 'test-results/sign-in-failure.png' });
      throw error;
    });
}
