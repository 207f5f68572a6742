// Issue #13: aid and training reach every UMKM once, never-helped first, across all OPDs.
// The whole story, in order, against the seeded demo data (prisma/seed/seed-programs.ts).
import { test, expect, signInAs } from './fixtures';
import type { Page } from '@playwright/test';
import { secondOpdStaff } from '../prisma/seed/demo-accounts';

test.describe.configure({ mode: 'serial' });

const day = (offset: number) => {
  const d = new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};
const training = `Pelatihan Kemasan Produk UMKM ${Date.now() % 100000}`;
const equipment = `Bantuan Perangkat Digital UMKM ${Date.now() % 100000}`;
// The 11th demo UMKM received the Dinas's equipment aid 90 days ago (seed: recentlyEquippedIndex).
const RECENTLY_EQUIPPED_NIB = String(9120000000000 + 10 * 104729).slice(0, 13);

async function createProgram(page: Page, fields: { name: string; kind: string; quota: string }) {
  const form = page.getByTestId('program-form');
  await form.getByLabel('Nama program').fill(fields.name);
  await form.getByLabel('Jenis program').selectOption({ label: fields.kind });
  await form.getByLabel('Anggaran (Rp)').fill('25.000.000');
  await form.getByLabel('Kode kegiatan (sub kegiatan DPA)').fill('3.31.03.2.02.0021');
  await form.getByLabel('Tanggal mulai').fill(day(0));
  await form.getByLabel('Tanggal selesai').fill(day(45));
  await form.getByLabel('Kuota penerima').fill(fields.quota);
  await form.getByRole('button', { name: 'Buat program' }).click();
  await expect(page.getByTestId('program-title')).toHaveText(fields.name);
}

test('1–2. a Dinas admin creates a packaging training with a quota; never-helped UMKM come first, with the rule shown', async ({
  page,
}) => {
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto('/dinas/program');
  // A wrong entry is refused with the field named, and nothing is created.
  await page.getByTestId('program-form').getByLabel('Nama program').fill(training);
  await page.getByTestId('program-form').getByLabel('Anggaran (Rp)').fill('25,5');
  await page.getByRole('button', { name: 'Buat program' }).click();
  await expect(page.getByTestId('error-budgetIdr')).toContainText('Anggaran harus Rupiah bulat, tanpa sen.');
  await createProgram(page, { name: training, kind: 'Pelatihan', quota: '20' });
  await expect(page.getByTestId('quota-use')).toHaveText('Kuota terpakai 0 dari 20');
  const rule = page.getByTestId('ranking-rule');
  await expect(rule).toContainText('Belum pernah dibantu program apa pun dari OPD mana pun');
  await expect(rule).toContainText('Lalu mikro, kecil, kemudian menengah');
  const candidates = page.getByTestId('candidate');
  for (let i = 0; i < 5; i++) await expect(candidates.nth(i)).toContainText('belum pernah dibantu');
  // Each candidate explains itself, criterion by criterion.
  await candidates.first().getByText('Syarat dan riwayat bantuan').click();
  await expect(candidates.first().getByTestId('criteria')).toContainText(
    'Terverifikasi sebagai UMKM binaan.',
  );
  // The manager raises the quota later; the form comes back with the program's values.
  await page.locator('summary', { hasText: 'Ubah program' }).click();
  const edit = page.getByTestId('program-edit-form');
  await expect(edit.getByLabel('Anggaran (Rp)')).toHaveValue('25.000.000');
  await expect(edit.getByLabel('Tanggal mulai')).toHaveValue(day(0));
  await edit.getByLabel('Kuota penerima').fill('25');
  await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByTestId('quota-use')).toHaveText('Kuota terpakai 0 dari 25');
});

