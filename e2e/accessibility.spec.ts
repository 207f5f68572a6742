import AxeBuilder from '@axe-core/playwright';
import { test, expect, signInAs } from './fixtures';
import type { Page } from '@playwright/test';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

const publicPages = [
  '/',
  '/products',
  '/products?q=keripik',
  '/umkm/bika-ambon-zulaikha-jaya',
  '/transparansi',
  '/bazar',
  '/masuk',
  '/daftar',
  '/lupa-sandi',
  '/atur-ulang-sandi',
  '/keranjang',
];

test('public pages have no serious or critical accessibility violations', async ({ page }) => {
  for (const path of publicPages) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.goto('/products');
  await page.getByTestId('product-card').first().getByRole('link').first().click();
  // A click before hydration is a full page load: wait for it to land before axe looks.
  await page.waitForURL(/\/products\/[^/?]+$/);
  await page.waitForLoadState('load');
  await expect(page.getByTestId('price')).toBeVisible();
  expect(await seriousViolations(page), 'product page').toEqual([]);
});

const rolePages = {
  DINAS_ADMIN: [
    '/dinas',
    '/dinas/verifikasi',
    '/dinas/umkm',
    '/dinas/kanal',
    '/dinas/laporan',
    '/dinas/email',
  ],
  OPD_STAFF: ['/opd', '/opd/kegiatan'],
  MSME_OWNER: ['/umkm', '/umkm/profil', '/umkm/produk', '/umkm/pengadaan', '/umkm/kanal'],
  SHOPPER: ['/akun'],
} as const;

for (const [role, paths] of Object.entries(rolePages)) {
  test(`${role} main pages have no serious or critical accessibility violations`, async ({ page }) => {
    await signInAs(page, role as keyof typeof rolePages);
    for (const path of paths) {
      await page.goto(path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
}

test('pages carry a nonce CSP and the other security headers', async ({ request }) => {
  const response = await request.get('/');
  const csp = response.headers()['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const api = await request.get('/api/v1/products?limit=1');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});
