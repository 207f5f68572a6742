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

/** Signs up a new UMKM owner through /daftar (lands on /umkm); returns the email. */
export async function signUpOwner(page: Page, name: string) {
  const email = `pemilik-${Date.now()}-${Math.floor(Math.random() * 1000)}@contoh.id`;
  await page.goto('/daftar');
  await page.getByLabel('Pemilik UMKM').check();
  await page.getByLabel('Nama lengkap').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/Kata sandi/).fill('SandiUsaha2026');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page).toHaveURL(/\/umkm$/);
  return email;
}

export const test = base.extend<{ loginAs: (role: Role) => Promise<void> }>({
  loginAs: async ({ page }, provide) => {
    await provide((role) => signInAs(page, role));
  },
});

export { expect };
