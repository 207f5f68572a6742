import { test as base, expect, type Page } from '@playwright/test';
import { demoAccounts } from '../prisma/seed/demo-accounts';
import type { Role } from '../lib/auth/roles';

/** Signs in through the sign-in page, as a user would. */
export async function signInAs(page: Page, role: Role | { email: string; password: string }) {
  const account = typeof role === 'string' ? demoAccounts[role] : role;
  await page.goto('/masuk');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Kata sandi').fill(account.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  // The name shows in the header on wide screens and inside the menu on phones.
  await page.waitForURL((url) => url.pathname !== '/masuk');
  await expect(
    page.getByTestId('current-user').or(page.getByTestId('current-user-mobile')).first(),
  ).toBeAttached();
}

export const test = base.extend<{ loginAs: (role: Role) => Promise<void> }>({
  loginAs: async ({ page }, provide) => {
    await provide((role) => signInAs(page, role));
  },
});

export { expect };
