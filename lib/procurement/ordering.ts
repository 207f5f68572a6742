import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { formatWib } from '@/lib/format/time';
import type { Tx } from '@/lib/db/client';
import { opdStaff } from './events';
import { assertOrderAllowed, nextOrderNumber } from './rules';
import { fittingProductOf } from './candidates';
import { directOrderSchema, quoteSchema, rfqCancelSchema, rfqSchema } from './schema';
import { rfqPhase } from './rfq-phase';
import { noticeAward, noticeOrderStep, noticeRfqCancelled, noticeRfqSent } from './notices';
import { issueDocument } from './documents';
import { publishRelease } from './ocds';
import { storeImage } from '@/lib/uploads/images';
import { enforceLimit } from '@/lib/security/rate-limit';
import { requestIp } from '@/lib/security/request-ip';

/** Cancels an open request for quotation with a reason the invited UMKM read. */
export async function cancelRfq(actor: Actor | null, rfqId: string, input: unknown) {
  const { staff, opdId } = opdStaff(actor);
  const { reason } = rfqCancelSchema.parse(input);
  return db.$transaction(async (tx) => {
    const rfq = await tx.rfq.findFirst({
      where: { id: rfqId, event: { opdId } },
      select: { id: true, eventId: true, status: true },
    });
    if (!rfq) throw new DomainError('Permintaan penawaran tidak ditemukan.', undefined, 404);
    const moved = await tx.rfq.updateMany({
      where: { id: rfqId, status: 'OPEN' },
      data: { status: 'CANCELLED', cancelReason: reason, cancelledAt: new Date() },
    });
    if (moved.count !== 1)
      throw new DomainError('Permintaan ini sudah diputuskan atau dibatalkan.', undefined, 409);
    await noticeRfqCancelled(tx, rfqId, reason);
    await audit(tx, staff, {
      action: 'procurement.rfq.cancel',
      entityType: 'ProcurementEvent',
      entityId: rfq.eventId,
      before: { rfq: rfqId, status: rfq.status },
      after: { rfq: rfqId, status: 'CANCELLED', reason },
    });
    await publishRelease(tx, { rfqId }, ['tenderCancellation']);
    return { id: rfqId };
  });
}

/** Sends a request for quotation for one need to chosen verified UMKM. */
export async function sendRfq(actor: Actor | null, needId: string, input: unknown) {
  const { staff, opdId } = opdStaff(actor);
  const data = rfqSchema.parse(input);
  const need = await db.eventNeed.findFirst({
    where: { id: needId, event: { opdId } },
    select: { id: true, eventId: true, deliveryFrom: true },
  });
  if (!need) throw new DomainError('Kebutuhan tidak ditemukan.', undefined, 404);
  if (data.deadline.getTime() <= Date.now())
    throw new DomainError(
      'Batas penawaran tidak boleh di masa lalu.',
      { deadline: ['Batas penawaran tidak boleh di masa lalu.'] },
      422,
    );
  if (data.deadline >= need.deliveryFrom)
    throw new DomainError(
      'Batas penawaran harus sebelum waktu pengantaran.',
      { deadline: ['Batas penawaran harus sebelum waktu pengantaran.'] },
      422,
    );
  const msmeIds = [...new Set(data.msmeIds)];
  const verified = await db.msme.count({ where: { id: { in: msmeIds }, status: 'VERIFIED' } });
  if (verified !== msmeIds.length)
    throw new DomainError(
      'Hanya UMKM binaan terverifikasi yang dapat diundang.',
      { msmeIds: ['Ada UMKM yang tidak ditemukan atau belum terverifikasi.'] },
      422,
    );
  return db.$transaction(async (tx) => {
    const rfq = await tx.rfq.create({
      data: {
        eventId: need.eventId,
        needId,
        deadline: data.deadline,
        invitations: { create: msmeIds.map((msmeId) => ({ msmeId })) },
      },
      select: { id: true },
    });
    await noticeRfqSent(tx, rfq.id);
    await audit(tx, staff, {
      action: 'procurement.rfq.send',
      entityType: 'ProcurementEvent',
      entityId: need.eventId,
      after: { rfq: rfq.id, msmeIds, deadline: data.deadline.toISOString() },
    });
    await publishRelease(tx, { rfqId: rfq.id }, ['planning', 'tender']);
    return rfq;
  });
}

