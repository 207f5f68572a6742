import sharp from 'sharp';
import { test, expect, signInAs } from './fixtures';

test('owner requests a Shopee listing; admin sees the missing photo, owner adds it, admin takes it live; the badge and the funnel show it', async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Bika Ambon Mini ${Date.now() % 100000}`;
  await signInAs(page, 'MSME_OWNER');
  await page.goto('/umkm/produk/baru');
  await page.getByLabel('Nama produk').fill(name);
  await page.getByLabel('Kategori').selectOption({ label: 'Oleh-oleh & Kue Khas' });
  await page.getByLabel('Harga (Rupiah, tanpa titik)').fill('45000');
  await page.getByLabel('Satuan').selectOption('kotak');
  await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
  await expect(page.getByTestId('product-status')).toHaveText('Draf');
  await expect(page).toHaveURL(/\/umkm\/produk\/[a-z0-9]+/);
  const productUrl = page.url().replace(/\?.*$/, '');

  await page.goto('/umkm/kanal');
  await page.getByLabel('Produk').selectOption({ label: name });
  await page.getByLabel('Mitra').selectOption({ label: 'Shopee' });
  await page.getByRole('button', { name: 'Minta listing' }).click();
  const mine = page.getByTestId('owner-listings').locator('li').filter({ hasText: `${name} → Shopee` });
  await expect(mine).toContainText('✗ Foto produk');

  await page.context().clearCookies();
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto('/dinas/kanal?partner=shopee');
  const liveBefore = Number(await page.getByTestId('stage-LIVE').textContent());
  await page.getByRole('link', { name: new RegExp(`${name}.*Shopee`) }).click();
  await expect(page).toHaveURL(/\/dinas\/kanal\/[a-z0-9]+$/);
  const listingUrl = page.url();
  await expect(page.getByTestId('req-PHOTOS')).toHaveText('✗ kurang');
  await page.getByLabel('Tahap berikutnya').selectOption({ label: 'Menyiapkan dokumen' });
  await page.getByRole('button', { name: 'Pindahkan' }).click();
  await expect(page.getByTestId('listing-stage')).toHaveText('Menyiapkan dokumen');
  await page.getByLabel('Tahap berikutnya').selectOption({ label: 'Diajukan' });
  await page.getByRole('button', { name: 'Pindahkan' }).click();
  await expect(page.getByTestId('form-error')).toContainText('Belum lengkap: Foto produk');

  await page.context().clearCookies();
  await signInAs(page, 'MSME_OWNER');
  await page.goto(productUrl);
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 160, g: 90, b: 20 } } }).png().toBuffer();
  await page.getByLabel('Tambah foto (JPEG/PNG/WebP, maks. 5 MB)').setInputFiles({ name: 'bika.png', mimeType: 'image/png', buffer: photo });
  await page.getByRole('button', { name: 'Unggah' }).click();
  await expect(page.getByTestId('product-photos').locator('img')).toHaveCount(1);
  await page.getByRole('button', { name: 'Tayangkan' }).click();
  await expect(page.getByTestId('product-status')).toHaveText('Tayang di katalog');
  const publicLink = await page.getByRole('link', { name: 'Lihat di katalog' }).getAttribute('href');

  await page.context().clearCookies();
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto(listingUrl);
  await expect(page.getByTestId('req-PHOTOS')).toHaveText('✓ terpenuhi');
  for (const stage of ['Diajukan', 'Ditinjau mitra']) {
    await page.getByLabel('Tahap berikutnya').selectOption({ label: stage });
    await page.getByRole('button', { name: 'Pindahkan' }).click();
    await expect(page.getByTestId('listing-stage')).toHaveText(stage);
  }
  await page.getByLabel('Tahap berikutnya').selectOption({ label: 'Tayang' });
  await page.getByLabel('Tautan listing di mitra').fill('bukan url');
  await page.getByRole('button', { name: 'Pindahkan' }).click();
  await expect(page.getByTestId('error-externalUrl')).toContainText('URL http(s)');
  await page.getByLabel('Tautan listing di mitra').fill('https://shopee.co.id/bika-ambon-zulaikha/bika-mini');
  await page.getByRole('button', { name: 'Pindahkan' }).click();
  await expect(page.getByTestId('listing-stage')).toHaveText('Tayang');

  await page.goto('/dinas/kanal?partner=shopee');
  await expect(page.getByTestId('stage-LIVE')).toHaveText(String(liveBefore + 1));

  await page.context().clearCookies();
  await page.goto(publicLink!);
  await expect(page.getByTestId('channel-badges').getByRole('link', { name: 'Shopee' })).toHaveAttribute('href', 'https://shopee.co.id/bika-ambon-zulaikha/bika-mini');
});