test('3. an owner applies from /umkm/program and is accepted', async ({ browser }) => {
  const owner = await browser.newPage();
  await signInAs(owner, 'MSME_OWNER');
  await owner.goto('/umkm');
  const business = (await owner.getByTestId('dashboard-title').textContent())!.trim();
  await owner.goto('/umkm/program');
  const offer = owner.getByTestId('open-programs').locator('li', { hasText: training });
  await expect(offer.getByTestId('criteria')).toContainText(
    'Tidak menerima pelatihan dari OPD mana pun dalam 12 bulan terakhir.',
  );
  await offer
    .getByLabel('Catatan untuk pengelola program (opsional)')
    .fill('Kami ingin kemasan bika ambon yang lebih awet.');
  await offer.getByRole('button', { name: 'Ajukan diri' }).click();
  await expect(owner.getByTestId('program-history')).toContainText(training);
  await expect(owner.getByTestId('program-history').locator('li', { hasText: training })).toContainText(
    'Mengajukan',
  );

  const admin = await browser.newPage();
  await signInAs(admin, 'DINAS_ADMIN');
  await admin.goto('/dinas/program');
  await admin.getByRole('link', { name: training }).click();
  const application = admin.getByTestId('applications').locator('li', { hasText: business });
  await expect(application).toContainText('Kami ingin kemasan bika ambon yang lebih awet.');
  await application.getByRole('button', { name: 'Terima' }).click();
  await expect(admin.getByTestId('quota-use')).toHaveText('Kuota terpakai 1 dari 25');
  await expect(admin.getByTestId('beneficiaries')).toContainText(business);

  await owner.reload();
  await expect(owner.getByTestId('program-history').locator('li', { hasText: training })).toContainText(
    'Diterima',
  );
});

test("4. another OPD's equipment aid to an UMKM equipped within 12 months is stopped, naming the earlier program", async ({
  page,
}) => {
  await signInAs(page, 'OPD_STAFF');
  await page.goto('/opd/program');
  await createProgram(page, { name: equipment, kind: 'Bantuan peralatan', quota: '15' });
  const form = page.getByTestId('nominate-form');
  await form.getByLabel('Atau tempel NIB, satu per baris').fill(RECENTLY_EQUIPPED_NIB);
  await form.getByRole('button', { name: 'Tetapkan penerima terpilih' }).click();
  const error = page.getByTestId('form-error');
  await expect(error).toContainText('Tidak ada yang disimpan.');
  await expect(error).toContainText(
    'Tumpang tindih: sudah menerima bantuan peralatan dari Bantuan Peralatan Usaha Mikro 2026 (Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan) pada',
  );
  await expect(page.getByTestId('quota-use')).toHaveText('Kuota terpakai 0 dari 15');
  // OPD staff cannot open the Dinas's programs, nor another OPD's.
  const response = await page.goto('/dinas/program');
  expect(response?.status()).toBe(403);
});

test('5. the Dinas admin overrides it with a reason, which is in the audit log viewer', async ({ page }) => {
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto('/dinas/program');
  const waiting = page.getByTestId('overlap-waiting').filter({ hasText: equipment });
  await expect(waiting).toContainText('Bantuan Peralatan Usaha Mikro 2026');
  await waiting.getByRole('button', { name: 'Beri pengecualian' }).click();
  await expect(waiting.getByTestId('form-errors')).toContainText('Pilih alasan pengecualian.');
  await waiting
    .getByLabel('Alasan', { exact: true })
    .selectOption({ label: 'Kebutuhan berbeda (jenis barang atau materi lain)' });
  await waiting
    .getByLabel('Penjelasan (tercatat di log audit)')
    .fill('Bantuan Dinas berupa oven; Diskominfo memberi ponsel untuk toko daring.');
  await waiting.getByRole('button', { name: 'Beri pengecualian' }).click();
  // The stopped case moves to the decisions, with the reason; the help is given.
  const decided = page
    .getByTestId('overlap-decided')
    .locator('li', { hasText: equipment })
    .filter({ hasText: 'dikecualikan' });
  await expect(decided).toContainText('dikecualikan — Kebutuhan berbeda (jenis barang atau materi lain)');
  await expect(page.getByTestId('programs').locator('li', { hasText: equipment })).toContainText(
    'Kuota 1 dari 15',
  );
  await page.goto('/dinas/audit?action=program.overlap.override');
  await expect(page.getByTestId('audit-table')).toContainText('Diskominfo memberi ponsel untuk toko daring');
});

