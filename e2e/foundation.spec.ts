import { mailsTo } from './mail-log';
import { test, expect, signInAs } from './fixtures';
import { demoAccounts } from '../prisma/seed/demo-accounts';
import { roleHome } from '../lib/auth/roles';

test('health says the database is up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
});

for (const role of Object.keys(demoAccounts) as (keyof typeof demoAccounts)[]) {
  test(`demo ${role} signs in and lands on the role's page`, async ({ page }) => {
    await signInAs(page, role);
    await expect(page).toHaveURL(new RegExp(`${roleHome[role]}$`));
    await expect(page.getByTestId('dashboard-title')).toBeVisible();
  });
}

test('a wrong password gets a clear message in Bahasa Indonesia', async ({ page }) => {
  await page.goto('/masuk');
  await page.getByLabel('Email').fill(demoAccounts.SHOPPER.email);
  await page.getByLabel('Kata sandi').fill('bukan-sandinya-1');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('form-error')).toHaveText('Email atau kata sandi salah.');
});

test('a shopper signs up, lands on their page, and other roles pages are refused', async ({ page }) => {
  await page.goto('/daftar');
  await page.getByLabel('Pembeli').check();
  await page.getByLabel('Nama lengkap').fill('Butet Simanjuntak');
  await page.getByLabel('Email').fill(`butet-${Date.now()}@contoh.id`);
  await page.getByLabel(/Kata sandi/).fill('pendek');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page.getByTestId('error-password')).toContainText('minimal 10 karakter');
  await page.getByLabel(/Kata sandi/).fill('SandiBaru2026');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page).toHaveURL(/\/akun$/);
  await expect(page.getByTestId('dashboard-title')).toContainText('Butet Simanjuntak');
  const response = await page.goto('/dinas');
  expect(response?.status()).toBe(403);
});

test('a visitor asking for a dashboard is sent to sign in, then back', async ({ page }) => {
  await page.goto('/dinas');
  await expect(page).toHaveURL(/\/masuk\?next=%2Fdinas/);
  await page.getByLabel('Email').fill(demoAccounts.DINAS_ADMIN.email);
  await page.getByLabel('Kata sandi').fill(demoAccounts.DINAS_ADMIN.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/dinas$/);
});

test('the interface switches to English and back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Masuk' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.getByRole('link', { name: 'Masuk' })).toBeVisible();
});

test('a Dinas admin creates an OPD staff account that can sign in', async ({ page, loginAs }) => {
  await loginAs('DINAS_ADMIN');
  await page.goto('/dinas/pengguna');
  const email = `staf-${Date.now()}@pemkomedan.go.id`;
  await page.getByLabel('OPD (untuk staf pengadaan)').selectOption({ label: 'Dinas Perhubungan' });
  await page.getByLabel('Nama').fill('Staf Dishub');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi awal').fill('SandiDishub2026');
  await page.getByRole('button', { name: 'Buat akun' }).click();
  await expect(page.getByTestId('form-success')).toContainText(email);
  await expect(page.getByTestId('staff-table')).toContainText(email);
  await page.context().clearCookies();
  await signInAs(page, { email, password: 'SandiDishub2026' });
  await expect(page).toHaveURL(/\/opd$/);
  await expect(page.getByTestId('dashboard-title')).toContainText('Dinas Perhubungan');
});

test('a shopper who forgot the password gets a link, sets a new password, and the old session ends', async ({
  page,
  browser,
}) => {
  const email = `lupa-${Date.now()}@contoh.id`;
  await page.goto('/daftar');
  await page.getByLabel('Pembeli').check();
  await page.getByLabel('Nama lengkap').fill('Sahat Pardede');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/Kata sandi/).fill('SandiLama2026');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page).toHaveURL(/\/akun$/);

  const visitor = await browser.newPage({ baseURL: new URL(page.url()).origin });
  await visitor.goto('/masuk');
  await visitor.getByRole('link', { name: 'Lupa kata sandi?' }).click();
  await visitor.getByLabel('Email').fill('bukan-email');
  await visitor.getByRole('button', { name: 'Kirim tautan' }).click();
  await expect(visitor.getByTestId('error-email')).toContainText('Format email tidak valid');
  await visitor.getByLabel('Email').fill(email);
  await visitor.getByRole('button', { name: 'Kirim tautan' }).click();
  await expect(visitor.getByTestId('form-success')).toContainText('Jika email itu terdaftar');

  // The reset email arrives at the mail server (scripts/e2e-server.ts), once, with a working link.
  // (The welcome email from signing up came first.)
  const resets = () => mailsTo(email).filter((m) => m.subject === 'Atur ulang kata sandi Etalase UMKM Medan');
  await expect.poll(() => resets().length, { timeout: 20_000 }).toBe(1);
  expect(mailsTo(email).map((m) => m.subject)).toContain('Selamat datang di Etalase UMKM Medan');
  const [mail] = resets();
  const link = new URL(mail.text.match(/https?:\/\/\S+token=[\w-]{43}/)![0]);
  // With SMTP configured, the Dinas outbox no longer shows the link.
  const admin = await browser.newPage({ baseURL: new URL(page.url()).origin });
  await signInAs(admin, 'DINAS_ADMIN');
  await admin.goto('/dinas/email');
  await expect(admin.getByTestId('outbox')).not.toContainText(link.search.slice(1));

  await visitor.goto(link.pathname + link.search);
  await visitor.getByLabel(/Kata sandi baru/).fill('pendek');
  await visitor.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
  await expect(visitor.getByTestId('error-password')).toContainText('minimal 10 karakter');
  await visitor.getByLabel(/Kata sandi baru/).fill('SandiBaru2026');
  await visitor.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
  await expect(visitor.getByTestId('form-success')).toContainText('Kata sandi baru tersimpan');
  await signInAs(visitor, { email, password: 'SandiBaru2026' });

  // The session that signed in before the reset no longer works.
  await page.goto('/akun');
  await expect(page).toHaveURL(/\/masuk/);
  await Promise.all([visitor.close(), admin.close()]);
});
