// Issue #12 flows, each on a 1366 px desktop and a 390 px phone.
import sharp from 'sharp';
import { test, expect, signInAs, signUpOwner } from './fixtures';
import type { Browser } from '@playwright/test';
import { fillRegistration } from './registration';
import { slugify } from '../lib/format/slug';

const viewports = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** A phone-camera JPEG: 4000 × 3000 noise, about 11 MB. */
async function phonePhoto() {
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .jpeg({ quality: 95 })
    .toBuffer();
}

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test('a price typed 35.000 is saved as Rp 35.000; 35.000,50 is refused with a reason', async ({
      page,
    }) => {
      await signInAs(page, 'MSME_OWNER');
      await page.goto('/umkm/produk/baru');
      const name = `Kue Bangkit Kenanga ${device} ${Date.now() % 10000}`;
      await page.getByLabel('Nama produk').fill(name);
      await page.getByLabel('Kategori').selectOption({ label: 'Oleh-oleh & Kue Khas' });
      await page.getByLabel('Harga (Rupiah)').fill('35.000,50');
      await page.getByLabel('Satuan').selectOption('toples');
      await page.getByRole('button', { name: /Simpan/ }).click();
      await expect(page.getByTestId('error-priceIdr')).toHaveText('Harga harus Rupiah bulat, tanpa sen.');
      await expect(page.getByTestId('form-error')).toBeInViewport();
      await page.getByLabel('Harga (Rupiah)').fill('Rp 35.000');
      await page.getByRole('button', { name: /Simpan/ }).click();
      await page.waitForURL(/\/umkm\/produk\/(?!baru)[^/]+$/);
      await expect(page.getByLabel('Harga (Rupiah)')).toHaveValue('35000');
      await page.goto('/umkm/produk');
      await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Rp 35.000');
    });

    test('submitting an empty registration shows every missing field at once, where the user is', async ({
      page,
    }) => {
      await signUpOwner(page, 'Budi Santoso');
      await page.goto('/umkm/profil');
      await page.getByRole('button', { name: 'Ajukan verifikasi' }).click();
      const message = page.getByTestId('form-error');
      await expect(message).toBeFocused();
      await expect(message).toBeInViewport();
      await expect(message).toHaveAttribute('role', 'alert');
      for (const field of ['name', 'nik', 'nib', 'kecamatanCode', 'address', 'bankAccount'])
        await expect(page.getByTestId(`error-${field}`)).toBeVisible();
    });

    test('a phone photo of 11 MB uploads and shows on the product', async ({ page }) => {
      await signInAs(page, 'MSME_OWNER');
      await page.goto('/umkm/produk');
      await page.locator('main a[href^="/umkm/produk/"]:not([href$="/baru"])').first().click();
      const before = await page.locator('main img').count();
      const photo = await phonePhoto();
      expect(photo.length).toBeGreaterThan(9 * 1024 * 1024);
      await page
        .getByLabel(/Tambah foto/)
        .setInputFiles({ name: 'IMG_20261201.jpg', mimeType: 'image/jpeg', buffer: photo });
      await page.getByRole('button', { name: /Unggah/ }).click();
      await expect(page.getByTestId('form-success')).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('main img')).toHaveCount(before + 1);
    });
  });
}

for (const timezoneId of ['America/Los_Angeles', 'Asia/Jakarta']) {
  test(`a certificate expiry of 17/08/2027 keeps its day with the browser in ${timezoneId}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ timezoneId, viewport: viewports.phone });
    const page = await context.newPage();
    await signUpOwner(page, 'Nur Aini');
    await page.goto('/umkm/profil');
    await page.getByLabel('Nama usaha').fill(`Dodol Tapai Nur'aini ${Date.now() % 10000}`);
    await page.getByLabel('Nomor Sertifikat halal').fill('ID12110000888');
    await page.getByLabel('Berlaku sampai Sertifikat halal').fill('2027-08-17');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await expect(page.getByTestId('form-success')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Berlaku sampai Sertifikat halal')).toHaveValue('2027-08-17');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await expect(page.getByTestId('form-success')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Berlaku sampai Sertifikat halal')).toHaveValue('2027-08-17');
    await context.close();
  });
}

