import type { Page } from 'playwright-core';
import { totpCode } from '../../support/staff.js';

/** Clicks a submit button and waits until the page it leads to (after any redirect) has loaded. */
export async function submit(page: Page, button: string): Promise<void> {
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
}

/**
 * Signs a staff member in through the console's sign-in page, as a person would (email, password
 * and the authenticator's code, `offsetSteps` periods ahead since each code is accepted once).
 */
export async function signInAsStaff(
  page: Page,
  origin: string,
  staff: { email: string; password: string; totpSecret: string },
  offsetSteps = 1,
): Promise<void> {
  await page.goto(`${origin}/staff/sign-in`);
  await page.getByLabel('Email address').fill(staff.email);
  await page.getByLabel('Password', { exact: true }).fill(staff.password);
  await page
    .getByLabel('Code from your authenticator app')
    .fill(await totpCode(staff.totpSecret, offsetSteps));
  await submit(page, 'Sign in');
}
