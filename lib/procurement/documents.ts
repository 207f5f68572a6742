import 'server-only';
import crypto from 'node:crypto';
import { publicOrigin } from '@/lib/server/env';
import { fileStorage } from '@/lib/uploads/storage';
import { renderOfficialPdf, type OfficialDocument } from '@/lib/documents/official-pdf';
import { formatWib } from '@/lib/format/time';
import type { Tx } from '@/lib/db/client';
import type { DocumentKind } from '@/lib/generated/prisma/enums';
import { taxLines } from './taxes';

// Documents are made inside the transaction of the step that calls for them (decision 017): the
// award or direct order makes the Surat Pesanan, the inspection its report, the second BAST
// signature the BAST, the payment the payment record. Viewing a page never writes.

/** The renderer in force; documents made by an older one are regenerated (and superseded). */
export const currentRenderVersion = 2;

const conditionLabel = { GOOD: 'Baik', PARTLY_DAMAGED: 'Sebagian rusak', NOT_AS_ORDERED: 'Tidak sesuai' };

export const documentTitles: Record<DocumentKind, string> = {
  SURAT_PESANAN: 'SURAT PESANAN',
  DELIVERY_CHECK: 'BERITA ACARA PEMERIKSAAN BARANG',
  BAST: 'BERITA ACARA SERAH TERIMA (BAST)',
  PAYMENT_RECORD: 'BUKTI PEMBAYARAN',
};

const numberPrefix = { SURAT_PESANAN: '', DELIVERY_CHECK: 'BAPB', BAST: 'BAST', PAYMENT_RECORD: 'BYR' };

/** The public page a printed copy's QR code opens. */
export const verificationUrl = (code: string) => `${publicOrigin()}/verifikasi/${code}`;

/** 128 random bits, URL-safe: a code nobody can guess or enumerate. */
export const newVerificationCode = () => crypto.randomBytes(16).toString('base64url');

async function orderForDocument(tx: Tx, orderId: string) {
  return tx.procurementOrder.findUniqueOrThrow({
    where: { id: orderId },
    include: {
      opd: { select: { name: true, address: true } },
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
      items: { orderBy: { id: 'asc' } },
      payment: true,
    },
  });
}
type DocumentOrder = Awaited<ReturnType<typeof orderForDocument>>;

function commonFacts(order: DocumentOrder): [string, string][] {
  const e = order.event;
  return [
    ['Kegiatan', e.name],
    ['Tempat / waktu', `${e.venue}, ${formatWib(e.startsAt)}`],
    [
      'Sumber anggaran',
      `${e.budgetSource.replace('_', '-')}${e.activityCode ? `, kode ${e.activityCode}` : ''}`,
    ],
    ['Penyedia (UMKM)', order.msme.name],
    ['NIB', order.msme.nib ?? '-'],
    ['Alamat penyedia', order.msme.address ?? '-'],
  ];
}

const buyerSignature = (order: DocumentOrder, name?: string | null) => ({
  role: `Pemesan, ${order.opd.name}`,
  name: name ?? order.createdBy.name,
});
const supplierSignature = (order: DocumentOrder, name?: string | null) => ({
  role: `Penyedia, ${order.msme.name}`,
  name: name ?? order.msme.ownerName,
});

