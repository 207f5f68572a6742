import type { Page } from '@playwright/test';

/** Fills the whole registration form as an owner would (from the dashboard's link). */
export async function fillRegistration(page: Page, business: string, unique: string) {
  await page.getByRole('link', { name: 'Daftarkan usaha' }).click();
  await page.getByLabel('Nama usaha').fill(business);
  await page.getByLabel('Kategori usaha').selectOption({ label: 'Oleh-oleh & Kue Khas' });
  await page.getByLabel('NIB (13 digit dari OSS)').fill(`55${unique}`.slice(0, 13).padEnd(13, '1'));
  await page.getByLabel('Kode KBLI (5 digit)').fill('10792');
  await page.getByLabel('Tahun berdiri').fill('2018');
  await page.getByLabel('Jumlah karyawan').fill('4');
  await page.getByLabel('Nama pemilik (sesuai KTP)').fill('Rosmawati Lubis');
  await page.getByLabel('NIK pemilik (16 digit)').fill(`1271054507850${unique.slice(-3)}`);
  await page.getByLabel('Nomor WhatsApp').fill(`0852${unique.slice(-8)}`);
  await page.getByLabel('Kecamatan').selectOption({ label: 'Medan Kota' });
  await page.getByLabel('Kelurahan').selectOption({ label: 'Pasar Baru' });
  await page.getByLabel('Alamat').fill('Jl. Brigjend Katamso No. 45');
  await page.getByLabel('Nomor Sertifikat halal').fill('ID12110000777');
  await page.getByLabel('Berlaku sampai Sertifikat halal').fill('2030-06-30');
  await page.getByLabel('Bank').fill('Bank Sumut');
  await page.getByLabel('Nomor rekening').fill(`300${unique}`.slice(0, 12));
  await page.getByLabel('Nama pemilik rekening').fill('Rosmawati Lubis');
}