function ownerMsme(actor: Actor | null) {
  const owner = authorize(actor, ['MSME_OWNER']);
  if (!owner.msmeId) throw new DomainError('Daftarkan usaha Anda terlebih dahulu.', undefined, 409);
  return { owner, msmeId: owner.msmeId };
}

/** Requests sent to this UMKM (and only those), with its own quote. */
export async function listMsmeRfqs(actor: Actor | null) {
  const { msmeId } = ownerMsme(actor);
  const now = Date.now();
  const rows = await db.rfqInvitation.findMany({
    where: { msmeId },
    orderBy: { invitedAt: 'desc' },
    select: {
      rfq: {
        select: {
          id: true,
          deadline: true,
          status: true,
          cancelReason: true,
          need: {
            select: { description: true, quantity: true, unit: true, deliveryFrom: true, deliveryTo: true },
          },
          event: { select: { name: true, venue: true, opd: { select: { name: true } } } },
          quotes: {
            select: {
              msmeId: true,
              unitPriceIdr: true,
              totalIdr: true,
              notes: true,
              order: { select: { id: true, status: true } },
            },
          },
        },
      },
    },
  });
  // Each bidder sees its own quote and, once decided, the winning price and its own rank by total
  // (never the other bidders' names or prices).
  return rows.map((row) => {
    const { quotes, ...rfq } = row.rfq;
    const mine = quotes.filter((q) => q.msmeId === msmeId).map(({ msmeId: _, ...q }) => q);
    const winner = quotes.find((q) => q.order);
    const ranked = [...quotes].sort((a, b) => Number(a.totalIdr - b.totalIdr));
    const outcome =
      rfq.status === 'AWARDED' && winner
        ? {
            won: winner.msmeId === msmeId,
            winningUnitPriceIdr: winner.unitPriceIdr,
            winningTotalIdr: winner.totalIdr,
            rank: mine.length ? ranked.findIndex((q) => q.msmeId === msmeId) + 1 : null,
            bidders: quotes.length,
          }
        : null;
    return { rfq: { ...rfq, quotes: mine }, outcome, phase: rfqPhase(rfq, new Date(now)) };
  });
}

export async function submitQuote(
  actor: Actor | null,
  rfqId: string,
  input: unknown,
  samplePhoto?: File | null,
) {
  const { owner, msmeId } = ownerMsme(actor);
  await enforceLimit(db, { key: `quote:${owner.id}`, max: 30, windowSeconds: 3600 }, 'pengiriman penawaran');
  const ip = await requestIp();
  if (ip !== 'local')
    await enforceLimit(
      db,
      { key: `quote:ip:${ip}`, max: 100, windowSeconds: 3600 },
      'pengiriman penawaran dari alamat ini',
    );
  const data = quoteSchema.parse(input);
  const invitation = await db.rfqInvitation.findUnique({
    where: { rfqId_msmeId: { rfqId, msmeId } },
    select: {
      rfq: { select: { status: true, deadline: true, eventId: true, need: { select: { quantity: true } } } },
    },
  });
  if (!invitation) throw new DomainError('Permintaan penawaran tidak ditemukan.', undefined, 404);
  if (invitation.rfq.status !== 'OPEN' || invitation.rfq.deadline.getTime() < Date.now())
    throw new DomainError('Batas waktu penawaran sudah lewat.', undefined, 409);
  const totalIdr = BigInt(data.unitPriceIdr) * BigInt(invitation.rfq.need.quantity);
  // The sample photo is optional; when given it is checked and stored like any product photo.
  const sample =
    samplePhoto && samplePhoto.size > 0 ? await storeImage(samplePhoto, owner.id, 'samplePhoto') : null;
  return db.$transaction(async (tx) => {
    const quote = await tx.quote.upsert({
      where: { rfqId_msmeId: { rfqId, msmeId } },
      create: {
        rfqId,
        msmeId,
        unitPriceIdr: data.unitPriceIdr,
        totalIdr,
        notes: data.notes,
        sampleAssetId: sample?.id,
      },
      update: {
        unitPriceIdr: data.unitPriceIdr,
        totalIdr,
        notes: data.notes,
        submittedAt: new Date(),
        ...(sample ? { sampleAssetId: sample.id } : {}),
      },
      select: { id: true },
    });
    await audit(tx, owner, {
      action: 'procurement.quote.submit',
      entityType: 'ProcurementEvent',
      entityId: invitation.rfq.eventId,
      after: { rfq: rfqId, unitPriceIdr: data.unitPriceIdr },
    });
    return quote;
  });
}