async function describe(
  tx: Tx,
  order: DocumentOrder,
  kind: DocumentKind,
  issuedAt: Date,
  verifyUrl: string,
): Promise<OfficialDocument> {
  const number = kind === 'SURAT_PESANAN' ? order.number! : `${numberPrefix[kind]}/${order.number}`;
  const base = {
    title: documentTitles[kind],
    number,
    issuedAt,
    opd: order.opd,
    facts: commonFacts(order),
    items: order.items,
    verifyUrl,
  };
  const accepted = order.acceptedTotalIdr ?? order.totalIdr;
  if (kind === 'SURAT_PESANAN')
    return {
      ...base,
      amounts: [['Nilai pesanan (harga termasuk PPN bila penyedia PKP)', order.totalIdr]],
      paragraphs: [
        `Penyedia diminta menyerahkan barang/jasa sesuai uraian di atas. Dipesan pada ${formatWib(issuedAt)} oleh ${order.createdBy.name}.`,
        'PPN dan PPh dihitung pada pembayaran menurut status pajak penyedia dan dicetak pada bukti pembayaran.',
      ],
      signatures: [buyerSignature(order), supplierSignature(order)],
    };
  if (kind === 'DELIVERY_CHECK')
    return {
      ...base,
      facts: [
        ...base.facts,
        ['Pemeriksa', `${order.inspectorName}${order.inspectorNip ? `, NIP ${order.inspectorNip}` : ''}`],
        ['Dikirim', formatWib(order.deliveredAt!)],
        ['Catatan', order.inspectionNote ?? '-'],
      ],
      items: order.items.map((i) => ({
        ...i,
        description: `${i.description} — diterima ${i.receivedQuantity ?? '-'}, baik ${i.acceptedQuantity ?? '-'} (${conditionLabel[i.condition ?? 'GOOD']})`,
      })),
      amounts: [
        ['Nilai pesanan', order.totalIdr],
        ['Nilai yang diterima', accepted],
      ],
      paragraphs: [
        `Pada ${formatWib(issuedAt)} pemeriksa yang ditunjuk ${order.opd.name} memeriksa barang/jasa yang dikirim penyedia, dengan hasil seperti tercantum di atas.`,
      ],
      signatures: [
        { role: `Pemeriksa, ${order.opd.name}`, name: order.inspectorName ?? '-', nip: order.inspectorNip },
      ],
    };
  if (kind === 'BAST') {
    // Orders handed over before inspections were recorded have no BAPB to cite.
    const inspected = order.inspectedAt !== null;
    const complete =
      !inspected || order.items.every((i) => i.acceptedQuantity === i.quantity && i.condition === 'GOOD');
    const basis = inspected ? `, sesuai Berita Acara Pemeriksaan BAPB/${order.number}` : '';
    return {
      ...base,
      amounts: [['Nilai yang diserahterimakan', accepted]],
      paragraphs: [
        complete
          ? `Pada ${formatWib(issuedAt)} barang/jasa di atas telah diserahterimakan dalam keadaan baik dan lengkap oleh penyedia kepada ${order.opd.name}${basis}.`
          : `Pada ${formatWib(issuedAt)} barang/jasa yang diterima menurut Berita Acara Pemeriksaan BAPB/${order.number} diserahterimakan oleh penyedia kepada ${order.opd.name}: ${order.items.map((i) => `${i.acceptedQuantity} dari ${i.quantity} ${i.unit}`).join(', ')}.`,
      ],
      signatures: [
        {
          ...supplierSignature(order, order.bastMsmeSignerName),
          role: 'Pihak pertama (penyedia)',
          note: `${order.msme.name}, ditandatangani ${formatWib(order.bastMsmeSignedAt!)}`,
        },
        {
          ...buyerSignature(order, order.bastStaffSignerName),
          role: 'Pihak kedua (penerima)',
          note: `${order.opd.name}, ditandatangani ${formatWib(order.bastStaffSignedAt!)}`,
        },
      ],
    };
  }
  const p = order.payment!;
  const rules = Object.fromEntries((await tx.taxRule.findMany()).map((r) => [r.code, r]));
  const lines = taxLines({ rules }, p);
  const pphLabel =
    p.withholding === 'PP55' ? 'PPh (tidak dipotong, PP 55/2022)' : `${lines.pph.text} dipotong`;
  return {
    ...base,
    facts: [
      ...base.facts,
      ['Metode', p.method === 'KKPD' ? 'Kartu Kredit Pemerintah Daerah (KKPD)' : 'Transfer bank'],
      ['Tanggal bayar', formatWib(p.paidAt, false)],
      ['NPWP bendahara OPD', p.opdNpwp ?? '-'],
      ['NPWP penyedia', p.msmeNpwp ?? 'tidak ada (tarif PPh lebih tinggi)'],
      [
        'Rekening tujuan',
        order.msme.bankAccountLast4 ? `${order.msme.bankName} ••••${order.msme.bankAccountLast4}` : '-',
      ],
      ['Referensi', p.reference ?? '-'],
    ],
    amounts: [
      ['Nilai yang diterima (bruto)', p.grossIdr],
      ['Dasar pengenaan pajak (DPP)', p.dppIdr],
      [lines.ppn.text, p.ppnIdr],
      [pphLabel, p.pphIdr],
      ['Dibayarkan ke UMKM', p.amountIdr],
    ],
    paragraphs: [
      [lines.ppn.regulation, lines.pph.regulation, p.pp55Number ? `SK ${p.pp55Number}` : '']
        .filter(Boolean)
        .join('; '),
    ],
    signatures: [{ role: `Bendahara / pejabat pembayar, ${order.opd.name}`, name: order.createdBy.name }],
  };
}

/**
 * Makes a document inside the caller's transaction (the step's), dated with the act's moment: the
 * PDF is kept in storage with its SHA-256 and a verification code. The file is written before the
 * commit; a rolled-back step leaves only an unreferenced file behind.
 */
export async function issueDocument(tx: Tx, orderId: string, kind: DocumentKind, issuedAt: Date) {
  const existing = await tx.procurementDocument.findFirst({ where: { orderId, kind, isCurrent: true } });
  if (existing) return existing;
  return writeDocument(tx, orderId, kind, issuedAt);
}

async function writeDocument(tx: Tx, orderId: string, kind: DocumentKind, issuedAt: Date) {
  const order = await orderForDocument(tx, orderId);
  const code = newVerificationCode();
  const content = await describe(tx, order, kind, issuedAt, verificationUrl(code));
  const bytes = await renderOfficialPdf(content);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const storageKey = `docs/${orderId}-${kind.toLowerCase().replace(/_/g, '-')}-${sha256.slice(0, 16)}.pdf`;
  await fileStorage().put(storageKey, bytes, 'application/pdf');
  return tx.procurementDocument.create({
    data: {
      orderId,
      kind,
      number: content.number,
      storageKey,
      sha256,
      verificationCode: code,
      issuedAt,
      renderVersion: currentRenderVersion,
    },
  });
}

/**
 * Replaces a document made by an older renderer: the new one keeps its number and date, the old
 * one stays verifiable and says it was superseded (a printed copy of it is not silently orphaned).
 */
export async function regenerateDocument(tx: Tx, documentId: string) {
  const old = await tx.procurementDocument.findUniqueOrThrow({ where: { id: documentId } });
  if (old.isCurrent !== true || old.renderVersion >= currentRenderVersion) return null;
  await tx.procurementDocument.update({
    where: { id: old.id },
    data: {
      isCurrent: null,
      supersededAt: new Date(),
      verificationCode: old.verificationCode ?? newVerificationCode(),
    },
  });
  const fresh = await writeDocument(tx, old.orderId, old.kind, old.issuedAt ?? old.createdAt);
  await tx.procurementDocument.update({ where: { id: old.id }, data: { supersededById: fresh.id } });
  return fresh;
}