test('6. attendance is recorded, and the UMKM sees it in its history', async ({ browser }) => {
  const admin = await browser.newPage();
  await signInAs(admin, 'DINAS_ADMIN');
  await admin.goto('/dinas/program');
  await admin.getByRole('link', { name: training }).click();
  await admin.getByLabel('Judul sesi').fill('Sesi 1: desain kemasan dan label');
  await admin.getByLabel('Tanggal', { exact: true }).fill(day(0));
  await admin.getByLabel('Tempat', { exact: true }).fill('Aula Dinas Koperasi UKM');
  await admin.getByRole('button', { name: 'Tambah sesi' }).click();
  const attendance = admin.getByTestId('attendance-form');
  await expect(attendance).toContainText('Sesi 1: desain kemasan dan label');
  await attendance.getByRole('checkbox').first().check();
  await attendance.getByRole('button', { name: 'Simpan kehadiran' }).click();
  await expect(attendance.getByTestId('form-success')).toContainText('1 hadir, 0 tidak hadir');

  const owner = await browser.newPage();
  await signInAs(owner, 'MSME_OWNER');
  await owner.goto('/umkm');
  const history = owner.getByTestId('program-history').locator('li', { hasText: training });
  await expect(history.getByTestId('attendance')).toContainText('Sesi 1: desain kemasan dan label: hadir');
});

test('7. cooperative aid is refused for a cooperative under supervision', async ({ page }) => {
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto('/dinas/koperasi');
  await expect(
    page.getByTestId('cooperatives').locator('tr', { hasText: 'Koperasi Pedagang Pasar Petisah' }),
  ).toContainText('Dalam pengawasan');
  await page.goto('/dinas/program');
  await page.getByRole('link', { name: 'Bantuan Penguatan Modal Koperasi Sehat 2026' }).click();
  await page.getByText(/tidak memenuhi syarat — lihat alasannya/).click();
  const petisah = page
    .getByTestId('ineligible')
    .locator('li', { hasText: 'Koperasi Pedagang Pasar Petisah' });
  await petisah.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Tetapkan penerima terpilih' }).click();
  await expect(page.getByTestId('form-error')).toContainText(
    'Koperasi Pedagang Pasar Petisah: Predikat kesehatan tahun',
  );
  await expect(page.getByTestId('form-error')).toContainText(
    'Dalam pengawasan. Bantuan koperasi hanya untuk koperasi sehat.',
  );
  await expect(page.getByTestId('quota-use')).toHaveText('Kuota terpakai 1 dari 5');
});

test('8. /cakupan shows the new figures with small counts suppressed', async ({ page }) => {
  await page.goto('/cakupan');
  const opd = page
    .getByTestId('public-coverage-opd')
    .locator('tr', { hasText: 'Dinas Komunikasi dan Informatika' });
  // Diskominfo now runs one program with one recipient: a count under 5, shown as "<5".
  await expect(opd.locator('td').nth(1)).toHaveText('1');
  await expect(opd.locator('td').nth(2)).toHaveText('<5');
  await expect(page.getByTestId('public-coverage')).toContainText('<5');
  const api = await page.request.get('/api/v1/programs/coverage');
  const body = await api.json();
  const row = body.opd.find((o: { code: string }) => o.code === 'DISKOMINFO');
  expect(row).toMatchObject({ programs: 1, beneficiaries: null });
  expect(JSON.stringify(body)).not.toContain(secondOpdStaff.email);
});

test('the Dinas acts on the never-helped list: ticked UMKM become recipients of a program with seats', async ({
  page,
}) => {
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto('/dinas/cakupan?kecamatan=12.71.08#belum-dibantu');
  const form = page.getByTestId('never-helped-form');
  const first = form.getByTestId('never-helped').locator('li').first();
  const name = (await first.locator('a').textContent())!.trim();
  await first.getByRole('checkbox').check();
  await form.getByRole('button', { name: 'Tetapkan sebagai penerima program ini' }).click();
  await expect(form.getByTestId('form-error')).toContainText('Pilih program.');
  await form.getByLabel('Program yang masih punya kuota').selectOption({ label: `${training} (24)` });
  await form.getByRole('button', { name: 'Tetapkan sebagai penerima program ini' }).click();
  await expect(page.getByTestId('never-helped')).not.toContainText(name);
  await page.goto('/dinas/program');
  await page.getByRole('link', { name: training }).click();
  await expect(page.getByTestId('beneficiaries')).toContainText(name);
});
