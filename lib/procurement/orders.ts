import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { formatWib } from '@/lib/format/time';
import type { ProcurementStatus, DocumentKind } from '@/lib/generated/prisma/enums';
import { paymentSchema, reasonSchema } from './schema';
import { ensureDocuments, storeDocumentAfterCommit } from './documents';

/** Who may see an order: its OPD's staff, its UMKM's owner, and Dinas admins (read only). */
function visibleTo(actor: Actor) {
  if (actor.role === 'OPD_STAFF') return { opdId: actor.opdId ?? '-' };
  if (actor.role === 'MSME_OWNER') return { msmeId: actor.msmeId ?? '-' };
  if (actor.role === 'DINAS_ADMIN') return {};
  return { id: '-' };
}

export async function getOrder(actor: Actor | null, id: string) {
  const viewer = authorize(actor, ['OPD_STAFF', 'MSME_OWNER', 'DINAS_ADMIN']);
  const order = await db.procurementOrder.findFirst({
    where: { id, ...visibleTo(viewer) },
    include: {
      opd: { select: { name: true } },
      event: { select: { id: true, name: true, paguIdr: true } },
      msme: { select: { name: true, nib: true } },
      items: true,
      documents: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, kind: true, number: true, createdAt: true },
      },
      payment: true,
    },
  });
  if (!order) throw new DomainError('Pesanan tidak ditemukan.', undefined, 404);
  if (
    await ensureDocuments(
      order,
      order.documents.map((d) => d.kind),
    )
  ) {
    order.documents = await db.procurementDocument.findMany({
      where: { orderId: id },
      orderBy: { createdAt: 'asc' },
      select: { id: true, kind: true, number: true, createdAt: true },
    });
  }
  const timeline = await db.auditLog.findMany({
    where: { entityType: 'ProcurementOrder', entityId: id },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      at: true,
      action: true,
      actorRole: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });
  return { ...order, timeline: timeline.map((t) => ({ ...t, id: String(t.id) })) };
}

export async function listMsmeProcurementOrders(actor: Actor | null) {
  const owner = authorize(actor, ['MSME_OWNER']);
  return db.procurementOrder.findMany({
    where: { msmeId: owner.msmeId ?? '-', status: { not: 'DRAFT' } },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      number: true,
      status: true,
      totalIdr: true,
      opd: { select: { name: true } },
      event: { select: { name: true } },
    },
  });
}

type Step = {
  roles: ('OPD_STAFF' | 'MSME_OWNER')[];
  from: ProcurementStatus[];
  to: ProcurementStatus | null;
  action: string;
  document?: DocumentKind;
};

const steps = {
  accept: { roles: ['MSME_OWNER'], from: ['ORDERED'], to: 'ACCEPTED', action: 'procurement.order.accept' },
  decline: { roles: ['MSME_OWNER'], from: ['ORDERED'], to: 'DECLINED', action: 'procurement.order.decline' },
  deliver: {
    roles: ['MSME_OWNER'],
    from: ['ACCEPTED'],
    to: 'DELIVERED',
    action: 'procurement.order.deliver',
    document: 'DELIVERY_CHECK',
  },
  // BAST: each side signs; the second signature completes the handover.
  sign: {
    roles: ['OPD_STAFF', 'MSME_OWNER'],
    from: ['DELIVERED'],
    to: null,
    action: 'procurement.order.bast.sign',
    document: 'BAST',
  },
  pay: {
    roles: ['OPD_STAFF'],
    from: ['HANDED_OVER'],
    to: 'PAID',
    action: 'procurement.order.pay',
    document: 'PAYMENT_RECORD',
  },
  cancel: {
    roles: ['OPD_STAFF'],
    from: ['ORDERED', 'ACCEPTED'],
    to: 'CANCELLED',
    action: 'procurement.order.cancel',
  },
} satisfies Record<string, Step>;

export type OrderStep = keyof typeof steps;

const stepNames: Record<OrderStep, string> = {
  accept: 'diterima',
  decline: 'ditolak',
  deliver: 'ditandai terkirim',
  sign: 'ditandatangani (BAST)',
  pay: 'dicatat lunas',
  cancel: 'dibatalkan',
};

/**
 * Moves an order one step, checked on the server: who may take the step (staff of the order's OPD,
 * or the order's UMKM), from which status, with what data. Each change is audited with before/after.
 */
