import 'server-only';
import crypto from 'node:crypto';
import { db } from '@/lib/server/db';
import { fileStorage } from '@/lib/uploads/storage';
import { PdfDocument } from '@/lib/documents/pdf';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import type { DocumentKind } from '@/lib/generated/prisma/enums';

const titles: Record<DocumentKind, string> = {
  SURAT_PESANAN: 'SURAT PESANAN',
  DELIVERY_CHECK: 'BERITA ACARA PEMERIKSAAN BARANG',
  BAST: 'BERITA ACARA SERAH TERIMA (BAST)',
  PAYMENT_RECORD: 'BUKTI PEMBAYARAN',
};

async function render(orderId: string, kind: DocumentKind) {
  const order = await db.procurementOrder.findUniqueOrThrow({
    where: { id: orderId },
    include: {
      opd: { select: { name: true } },
      event: { select: { name: true, venue: true, startsAt: true, budgetSource: true, activityCode: true } },
      msme: {
        select: {
          name: true,
          ownerName: true,
          nib: true,
          npwp: true,
          address: true,
          bankName: true,
          bankAccountLast4: true,
        },
      },
      createdBy: { select: { name: true } },
      items: true,
      payment: true,
    },
  });
  const prefix = { SURAT_PESANAN: '', DELIVERY_CHECK: 'BAPB', BAST: 'BAST', PAYMENT_RECORD: 'BYR' }[kind];
  const number = kind === 'SURAT_PESANAN' ? order.number! : `${prefix}/${order.number}`;
  const pdf = new PdfDocument()
    .text('PEMERINTAH KOTA MEDAN', { size: 12, bold: true })
    .text(order.opd.name.toUpperCase(), { size: 11, bold: true })
    .space(8)
    .heading(titles[kind])
    .text(`Nomor: ${number}`, { size: 10 })
    .space(8)
    .row('Kegiatan', order.event.name)
    .row('Tempat / waktu', `${order.event.venue}, ${formatWib(order.event.startsAt)}`)
    .row(
      'Sumber anggaran',
      `${order.event.budgetSource.replace('_', '-')}${order.event.activityCode ? `, kode ${order.event.activityCode}` : ''}`,
    )
    .row('Penyedia (UMKM)', order.msme.name)
    .row('Pemilik', order.msme.ownerName)
    .row('NIB', order.msme.nib ?? '-')
    .row('Alamat', order.msme.address ?? '-')
    .space(8)
    .table(
      [
        { title: 'Uraian', at: 0 },
        { title: 'Jumlah', at: 250 },
        { title: 'Harga satuan', at: 320 },
        { title: 'Total', at: 410 },
      ],
      order.items.map((i) => [
        i.description.slice(0, 45),
        `${i.quantity} ${i.unit}`,
        formatRupiah(i.unitPriceIdr),
        formatRupiah(i.totalIdr),
      ]),
    )
    .space(6)
    .row('Nilai pesanan', formatRupiah(order.totalIdr));
  if (kind === 'DELIVERY_CHECK') {
    pdf
      .space(8)
      .text(
        `Penyedia menyatakan barang/jasa di atas telah dikirim pada ${formatWib(order.deliveredAt ?? new Date())}. Penerima memeriksa jumlah dan mutu barang sebelum menandatangani BAST.`,
      )
      .row('Jumlah dipesan', order.items.map((i) => `${i.quantity} ${i.unit}`).join(', '))
      .row('Diperiksa oleh', `${order.createdBy.name} (${order.opd.name})`);
  }
  if (kind === 'BAST') {
    pdf
      .space(8)
      .text(
        `Pada ${formatWib(order.handedOverAt ?? new Date())} barang/jasa di atas telah diserahterimakan dalam keadaan baik dan lengkap oleh penyedia kepada ${order.opd.name}.`,
      )
      .row(
        'Diperiksa dan diterima',
        order.bastStaffSignedAt ? `${order.createdBy.name} (${formatWib(order.bastStaffSignedAt)})` : '-',
      )
      .row(
        'Diserahkan',
        order.bastMsmeSignedAt ? `${order.msme.ownerName} (${formatWib(order.bastMsmeSignedAt)})` : '-',
      );
  }
  if (kind === 'PAYMENT_RECORD' && order.payment) {
    pdf
      .space(8)
      .row(
        'Metode',
        order.payment.method === 'KKPD' ? 'Kartu Kredit Pemerintah Daerah (KKPD)' : 'Transfer bank',
      )
      .row('Tanggal bayar', formatWib(order.payment.paidAt, false))
      .row('PPN dipungut', formatRupiah(order.payment.ppnIdr))
      .row('PPh 22 dipungut', formatRupiah(order.payment.pph22Idr))
      .row('Dibayarkan ke UMKM', formatRupiah(order.payment.amountIdr))
      .row(
        'Rekening tujuan',
        order.msme.bankAccountLast4 ? `${order.msme.bankName} ••••${order.msme.bankAccountLast4}` : '-',
      )
      .row('Referensi', order.payment.reference ?? '-');
  }
  if (kind === 'SURAT_PESANAN') {
    pdf
      .space(8)
      .text(
        `Penyedia diminta menyerahkan barang/jasa sesuai uraian di atas. Dipesan pada ${formatWib(order.orderedAt ?? order.createdAt)} oleh ${order.createdBy.name}.`,
      );
  }
  pdf.space(16).text('Dokumen ini dibuat oleh Etalase UMKM Medan dan tercatat pada log audit.', { size: 8 });
  return { number, bytes: pdf.toBytes() };
}

/**
 * The documents an order should have by now, generated if missing (a failure right after a commit
 * is repaired on the next view rather than lost).
 */
export async function ensureDocuments(
  order: { id: string; status: string; number: string | null },
  have: DocumentKind[],
) {
  const due: DocumentKind[] = [];
  if (order.number && order.status !== 'DRAFT') due.push('SURAT_PESANAN');
  if (['DELIVERED', 'HANDED_OVER', 'PAID'].includes(order.status)) due.push('DELIVERY_CHECK');
  if (order.status === 'HANDED_OVER' || order.status === 'PAID') due.push('BAST');
  if (order.status === 'PAID') due.push('PAYMENT_RECORD');
  const missing = due.filter((kind) => !have.includes(kind));
  for (const kind of missing) await storeDocument(order.id, kind);
  return missing.length > 0;
}

/** Like storeDocument, but after a committed change: a failure is logged and repaired on view. */
export async function storeDocumentAfterCommit(orderId: string, kind: DocumentKind) {
  try {
    await storeDocument(orderId, kind);
  } catch (error) {
    console.error(
      `document ${kind} for order ${orderId} not generated yet:`,
      error instanceof Error ? error.message : error,
    );
  }
}

/** Generates a document, keeps it in storage with its SHA-256, and records it (once per order and kind). */
export async function storeDocument(orderId: string, kind: DocumentKind) {
  const existing = await db.procurementDocument.findUnique({ where: { orderId_kind: { orderId, kind } } });
  if (existing) return existing;
  const { number, bytes } = await render(orderId, kind);
  const storageKey = `docs/${orderId}-${kind.toLowerCase().replace(/_/g, '-')}.pdf`;
  await fileStorage().put(storageKey, bytes, 'application/pdf');
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  return db.procurementDocument.upsert({
    where: { orderId_kind: { orderId, kind } },
    create: { orderId, kind, number, storageKey, sha256 },
    update: {},
  });
}
