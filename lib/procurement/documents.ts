import 'server-only';
import crypto from 'node:crypto';
import { db } from '@/lib/server/db';
import { fileStorage } from '@/lib/uploads/storage';
import { PdfDocument } from '@/lib/documents/pdf';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import type { DocumentKind } from '@/lib/generated/prisma/enums';
import { taxLines } from './taxes';

const conditionLabel = { GOOD: 'Baik', PARTLY_DAMAGED: 'Sebagian rusak', NOT_AS_ORDERED: 'Tidak sesuai' };

async function taxRuleMap() {
  const rules = await db.taxRule.findMany();
  return Object.fromEntries(rules.map((r) => [r.code, r]));
}

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
        `Pada ${formatWib(order.inspectedAt!)} pemeriksa yang ditunjuk ${order.opd.name} memeriksa barang/jasa yang dikirim penyedia pada ${formatWib(order.deliveredAt!)}, dengan hasil:`,
      )
      .table(
        [
          { title: 'Uraian', at: 0 },
          { title: 'Dipesan', at: 200 },
          { title: 'Diterima', at: 270 },
          { title: 'Baik', at: 340 },
          { title: 'Kondisi', at: 400 },
        ],
        order.items.map((i) => [
          i.description.slice(0, 35),
          `${i.quantity} ${i.unit}`,
          String(i.receivedQuantity ?? '-'),
          String(i.acceptedQuantity ?? '-'),
          conditionLabel[i.condition ?? 'GOOD'],
        ]),
      )
      .row('Nilai yang diterima', formatRupiah(order.acceptedTotalIdr ?? order.totalIdr))
      .row('Catatan', order.inspectionNote ?? '-')
      .row(
        'Pemeriksa',
        `${order.inspectorName}${order.inspectorNip ? `, NIP ${order.inspectorNip}` : ''} (${order.opd.name})`,
      );
  }
  if (kind === 'BAST') {
    // Orders handed over before inspections were recorded have no BAPB to cite.
    const inspected = order.inspectedAt !== null;
    const basis = inspected ? `, sesuai Berita Acara Pemeriksaan BAPB/${order.number}` : '';
    const complete =
      !inspected || order.items.every((i) => i.acceptedQuantity === i.quantity && i.condition === 'GOOD');
    pdf
      .space(8)
      .text(
        complete
          ? `Pada ${formatWib(order.handedOverAt!)} barang/jasa di atas telah diserahterimakan dalam keadaan baik dan lengkap oleh penyedia kepada ${order.opd.name}${basis}.`
          : `Pada ${formatWib(order.handedOverAt!)} barang/jasa yang diterima menurut Berita Acara Pemeriksaan BAPB/${order.number} diserahterimakan oleh penyedia kepada ${order.opd.name}: ${order.items.map((i) => `${i.acceptedQuantity} dari ${i.quantity} ${i.unit}`).join(', ')}, senilai ${formatRupiah(order.acceptedTotalIdr ?? order.totalIdr)}.`,
      )
      .row(
        'Pihak pertama (penyedia)',
        `${order.bastMsmeSignerName ?? order.msme.ownerName}, ${order.msme.name} — ditandatangani ${formatWib(order.bastMsmeSignedAt!)}`,
      )
      .row(
        'Pihak kedua (penerima)',
        `${order.bastStaffSignerName ?? order.createdBy.name}, ${order.opd.name} — ditandatangani ${formatWib(order.bastStaffSignedAt!)}`,
      );
  }
  if (kind === 'PAYMENT_RECORD' && order.payment) {
    const p = order.payment;
    const lines = taxLines({ rules: await taxRuleMap() }, p);
    pdf
      .space(8)
      .row('Metode', p.method === 'KKPD' ? 'Kartu Kredit Pemerintah Daerah (KKPD)' : 'Transfer bank')
      .row('Tanggal bayar', formatWib(p.paidAt, false))
      .row('NPWP bendahara OPD', p.opdNpwp ?? '-')
      .row('NPWP penyedia', p.msmeNpwp ?? 'tidak ada (tarif PPh lebih tinggi)')
      .row('Nilai yang diterima (bruto)', formatRupiah(p.grossIdr))
      .row('Dasar pengenaan pajak', formatRupiah(p.dppIdr))
      .row('PPN dipungut', formatRupiah(p.ppnIdr))
      .text(`${lines.ppn.text}${lines.ppn.regulation ? ` — ${lines.ppn.regulation}` : ''}`, {
        size: 8,
        indent: 12,
      })
      .row(
        p.withholding === 'PP55' ? 'PPh' : `${p.withholding === 'PPH22' ? 'PPh 22' : 'PPh 23'} dipotong`,
        formatRupiah(p.pphIdr),
      )
      .text(`${lines.pph.text} — ${lines.pph.regulation}${p.pp55Number ? ` — SK ${p.pp55Number}` : ''}`, {
        size: 8,
        indent: 12,
      })
      .row('Dibayarkan ke UMKM', formatRupiah(p.amountIdr))
      .row(
        'Rekening tujuan',
        order.msme.bankAccountLast4 ? `${order.msme.bankName} ••••${order.msme.bankAccountLast4}` : '-',
      )
      .row('Referensi', p.reference ?? '-');
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
  order: {
    id: string;
    status: string;
    number: string | null;
    inspectedAt: Date | null;
    bastStaffSignedAt: Date | null;
    bastMsmeSignedAt: Date | null;
    payment: object | null;
  },
  have: DocumentKind[],
) {
  // Due by what happened, not by status alone: an order handed over before inspections were
  // recorded has no inspection report to make.
  const due: DocumentKind[] = [];
  if (order.number && order.status !== 'DRAFT') due.push('SURAT_PESANAN');
  if (order.inspectedAt) due.push('DELIVERY_CHECK');
  if (order.bastStaffSignedAt && order.bastMsmeSignedAt) due.push('BAST');
  if (order.payment) due.push('PAYMENT_RECORD');
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
  await assertDocumentDue(orderId, kind);
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

/** A document exists only once its step happened: no BAST before both signatures, and so on. */
async function assertDocumentDue(orderId: string, kind: DocumentKind) {
  const order = await db.procurementOrder.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      inspectedAt: true,
      bastStaffSignedAt: true,
      bastMsmeSignedAt: true,
      payment: { select: { id: true } },
    },
  });
  const due = {
    SURAT_PESANAN: true,
    DELIVERY_CHECK: order.inspectedAt !== null,
    BAST: order.bastStaffSignedAt !== null && order.bastMsmeSignedAt !== null,
    PAYMENT_RECORD: order.payment !== null,
  }[kind];
  if (!due) throw new Error(`document ${kind} for order ${orderId} is not due yet`);
}