export async function advanceOrder(actor: Actor | null, id: string, step: OrderStep, input: unknown = {}) {
  if (!Object.hasOwn(steps, step)) throw new DomainError('Langkah tidak dikenal.', undefined, 400);
  const rule: Step = steps[step];
  const person = authorize(actor, rule.roles);
  const owns =
    person.role === 'OPD_STAFF' ? { opdId: person.opdId ?? '-' } : { msmeId: person.msmeId ?? '-' };
  const reason = step === 'decline' || step === 'cancel' ? reasonSchema.parse(input).reason : null;
  const payment = step === 'pay' ? paymentSchema.parse(input) : null;
  const earlyReason =
    step === 'deliver'
      ? String((input as { earlyReason?: unknown } | null)?.earlyReason ?? '')
          .trim()
          .slice(0, 500)
      : '';
  const result = await db.$transaction(async (tx) => {
    const order = await tx.procurementOrder.findFirst({
      where: { id, ...owns },
      select: {
        id: true,
        status: true,
        totalIdr: true,
        bastStaffSignedAt: true,
        bastMsmeSignedAt: true,
        need: { select: { deliveryFrom: true } },
      },
    });
    if (!order) throw new DomainError('Pesanan tidak ditemukan.', undefined, 404);
    if (!rule.from.includes(order.status)) {
      throw new DomainError(
        `Pesanan berstatus ${order.status} tidak dapat ${stepNames[step]}.`,
        undefined,
        409,
      );
    }
    const now = new Date();
    let data: Record<string, unknown> = { status: rule.to };
    if (step === 'accept') data = { status: 'ACCEPTED', acceptedAt: now };
    if (step === 'deliver') {
      // Steps in their order: before the delivery window opens, only with a reason (kept in the audit).
      const opens = order.need?.deliveryFrom;
      if (opens && now < opens && earlyReason.length < 5)
        throw new DomainError(
          `Pengantaran baru dibuka ${formatWib(opens)}. Tulis alasan bila dikirim lebih awal.`,
          { earlyReason: ['Tulis alasan pengiriman lebih awal (minimal 5 karakter).'] },
          422,
        );
      data = { status: 'DELIVERED', deliveredAt: now };
    }
    if (reason) data = { status: rule.to, reason };
    if (step === 'sign') {
      const staffSigned = person.role === 'OPD_STAFF' ? now : order.bastStaffSignedAt;
      const msmeSigned = person.role === 'MSME_OWNER' ? now : order.bastMsmeSignedAt;
      if ((person.role === 'OPD_STAFF' ? order.bastStaffSignedAt : order.bastMsmeSignedAt) !== null)
        throw new DomainError('Anda sudah menandatangani BAST ini.', undefined, 409);
      data = {
        bastStaffSignedAt: staffSigned,
        bastMsmeSignedAt: msmeSigned,
        ...(staffSigned && msmeSigned ? { status: 'HANDED_OVER', handedOverAt: now } : {}),
      };
    }
    if (payment) {
      const withheld = BigInt(payment.ppnIdr) + BigInt(payment.pph22Idr);
      if (withheld >= order.totalIdr)
        throw new DomainError(
          'Pajak yang dipungut tidak boleh melebihi nilai pesanan.',
          { pph22Idr: ['Periksa kembali nilai PPN dan PPh 22.'] },
          422,
        );
      const paidAt = new Date(`${payment.paidAt}T12:00:00+07:00`);
      if (paidAt.getTime() > now.getTime() + 86_400_000)
        throw new DomainError(
          'Tanggal bayar tidak boleh di masa depan.',
          { paidAt: ['Tanggal bayar tidak boleh di masa depan.'] },
          422,
        );
      await tx.procurementPayment.create({
        data: {
          orderId: id,
          method: payment.method,
          paidAt,
          amountIdr: order.totalIdr - withheld,
          ppnIdr: BigInt(payment.ppnIdr),
          pph22Idr: BigInt(payment.pph22Idr),
          reference: payment.reference,
          recordedById: person.id,
        },
      });
      data = { status: 'PAID', paidAt, ppnIdr: BigInt(payment.ppnIdr), pph22Idr: BigInt(payment.pph22Idr) };
    }
    // Signing also requires the signer's own column to be empty, so two signatures at once cannot
    // overwrite each other; the handover then follows from whoever signs second.
    const ownSignature =
      step === 'sign'
        ? person.role === 'OPD_STAFF'
          ? { bastStaffSignedAt: null }
          : { bastMsmeSignedAt: null }
        : {};
    const moved = await tx.procurementOrder.updateMany({
      where: { id, status: order.status, ...ownSignature },
      data,
    });
    if (moved.count !== 1)
      throw new DomainError('Pesanan baru saja berubah. Muat ulang halaman.', undefined, 409);
    const after = {
      ...data,
      ...(payment ? { method: payment.method } : {}),
      ...(earlyReason ? { earlyReason } : {}),
    };
    await audit(tx, person, {
      action: rule.action,
      entityType: 'ProcurementOrder',
      entityId: id,
      before: { status: order.status },
      after: JSON.parse(JSON.stringify(after, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))),
    });
    return (data.status as ProcurementStatus | undefined) ?? order.status;
  });
  if (rule.document && (result === 'DELIVERED' || result === 'HANDED_OVER' || result === 'PAID'))
    await storeDocumentAfterCommit(id, rule.document);
  return { status: result, message: `Pesanan ${stepNames[step]}.` };
}