async function createOrder(
  tx: Tx,
  staff: Actor,
  args: {
    opdId: string;
    eventId: string;
    needId: string;
    msmeId: string;
    quoteId?: string;
    productId?: string;
    description: string;
    quantity: number;
    unit: string;
    unitPriceIdr: number;
  },
) {
  const opd = await tx.opd.findUniqueOrThrow({ where: { id: args.opdId }, select: { code: true } });
  const now = new Date();
  const year = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(now),
  );
  const number = await nextOrderNumber(tx, args.opdId, opd.code, year);
  const total = BigInt(args.unitPriceIdr) * BigInt(args.quantity);
  const order = await tx.procurementOrder.create({
    data: {
      opdId: args.opdId,
      eventId: args.eventId,
      needId: args.needId,
      msmeId: args.msmeId,
      quoteId: args.quoteId,
      number,
      status: 'ORDERED',
      subtotalIdr: total,
      totalIdr: total,
      orderedAt: now,
      createdById: staff.id,
      items: {
        create: [
          {
            productId: args.productId,
            description: args.description,
            quantity: args.quantity,
            unit: args.unit,
            unitPriceIdr: args.unitPriceIdr,
            totalIdr: total,
          },
        ],
      },
    },
    select: { id: true, number: true },
  });
  await audit(tx, staff, {
    action: 'procurement.order.place',
    entityType: 'ProcurementOrder',
    entityId: order.id,
    after: { status: 'ORDERED', number, totalIdr: Number(total), msmeId: args.msmeId },
  });
  // The award or direct order is the act that makes the Surat Pesanan, in the same transaction.
  await issueDocument(tx, order.id, 'SURAT_PESANAN', now);
  return order;
}

