import 'server-only';
import type { Tx } from '@/lib/db/client';
import { formatWib } from '@/lib/format/time';
import { formatRupiah } from '@/lib/format/money';
import { notifyMsme, notifyOpd } from '@/lib/notify/notify';

// Who hears about which procurement step (lib/notify): the invited UMKM about requests and
// outcomes, the other side of an order about each step taken.

export async function noticeRfqSent(tx: Tx, rfqId: string) {
  const rfq = await tx.rfq.findUniqueOrThrow({
    where: { id: rfqId },
    select: {
      deadline: true,
      need: { select: { description: true, quantity: true, unit: true } },
      event: { select: { name: true, opd: { select: { name: true } } } },
      invitations: { select: { msmeId: true } },
    },
  });
  for (const { msmeId } of rfq.invitations)
    await notifyMsme(tx, msmeId, {
      kind: 'rfq.received',
      params: {
        opd: rfq.event.opd.name,
        need: rfq.need.description,
        quantity: `${rfq.need.quantity} ${rfq.need.unit}`,
        event: rfq.event.name,
        deadline: formatWib(rfq.deadline),
      },
      link: `/umkm/pengadaan#rfq-${rfqId}`,
      key: `rfq:${rfqId}:received`,
    });
}

export async function noticeRfqCancelled(tx: Tx, rfqId: string, reason: string) {
  const rfq = await tx.rfq.findUniqueOrThrow({
    where: { id: rfqId },
    select: {
      need: { select: { description: true } },
      event: { select: { opd: { select: { name: true } } } },
      invitations: { select: { msmeId: true } },
    },
  });
  for (const { msmeId } of rfq.invitations)
    await notifyMsme(tx, msmeId, {
      kind: 'rfq.cancelled',
      params: { opd: rfq.event.opd.name, need: rfq.need.description, reason },
      link: `/umkm/pengadaan#rfq-${rfqId}`,
      key: `rfq:${rfqId}:cancelled`,
    });
}

export async function noticeAward(tx: Tx, rfqId: string, orderId: string) {
  const order = await tx.procurementOrder.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      msmeId: true,
      number: true,
      totalIdr: true,
      opd: { select: { name: true } },
      need: { select: { description: true } },
      quote: { select: { unitPriceIdr: true } },
    },
  });
  const need = order.need?.description ?? '';
  await notifyMsme(tx, order.msmeId, {
    kind: 'quote.awarded',
    params: { opd: order.opd.name, need, number: order.number ?? '', total: formatRupiah(order.totalIdr) },
    link: `/pengadaan/pesanan/${orderId}`,
    key: `rfq:${rfqId}:awarded`,
  });
  const others = await tx.quote.findMany({
    where: { rfqId, msmeId: { not: order.msmeId } },
    select: { msmeId: true },
  });
  for (const { msmeId } of others)
    await notifyMsme(tx, msmeId, {
      kind: 'quote.lost',
      params: { need, price: formatRupiah(order.quote?.unitPriceIdr ?? 0) },
      link: `/umkm/pengadaan#rfq-${rfqId}`,
      key: `rfq:${rfqId}:lost`,
    });
}

const stepWords: Record<string, [string, string]> = {
  place: ['diterbitkan untuk Anda', 'issued to you'],
  accept: ['diterima UMKM', 'accepted by the UMKM'],
  decline: ['ditolak UMKM', 'declined by the UMKM'],
  deliver: ['dikirim UMKM, menunggu pemeriksaan', 'delivered by the UMKM, awaiting inspection'],
  inspect: ['diperiksa OPD, silakan tanda tangani BAST', 'inspected by the OPD, please sign the BAST'],
  sign: ['BAST ditandatangani', 'BAST signed'],
  handover: ['diserahterimakan (BAST lengkap)', 'handed over (BAST complete)'],
  pay: ['dibayar', 'paid'],
  cancel: ['dibatalkan OPD', 'cancelled by the OPD'],
};

/** The other side hears of each order step: the OPD of the UMKM's steps, the UMKM of the OPD's. */
export async function noticeOrderStep(tx: Tx, orderId: string, step: string, byOpd: boolean) {
  const order = await tx.procurementOrder.findUniqueOrThrow({
    where: { id: orderId },
    select: { msmeId: true, opdId: true, number: true, event: { select: { name: true } } },
  });
  const [id, en] = stepWords[step] ?? [step, step];
  const event = {
    kind: 'order.step' as const,
    params: { number: order.number ?? '', event: order.event.name, step: id, stepEn: en },
    link: `/pengadaan/pesanan/${orderId}`,
    key: `order:${orderId}:${step}`,
  };
  if (byOpd || step === 'handover') await notifyMsme(tx, order.msmeId, event);
  if (!byOpd || step === 'handover') await notifyOpd(tx, order.opdId, event);
}