test.describe('sign-in', () => {
  test('after sign-in the user stays on this site, whatever next= says', async ({ page }) => {
    for (const next of [
      '/%5Cevil.example/phish',
      '/%09/evil.example',
      '/%0d%0aSet-Cookie:x=1',
      '//evil.example',
    ]) {
      await page.context().clearCookies();
      await page.goto(`/masuk?next=${next}`);
      await page.getByLabel('Email').fill('pembeli@etalase-umkm.id');
      await page.getByLabel('Kata sandi').fill('Pembeli#Medan2026');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.waitForURL((url) => url.pathname !== '/masuk');
      expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    }
  });

  test('a limited sign-in answers 429 with Retry-After; the owner on a known device still gets in', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const email = await signUpOwner(page, 'Pemilik Sasaran');
    // The owner signs in once on this browser: it gets a device cookie.
    await page.context().clearCookies({ name: /session-token/ });
    await signInAs(page, { email, password: 'SandiUsaha2026' });
    // An attacker elsewhere (same address here, so the address limit is the one that bites) fails on purpose.
    const attacker = await playwright.request.newContext({ baseURL });
    const attempt = async (password: string) => {
      const { csrfToken } = await (await attacker.get('/api/auth/csrf')).json();
      return attacker.post('/api/auth/callback/credentials', {
        form: { email, password, csrfToken, json: 'true' },
      });
    };
    for (let i = 0; i < 5; i++) {
      const failed = await attempt('salah-terus-1');
      expect(failed.status()).not.toBe(429);
      expect((await failed.json()).url).toContain('error=credentials');
    }
    const limited = await attempt('SandiUsaha2026');
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
    expect((await limited.json()).url).toContain('error=rateLimited');
    await attacker.dispose();
    // The owner, on the device that signed in before, is not locked out.
    await page.context().clearCookies({ name: /session-token/ });
    await signInAs(page, { email, password: 'SandiUsaha2026' });
    await expect(page).toHaveURL(/\/umkm/);
  });

  test('without JavaScript the sign-in form never puts the password into the URL', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/masuk');
    await page.getByLabel('Email').fill('pembeli@etalase-umkm.id');
    await page.getByLabel('Kata sandi').fill('Pembeli#Medan2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForLoadState();
    expect(page.url()).not.toContain('Pembeli');
    expect(page.url()).not.toContain('password');
    await context.close();
  });

  test('next-auth and robots.txt use the public origin and port; the favicon exists', async ({
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const providers = await (await request.get('/api/auth/providers')).json();
    expect(providers.credentials.signinUrl).toBe(`${origin}/api/auth/signin/credentials`);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
    const favicon = await request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    const away = await request.get('/api/auth/signin?callbackUrl=https://evil.example/', { maxRedirects: 0 });
    expect(away.status()).toBeLessThan(500);
    expect(away.headers().location ?? '').not.toContain('evil.example');
    const trace = await request.fetch('/', { method: 'TRACE' });
    expect(trace.status()).toBe(405);
    expect(trace.headers().allow).toContain('GET');
  });
});

async function approve(browser: Browser, business: string) {
  const context = await browser.newContext({ viewport: viewports.phone });
  const admin = await context.newPage();
  await signInAs(admin, 'DINAS_ADMIN');
  await admin.goto('/dinas/verifikasi');
  await admin.getByRole('link', { name: business }).click();
  await admin.getByRole('button', { name: 'Setujui sebagai UMKM binaan' }).click();
  await expect(admin.getByTestId('msme-status')).toHaveText('UMKM binaan (terverifikasi)');
  await context.close();
}

