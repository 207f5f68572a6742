import sharp from 'sharp';
import { ocdsValidators } from '../tests/support/ocds-schemas';
import { pdfQrCode, pdfText } from '../tests/support/pdf';
import { test, expect, signInAs } from './fixtures';
import { cateringOwners } from '../prisma/seed/demo-accounts';
import { mailsTo } from './mail-log';

const wib = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
};

test('an OPD event from creation to paid, open to the public', async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  // The first caterer's unread count before the RFQ (the badge is absent at zero).
  await signInAs(page, cateringOwners[0]);
  const badge = page.getByTestId('notifications-link').first();
  const count = page.getByTestId('unread-count').first();
  const unreadBefore = (await count.count()) ? Number(await count.textContent()) : 0;
  await expect(badge).toBeVisible();
  await page.context().clearCookies();
  await loginAs('OPD_STAFF');
  await page.goto('/opd/kegiatan');
  const name = `Bimtek Literasi Digital ${Date.now() % 100000}`;
  await page.getByLabel('Nama kegiatan').fill(name);
  await page.getByLabel('Waktu mulai (WIB)').fill(wib(14, 9));
  await page.getByLabel('Tempat').fill('Aula Diskominfo Medan');
  await page.getByLabel('Jumlah peserta').fill('100');
  await page.getByLabel('Pagu anggaran (Rupiah)').fill('15000000');
  await page.getByRole('button', { name: 'Buat kegiatan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  await page.getByLabel('Uraian kebutuhan').fill('Nasi kotak makan siang peserta');
  await page.getByLabel('Kategori produk').selectOption({ label: 'Katering & Nasi Kotak' });
  await page.getByLabel('Jumlah', { exact: true }).fill('100');
  await page.getByLabel('Antar mulai (WIB)').fill(wib(14, 11));
  await page.getByLabel('Antar paling lambat (WIB)').fill(wib(14, 12));
  await page.getByRole('button', { name: 'Tambah kebutuhan' }).click();
  await page.getByRole('link', { name: 'Cari UMKM' }).click();

  // Both invitees answer, so the award may come before the deadline.
  const bidders = cateringOwners.map((o) => o.msmeName);
  const awards: Record<string, number> = {};
  for (const bidder of bidders) {
    const row = page.getByTestId('candidate').filter({ hasText: bidder }).first();
    awards[bidder] = Number(await row.getByTestId('awards').textContent());
    await row.getByRole('checkbox').check();
  }
  await page.getByLabel('Batas penawaran (WIB)').fill(wib(7, 16));
  await page.getByRole('button', { name: 'Kirim permintaan penawaran' }).click();
  await expect(page.getByTestId('form-success')).toContainText('dikirim');

  for (const [n, owner] of cateringOwners.entries()) {
    await page.context().clearCookies();
    await signInAs(page, owner);
    if (n === 0) {
      // Told by email: one message to the owner, naming the OPD and linking to the request.
      const rfqMail = () =>
        mailsTo(owner.email).filter((m) => m.subject.includes('Nasi kotak makan siang peserta'));
      await expect.poll(() => rfqMail().length, { timeout: 20_000 }).toBe(1);
      expect(rfqMail()[0].subject).toContain('Permintaan penawaran dari Dinas Komunikasi dan Informatika');
      expect(rfqMail()[0].text).toMatch(/\/umkm\/pengadaan#rfq-\w+/);
      // Told without looking: the count rose, and the notification opens the request itself.
      await expect(page.getByTestId('unread-count').first()).toHaveText(String(unreadBefore + 1));
      await page.getByTestId('notifications-link').first().click();
      const notice = page
        .getByTestId('notification-unread')
        .filter({ hasText: 'Nasi kotak makan siang peserta' });
      await expect(notice).toHaveCount(1);
      await notice.getByRole('button').first().click();
      await expect(page).toHaveURL(/\/umkm\/pengadaan#rfq-/);
      await page.goto('/notifikasi');
      await expect(
        page.getByTestId('notification-read').filter({ hasText: 'Nasi kotak makan siang peserta' }).first(),
      ).toBeVisible();
      if (unreadBefore === 0) await expect(page.getByTestId('unread-count')).toHaveCount(0);
    }
    await page.goto('/umkm/pengadaan');
    const invitation = page.getByTestId('rfq-invitation').filter({ hasText: name });
    await invitation.getByLabel('Harga satuan (Rp)').fill(String(35000 + n * 1000));
    if (n === 0) {
      const sample = await sharp({
        create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 160, b: 60 } },
      })
        .png()
        .toBuffer();
      await invitation
        .getByLabel('Foto contoh (opsional)')
        .setInputFiles({ name: 'contoh.png', mimeType: 'image/png', buffer: sample });
    }
    await invitation.getByRole('button', { name: 'Kirim penawaran' }).click();
    await expect(invitation.getByTestId('form-success')).toContainText('Penawaran terkirim');
  }

  await page.context().clearCookies();
  await signInAs(page, 'OPD_STAFF');
  await page.goto('/opd/kegiatan');
  await page.getByRole('link', { name }).click();
  await expect(page.getByTestId('quotes').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByRole('img', { name: `Contoh dari ${cateringOwners[0].msmeName}` })).toBeVisible();
  const [first, second] = cateringOwners.map((o) => o.msmeName);
  const winner = awards[second] < awards[first] ? cateringOwners[1] : cateringOwners[0];
  await page.getByRole('button', { name: `Menangkan ${winner.msmeName}` }).click();
  // The second click confirms, naming the winner and the total.
  await expect(page.getByTestId('award-confirm')).toContainText(
    `Tetapkan ${winner.msmeName} sebagai pemenang`,
  );
  await page.getByRole('button', { name: 'Ya, tetapkan' }).click();
  await expect(page).toHaveURL(/\/pengadaan\/pesanan\//);
  const orderUrl = page.url();
  await expect(page.getByTestId('order-status')).toHaveText('Dipesan (Surat Pesanan)');
  const spLink = page.getByTestId('documents').getByRole('link', { name: /Surat Pesanan/ });
  const spNumber = (await spLink.textContent())!.match(/\d{4}\/SP\/DISKOMINFO\/\d{4}/)![0];
  const pdf = await page.request.get((await spLink.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await page.context().clearCookies();
  await signInAs(page, winner);
  await page.goto(orderUrl);
  await page.getByRole('button', { name: 'Terima pesanan' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Diterima UMKM');
  // The window opens in 14 days: delivering now needs a reason.
  await page.getByRole('button', { name: 'Tandai sudah dikirim' }).click();
  await expect(page.getByTestId('error-earlyReason')).toContainText('Tulis alasan pengiriman lebih awal');
  await page
    .getByLabel('Alasan bila dikirim sebelum jadwal pengantaran')
    .fill('Acara dimajukan oleh panitia.');
  await page.getByRole('button', { name: 'Tandai sudah dikirim' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Dikirim, menunggu pemeriksaan');
  await expect(page.getByText('Menunggu pemeriksaan oleh OPD.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tandatangani BAST' })).toHaveCount(0);

  // The OPD's named inspector accepts 95 of 100 boxes; the BAST and payment follow that.
  await page.context().clearCookies();
  await signInAs(page, 'OPD_STAFF');
  await page.goto(orderUrl);
  await page.getByLabel('Nama pemeriksa').fill('Rahmat Hidayat Siregar');
  await page.getByLabel('Jumlah yang baik dan diterima').fill('95');
  await page.getByLabel('Kondisi').selectOption('PARTLY_DAMAGED');
  await page.getByRole('button', { name: 'Catat hasil pemeriksaan' }).click();
  await expect(page.getByTestId('error-note')).toContainText('Tulis catatan pemeriksaan');
  await page
    .getByLabel('Catatan pemeriksaan (wajib bila ada yang kurang atau ditolak)')
    .fill('Lima kotak penyok, lauk tumpah.');
  await page.getByRole('button', { name: 'Catat hasil pemeriksaan' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Diperiksa, menunggu BAST');
  await expect(page.getByTestId('inspection')).toContainText('Rahmat Hidayat Siregar');
  const unitPrice = winner === cateringOwners[0] ? 35000 : 36000;
  const accepted = unitPrice * 95;
  const rupiah = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;
  await expect(page.getByTestId('inspection')).toContainText(rupiah(accepted));
  await expect(page.getByTestId('documents')).toContainText('Pemeriksaan barang');
  await expect(page.getByTestId('documents')).not.toContainText('BAST');
  await page.getByRole('button', { name: 'Tandatangani BAST' }).click();
  await expect(page.getByText('Menunggu tanda tangan BAST pihak lain.')).toBeVisible();
  await expect(page.getByTestId('documents')).not.toContainText('BAST');

  await page.context().clearCookies();
  await signInAs(page, winner);
  await page.goto(orderUrl);
  await page.getByRole('button', { name: 'Tandatangani BAST' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Serah terima (BAST)');
  await expect(page.getByTestId('bast-signatures')).toContainText('Fajar Lubis');
  const bast = page.getByTestId('documents').getByRole('link', { name: /BAST/ });
  const bastText = await pdfText(await (await page.request.get((await bast.getAttribute('href'))!)).body());
  expect(bastText).toContain('95 dari 100 kotak');
  expect(bastText).not.toContain('dalam keadaan baik dan lengkap');

  await page.context().clearCookies();
  await signInAs(page, 'OPD_STAFF');
  await page.goto(orderUrl);
  await page.getByLabel('Metode').selectOption('KKPD');
  // PPN typed as people type it; the withholding the law gives (catering: PPh 23) is preselected.
  await page.getByLabel('Tarif PPN (%) — 0 bila UMKM bukan PKP').fill('11%');
  await expect(page.getByLabel('Potongan PPh')).toHaveValue('PPH23');
  const dpp = Math.round(accepted / 1.11);
  await expect(page.getByTestId('tax-preview')).toContainText(rupiah(dpp));
  await page.getByLabel('Nomor referensi (SP2D / slip KKPD)').fill('KKPD-2026-0099');
  await page.getByRole('button', { name: 'Catat pembayaran' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Lunas');
  const payment = page.getByTestId('payment');
  await expect(payment).toContainText('NPWP bendahara OPD');
  await expect(payment).toContainText(rupiah(dpp));
  // Paid to the UMKM: the accepted value less PPN and PPh 23 (2%, or 4% without NPWP).
  const paidText = (await page.getByTestId('paid-to-msme').textContent())!;
  const paid = Number(paidText.replace(/\D/g, ''));
  const withRate = (bp: number) => dpp - Math.floor((dpp * bp) / 10_000);
  expect([withRate(200), withRate(400)]).toContain(paid);
  await expect(payment).toContainText('PMK 141/2015');
  await expect(page.getByTestId('documents')).toContainText('BAST');
  await expect(page.getByTestId('documents')).toContainText('Pemeriksaan barang');
  await expect(page.getByTestId('timeline')).toContainText('Pembayaran dicatat');

  // Each document downloads; the payment record's QR code opens its public verification page,
  // where the copy matches and a tampered copy does not.
  const pdfLinks = page.getByTestId('documents').getByRole('link', { name: /\(PDF\)/ });
  await expect(pdfLinks).toHaveCount(4);
  const pdfs: Buffer[] = [];
  for (const link of await pdfLinks.all()) {
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.headers()['content-type']).toBe('application/pdf');
    pdfs.push(await response.body());
  }
  const receipt = pdfs.at(-1)!;
  expect(await pdfText(receipt)).toContain('BUKTI PEMBAYARAN');
  const qrUrl = (await pdfQrCode(receipt))!;
  expect(qrUrl).toMatch(/\/verifikasi\/[A-Za-z0-9_-]{22}$/);
  await page.context().clearCookies();
  await page.goto(qrUrl);
  await expect(page.getByTestId('verify-status')).toContainText('asli dan berlaku');
  await expect(page.getByTestId('verify-facts')).toContainText(winner.msmeName);
  await page
    .getByLabel('Berkas PDF')
    .setInputFiles({ name: 'bukti.pdf', mimeType: 'application/pdf', buffer: receipt });
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  await expect(page.getByTestId('verify-match')).toBeVisible();
  const tampered = Buffer.from(receipt);
  tampered[tampered.length >> 1] ^= 1;
  await page
    .getByLabel('Berkas PDF')
    .setInputFiles({ name: 'bukti.pdf', mimeType: 'application/pdf', buffer: tampered });
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  await expect(page.getByTestId('verify-mismatch')).toContainText('Tidak cocok');

  await page.context().clearCookies();
  await page.goto('/transparansi');
  await expect(page.getByTestId('spending-table')).toContainText('Dinas Komunikasi dan Informatika');
  const ocds = await (await page.request.get('/api/v1/ocds/release-package?limit=1000')).json();
  type Rel = {
    ocid: string;
    awards?: { id: string }[];
    contracts?: { documents: { documentType: string }[] }[];
  };
  const ours = (ocds.releases as Rel[]).filter((r) => r.awards?.[0]?.id === `${spNumber}-A1`);
  expect(ours.length).toBeGreaterThanOrEqual(6); // award, acceptance, delivery, inspection, BAST, payment
  expect(ours.at(-1)!.contracts![0].documents.map((d) => d.documentType)).toContain('completionCertificate');
  const { releasePackage: validate, recordPackage: validateRecord } = ocdsValidators();
  expect(validate(ocds), JSON.stringify(validate.errors)).toBe(true);
  const record = await (
    await page.request.get(`/api/v1/ocds/records/${encodeURIComponent(ours[0].ocid)}`)
  ).json();
  expect(validateRecord(record), JSON.stringify(validateRecord.errors)).toBe(true);
  const csv = await (await page.request.get('/api/v1/transparency/opd-spending?format=csv')).text();
  expect(csv).toContain('DISKOMINFO');
});