/** Awards a request for quotation to one quote: places the order (Surat Pesanan) if the rules allow. */
export async function awardQuote(actor: Actor | null, quoteId: string) {
  const { staff, opdId } = opdStaff(actor);
  const order = await db.$transaction(async (tx) => {
    const quote = await tx.quote.findFirst({
      where: { id: quoteId, rfq: { event: { opdId } } },
      select: {
        id: true,
        msmeId: true,
        unitPriceIdr: true,
        totalIdr: true,
        rfq: {
          select: {
            id: true,
            status: true,
            eventId: true,
            deadline: true,
            _count: { select: { invitations: true, quotes: true } },
            need: {
              select: {
                id: true,
                description: true,
                quantity: true,
                unit: true,
                deliveryFrom: true,
                categoryId: true,
              },
            },
          },
        },
      },
    });
    if (!quote) throw new DomainError('Penawaran tidak ditemukan.', undefined, 404);
    if (quote.rfq.status !== 'OPEN')
      throw new DomainError('Permintaan ini sudah diputuskan.', undefined, 409);
    // Steps in their order: every invitee may answer until the deadline, unless all already have.
    const { invitations, quotes } = quote.rfq._count;
    if (quote.rfq.deadline.getTime() > Date.now() && quotes < invitations)
      throw new DomainError(
        `Penawaran belum dapat diputuskan sebelum batasnya (${formatWib(quote.rfq.deadline)}): baru ${quotes} dari ${invitations} UMKM yang diundang menjawab.`,
        undefined,
        409,
      );
    const product = await fittingProductOf(tx, quote.msmeId, quote.rfq.need);
    await assertOrderAllowed(tx, {
      eventId: quote.rfq.eventId,
      need: quote.rfq.need,
      productId: product?.id ?? null,
      msmeId: quote.msmeId,
      totalIdr: quote.totalIdr,
      quantity: quote.rfq.need.quantity,
      deliveryFrom: quote.rfq.need.deliveryFrom,
      product,
    });
    const updated = await tx.rfq.updateMany({
      where: { id: quote.rfq.id, status: 'OPEN' },
      data: { status: 'AWARDED' },
    });
    if (updated.count !== 1) throw new DomainError('Permintaan ini baru saja diputuskan.', undefined, 409);
    const placed = await createOrder(tx, staff, {
      opdId,
      eventId: quote.rfq.eventId,
      needId: quote.rfq.need.id,
      msmeId: quote.msmeId,
      quoteId: quote.id,
      productId: product?.id,
      description: quote.rfq.need.description,
      quantity: quote.rfq.need.quantity,
      unit: quote.rfq.need.unit,
      unitPriceIdr: quote.unitPriceIdr,
    });
    await noticeAward(tx, quote.rfq.id, placed.id);
    // The decision opens the sealed quotes: bids, tenderers, the award and the Surat Pesanan.
    await publishRelease(tx, { rfqId: quote.rfq.id }, ['tenderUpdate', 'award', 'contract']);
    return placed;
  });
  return order;
}

/** Orders a catalog product directly for a need. */
export async function directOrder(actor: Actor | null, needId: string, input: unknown) {
  const { staff, opdId } = opdStaff(actor);
  const data = directOrderSchema.parse(input);
  const order = await db.$transaction(async (tx) => {
    const need = await tx.eventNeed.findFirst({
      where: { id: needId, event: { opdId } },
      select: { id: true, eventId: true, description: true, unit: true, deliveryFrom: true },
    });
    if (!need) throw new DomainError('Kebutuhan tidak ditemukan.', undefined, 404);
    const product = await tx.product.findFirst({
      where: { id: data.productId, status: 'PUBLISHED' },
      select: {
        id: true,
        name: true,
        unit: true,
        priceIdr: true,
        msmeId: true,
        dailyCapacity: true,
        leadTimeDays: true,
        stock: true,
      },
    });
    if (!product)
      throw new DomainError('Produk tidak ditemukan.', { productId: ['Produk tidak ditemukan.'] }, 404);
    await assertOrderAllowed(tx, {
      eventId: need.eventId,
      need,
      productId: product.id,
      msmeId: product.msmeId,
      totalIdr: BigInt(product.priceIdr) * BigInt(data.quantity),
      quantity: data.quantity,
      deliveryFrom: need.deliveryFrom,
      product,
    });
    const placed = await createOrder(tx, staff, {
      opdId,
      eventId: need.eventId,
      needId: need.id,
      msmeId: product.msmeId,
      productId: product.id,
      description: `${product.name} — ${need.description}`,
      quantity: data.quantity,
      unit: product.unit,
      unitPriceIdr: product.priceIdr,
    });
    await noticeOrderStep(tx, placed.id, 'place', true);
    await publishRelease(tx, { orderId: placed.id }, ['planning', 'tender', 'award', 'contract']);
    return placed;
  });
  return order;
}