test('a product published before verification says so, and is public the moment the Dinas verifies', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(viewports.phone);
  await signUpOwner(page, 'Rosmawati Lubis');
  const unique = String(Date.now()).slice(-9);
  const business = `Bolu Meranti Kak Ros ${unique.slice(-4)}`;
  await fillRegistration(page, business, unique);
  await page.getByRole('button', { name: 'Ajukan verifikasi' }).click();
  await expect(page.getByTestId('registration-status')).toContainText('Diajukan');
  await page.goto('/umkm/produk/baru');
  await page.getByLabel('Nama produk').fill(`Bolu Gulung Pandan ${unique.slice(-4)}`);
  await page.getByLabel('Kategori').selectOption({ label: 'Oleh-oleh & Kue Khas' });
  await page.getByLabel('Harga (Rupiah)').fill('85.000');
  await page.getByLabel('Satuan').selectOption('kotak');
  await page.getByRole('button', { name: /Simpan/ }).click();
  await page.waitForURL(/\/umkm\/produk\/(?!baru)[^/]+$/);
  const productUrl = page.url();
  await page.getByLabel(/Tambah foto/).setInputFiles({
    name: 'bolu.jpg',
    mimeType: 'image/jpeg',
    buffer: await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c08040' } })
      .jpeg()
      .toBuffer(),
  });
  await page.getByRole('button', { name: /Unggah/ }).click();
  await expect(page.getByTestId('form-success')).toBeVisible();
  await page.getByRole('button', { name: 'Tayangkan' }).click();
  await expect(
    page.getByTestId('form-success').filter({ hasText: 'belum terlihat di katalog' }),
  ).toBeVisible();
  await expect(page.getByTestId('not-live-yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lihat di katalog' })).toHaveCount(0);
  const slug = await page.evaluate(async (url) => {
    const html = await (await fetch(url)).text();
    return html.match(/\/products\/([a-z0-9-]+)/)?.[1] ?? null;
  }, productUrl);
  const visitor = await browser.newContext();
  const shopper = await visitor.newPage();
  // The product page is asked for before verification (a cached 404 would linger)…
  const productSlug = slug ?? slugify(`Bolu Gulung Pandan ${unique.slice(-4)}`);
  expect((await shopper.goto(`/products/${productSlug}`))?.status()).toBe(404);
  await approve(browser, business);
  // …and answers at once after it.
  expect((await shopper.goto(`/products/${productSlug}`))?.status()).toBe(200);
  await expect(shopper.getByRole('heading', { level: 1 })).toContainText('Bolu Gulung Pandan');
  await visitor.close();
});

test('a Dinas admin reveals a NIK for a stated purpose, disables an account, and finds both in the audit log', async ({
  browser,
  page,
}) => {
  await page.setViewportSize(viewports.desktop);
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto('/dinas/umkm?status=VERIFIED');
  const links = await page
    .locator('main table a[href^="/dinas/umkm/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of links) {
    await page.goto(href);
    if (await page.getByText('Tampilkan NIK').count()) break;
  }
  await page.getByText('Tampilkan NIK').click();
  await page.getByRole('button', { name: 'Tampilkan dan catat' }).click();
  await expect(page.getByTestId('error-purpose')).toBeVisible();
  await page.getByLabel('Tujuan').selectOption({ label: 'Memeriksa kemungkinan data ganda' });
  await page.getByRole('button', { name: 'Tampilkan dan catat' }).click();
  await expect(page.getByTestId('nik')).toHaveText(/^\d{16}$/);
  await expect(page.getByTestId('form-success')).toContainText('tercatat di log audit');
  await page.getByRole('button', { name: 'Sembunyikan NIK' }).click();
  await expect(page.getByTestId('nik')).toContainText('••••');

  // A staff account, signed in elsewhere, is disabled: its session ends at once.
  const email = `staf-${Date.now()}@pemkomedan.go.id`;
  await page.goto('/dinas/pengguna');
  const create = page.getByTestId('create-account');
  await create.getByLabel('Peran').selectOption('OPD_STAFF');
  await create.getByLabel('OPD (untuk staf pengadaan)').selectOption({ label: 'Dinas Perhubungan' });
  await create.getByLabel('Nama').fill("Rahmat Ma'ruf Harahap");
  await create.getByLabel('Email').fill(email);
  await create.getByLabel(/Kata sandi awal/).fill('StafBaru2026x');
  await create.getByRole('button', { name: 'Buat akun' }).click();
  await expect(create.getByTestId('form-success')).toContainText(email);
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInAs(staff, { email, password: 'StafBaru2026x' });
  await page.reload();
  const manage = page.getByTestId(`manage-${email}`);
  await manage.locator('summary').click();
  await manage.getByLabel('Alasan (dicatat di log audit)').fill('Pindah tugas ke luar Pemko');
  await manage.getByRole('button', { name: 'Nonaktifkan akun' }).click();
  await expect(manage.getByTestId('form-success')).toContainText('dinonaktifkan');
  await staff.goto('/opd');
  await expect(staff).toHaveURL(/\/masuk/);
  await staffContext.close();

  await page.goto('/dinas/audit?action=user.disable');
  await expect(page.getByTestId('audit-table')).toContainText('Pindah tugas ke luar Pemko');
  await page.goto('/dinas/audit?action=msme.nik.reveal');
  await expect(page.getByTestId('audit-table')).toContainText('DUPLICATE_CHECK');
  const exported = await page.request.get('/dinas/audit/ekspor?action=msme.nik.reveal');
  expect(exported.headers()['content-type']).toContain('text/csv');
  expect(await exported.text()).toContain('Waktu (WIB)');
});
