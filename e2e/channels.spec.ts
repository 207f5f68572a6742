import sharp from 'sharp';
import { test, expect, signInAs } from './fixtures';

test('owner requests a Shopee listing; admin sees the missing photo, owner adds it, admin takes it live; the badge and the funnel show it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = `Bika Ambon Mini ${Date.now() % 100000}`;
  await signInAs(page, 'MSME_OWNER');
  await page.goto('/umkm/produk/baru');
  await page.getByLabel('Nama produk').fill(name);
  await page.getByLabel('Kategori').selectOption({ label: 'Oleh-oleh & Kue Khas' });
  await page.getByLabel('Harga (Rupiah)').fill('45000');
  await page.getByLabel('Satuan').selectOption('kotak');
  await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
  await expect(page.getByTestId('product-status')).toHaveText('Draf');
  await expect(page).toHaveURL(/\/umkm\/produk\/[a-z0-9]+/);
  const productUrl = page.url().replace(/\?.*$/, '');

  await page.goto('/umkm/kanal');
  await page.getByLabel('Produk').selectOption({ label: name });
  await page.getByLabel('Mitra').selectOption({ label: 'Shopee' });
  await page.getByRole('button', { name: 'Minta listing' }).click();
  const mine = page
    .getByTestId('owner-listings')
    .locator('li')
    .filter({ hasText: `${name} → Shopee` });
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
  const photo = await sharp({
    create: { width: 800, height: 600, channels: 3, background: { r: 160, g: 90, b: 20 } },
  })
    .png()
    .toBuffer();
  await page
    .getByLabel(/Tambah foto/)
    .setInputFiles({ name: 'bika.png', mimeType: 'image/png', buffer: photo });
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
  await expect(page.getByTestId('channel-badges').getByRole('link', { name: 'Shopee' })).toHaveAttribute(
    'href',
    'https://shopee.co.id/bika-ambon-zulaikha/bika-mini',
  );
});

test('a Dinas admin runs a bazaar: creates it, a UMKM applies, a booth is assigned, and the public page lists it', async ({
  page,
}) => {
  const wib = (days: number, hour: number) =>
    `${new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
  const name = `Bazar Kuliner Deli ${Date.now() % 100000}`;
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto('/dinas/bazar');
  await page.getByLabel('Nama bazar').fill(name);
  await page.getByLabel('Tempat').fill('Taman Sri Deli');
  await page.getByLabel('Mulai (WIB)').fill(wib(30, 9));
  await page.getByLabel('Selesai (WIB)').fill(wib(32, 21));
  await page.getByLabel('Jumlah stan').fill('10');
  await page.getByRole('button', { name: 'Buat bazar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const bazaarUrl = page.url();

  await page.context().clearCookies();
  await signInAs(page, 'MSME_OWNER');
  await page.goto('/umkm/bazar');
  await page.locator('.card').filter({ hasText: name }).getByRole('button', { name: 'Daftar ikut' }).click();
  await expect(
    page
      .locator('.card')
      .filter({ hasText: `${name} ·` })
      .filter({ hasText: 'stan belum ditetapkan' }),
  ).toBeVisible();

  await page.context().clearCookies();
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto(bazaarUrl);
  const row = page.getByTestId('participants').locator('tr').filter({ hasText: 'Bika Ambon Zulaikha Jaya' });
  await row.getByLabel(/Stan untuk/).selectOption({ label: 'A03' });
  await row.getByRole('button', { name: 'Tetapkan' }).click();
  await expect(row.getByTestId('booth')).toHaveText('A03');

  await page.context().clearCookies();
  await page.goto('/bazar');
  await expect(page.getByTestId('public-bazaar').filter({ hasText: name })).toContainText(
    'A03 · Bika Ambon Zulaikha Jaya',
  );
});
