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

/**
 * The dashboard grid's coloured cells and the sum of the header's status counts: the header
 * counts every coloured cell, so a leader can trust the numbers above the grid.
 */
export async function colouredAndCounted(
  page: Page,
): Promise<{ coloured: number; counted: number }> {
  const coloured = await page
    .getByTestId('dashboard-grid')
    .locator('td.dash-cell:not(.dash-cell--none):not(.dash-cell--empty)')
    .count();
  const counted = (
    await page.locator('[data-testid="status-counts"] .dash-count__n').allTextContents()
  )
    .map(Number)
    .reduce((a, b) => a + b, 0);
  return { coloured, counted };
}
