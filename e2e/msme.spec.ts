import sharp from 'sharp';
import { test, expect, signInAs, signUpOwner } from './fixtures';
import type { Page } from '@playwright/test';
import { importTemplateRowsForTest } from './import-rows';
import { fillRegistration } from './registration';

async function png() {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 30, g: 120, b: 90 } } })
    .png()
    .toBuffer();
}

async function review(page: Page, business: string, decision: 'approve' | { reason: string }) {
  await page.context().clearCookies();
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto('/dinas/verifikasi');
  await page.getByRole('link', { name: business }).click();
  await expect(page.getByTestId('nik')).toContainText('••••');
  if (decision === 'approve') {
    await page.getByRole('button', { name: 'Setujui sebagai UMKM binaan' }).click();
    await expect(page.getByTestId('msme-status')).toHaveText('UMKM binaan (terverifikasi)');
  } else {
    await page.getByLabel('Alasan perbaikan').fill(decision.reason);
    await page.getByRole('button', { name: 'Kembalikan untuk perbaikan' }).click();
    await expect(page.getByTestId('msme-status')).toHaveText('Dikembalikan untuk perbaikan');
  }
  await page.context().clearCookies();
}

test('owner signs up, registers, is verified, and publishes a product with a photo that the catalog shows', async ({
  page,
}) => {
  const unique = String(Date.now()).slice(-11);
  const business = `Bika Ambon Kak Ros ${unique.slice(-4)}`;
  const email = await signUpOwner(page, 'Rosmawati Lubis');
  await fillRegistration(page, business, unique);
  await page.getByLabel('NIK pemilik (16 digit)').fill('12345');
  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByTestId('error-nik')).toContainText('NIK harus 16 digit');
  await page.getByLabel('NIK pemilik (16 digit)').fill(`1271054507850${unique.slice(-3)}`);
  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByTestId('form-success')).toContainText('Draf tersimpan');
  await page
    .getByLabel(/Tambah foto/)
    .setInputFiles({ name: 'toko.png', mimeType: 'image/png', buffer: await png() });
  await page.getByRole('button', { name: 'Unggah' }).click();
  await expect(page.getByTestId('premises-photos').locator('img')).toHaveCount(1);
  await page.getByRole('button', { name: 'Ajukan verifikasi' }).click();
  await expect(page.getByTestId('registration-status')).toContainText('menunggu verifikasi');

  await review(page, business, 'approve');

  await signInAs(page, { email, password: 'SandiUsaha2026' });
  await page.goto('/umkm/produk');
  await page.getByRole('link', { name: 'Tambah produk' }).click();
  await page.getByLabel('Nama produk').fill(`Bika Ambon Pandan Kak Ros ${unique.slice(-4)}`);
  await page.getByLabel('Kategori').selectOption({ label: 'Oleh-oleh & Kue Khas' });
  await page.getByLabel('Harga (Rupiah)').fill('0');
  await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
  await expect(page.getByTestId('error-priceIdr')).toHaveText('Harga harus lebih dari Rp 0.');
  await page.getByLabel('Harga (Rupiah)').fill('78.000');
  await page.getByLabel('Satuan').selectOption('kotak');
  await page.getByLabel('Produk halal').check();
  await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
  await expect(page.getByTestId('product-status')).toHaveText('Draf');
  await page
    .getByLabel(/Tambah foto/)
    .setInputFiles({ name: 'bika.png', mimeType: 'image/png', buffer: await png() });
  await page.getByRole('button', { name: 'Unggah' }).click();
  await expect(page.getByTestId('product-photos').locator('img')).toHaveCount(1);
  await page.getByRole('button', { name: 'Tayangkan' }).click();
  await expect(page.getByTestId('product-status')).toHaveText('Tayang di katalog');

  await page.goto(`/products?q=${encodeURIComponent(`Kak Ros ${unique.slice(-4)}`)}`);
  const card = page
    .getByTestId('product-card')
    .filter({ hasText: `Bika Ambon Pandan Kak Ros ${unique.slice(-4)}` });
  await expect(card).toContainText('Rp 78.000');
  await expect(card.locator('img')).toHaveAttribute('src', /\/api\/uploads\/img\/.+-400\.webp/);
});

test('admin sends a registration back with a reason; the owner fixes it and resubmits', async ({ page }) => {
  const unique = String(Date.now() + 7).slice(-11);
  const business = `Keripik Balado Uni ${unique.slice(-4)}`;
  const email = await signUpOwner(page, 'Uni Harahap');
  await fillRegistration(page, business, unique);
  await page.getByRole('button', { name: 'Ajukan verifikasi' }).click();
  await expect(page.getByTestId('registration-status')).toContainText('menunggu verifikasi');

  await review(page, business, { reason: 'Alamat kurang lengkap: cantumkan nomor rumah dan lingkungan.' });

  await signInAs(page, { email, password: 'SandiUsaha2026' });
  await page.goto('/umkm/profil');
  await expect(page.getByTestId('review-note')).toContainText('Alamat kurang lengkap');
  await page.getByLabel('Alamat').fill('Jl. Brigjend Katamso No. 45, Lingkungan III');
  await page.getByRole('button', { name: 'Ajukan verifikasi' }).click();
  await expect(page.getByTestId('registration-status')).toContainText('menunggu verifikasi');

  await page.context().clearCookies();
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto('/dinas/verifikasi');
  await expect(page.getByTestId('verification-queue')).toContainText(business);
});

test('bulk import shows the bad rows before importing, then imports the rest once', async ({
  page,
  loginAs,
}) => {
  await loginAs('DINAS_ADMIN');
  await page.goto('/dinas/impor');
  const csv = importTemplateRowsForTest();
  await page
    .getByLabel(/Berkas pendataan/)
    .setInputFiles({ name: 'pendataan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  // Rows failed: said first and plainly, in a box that is not green.
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('2 dari 3 baris gagal dan tidak diimpor');
  await expect(summary).toContainText('3 baris: 1 valid, 2 bermasalah');
  await expect(page.getByTestId('form-success')).toHaveCount(0);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('NIB harus 13 digit angka');
  await expect(report).toContainText('Kecamatan "Medan Antah" tidak ada di Kota Medan.');
  await page.getByRole('button', { name: 'Impor baris yang valid' }).click();
  await expect(summary).toContainText('1 UMKM diimpor');
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  await expect(summary).toContainText('1 sudah pernah diimpor');
  await page.goto('/dinas/verifikasi');
  await expect(page.getByTestId('verification-queue')).toContainText('Sambal Andaliman Impor');
});
