import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { formatWib } from '@/lib/format/time';
import type { ProcurementStatus, DocumentKind } from '@/lib/generated/prisma/enums';
import { inspectionSchema, paymentSchema, reasonSchema } from './schema';
import { planPayment, taxFacts, taxLines } from './taxes';
import { noticeOrderStep } from './notices';
import { todayInMedan } from '@/lib/format/date-only';
import type { Tx } from '@/lib/db/client';
import { issueDocument } from './documents';
import { processOfOrder, publishRelease, type ReleaseTag } from './ocds';

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
      msme: { select: { name: true, nib: true, npwp: true, whatsapp: true, ownerName: true } },
      need: { select: { kind: true } },
      items: true,
      documents: {
        where: { isCurrent: true },
        orderBy: { createdAt: 'asc' },
        select: { id: true, kind: true, number: true, issuedAt: true, verificationCode: true },
      },
      payment: true,
    },
  });
  if (!order) throw new DomainError('Pesanan tidak ditemukan.', undefined, 404);
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
  // What the payment form preselects and computes from: the law's choice and the rates as data.
  const taxes =
    order.status === 'HANDED_OVER' || order.payment
      ? await taxFacts(db, id, todayInMedan(order.payment?.paidAt))
      : null;
  const taxText = order.payment && taxes ? taxLines(taxes, order.payment) : null;
  return { ...order, taxes, taxText, timeline: timeline.map((t) => ({ ...t, id: String(t.id) })) };
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

// Steps in their order (Perpres 16/2018 Pasal 57): order → accepted → delivered → inspected by the
// OPD's named inspector → BAST signed by both sides → paid.
const steps = {
  accept: { roles: ['MSME_OWNER'], from: ['ORDERED'], to: 'ACCEPTED', action: 'procurement.order.accept' },
  decline: { roles: ['MSME_OWNER'], from: ['ORDERED'], to: 'DECLINED', action: 'procurement.order.decline' },
  deliver: {
    roles: ['MSME_OWNER'],
    from: ['ACCEPTED'],
    to: 'DELIVERED',
    action: 'procurement.order.deliver',
  },
  inspect: {
    roles: ['OPD_STAFF'],
    from: ['DELIVERED'],
    to: 'INSPECTED',
    action: 'procurement.order.inspect',
    document: 'DELIVERY_CHECK',
  },
  // BAST: each side signs; the second signature completes the handover and makes the document.
  sign: {
    roles: ['OPD_STAFF', 'MSME_OWNER'],
    from: ['INSPECTED'],
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

const releaseTags: Record<OrderStep, ReleaseTag[]> = {
  accept: ['contractUpdate'],
  decline: ['awardCancellation', 'contractTermination'],
  cancel: ['awardCancellation', 'contractTermination'],
  deliver: ['implementation'],
  inspect: ['implementationUpdate'],
  sign: ['implementationUpdate'],
  pay: ['implementationUpdate', 'contractTermination'],
};

const stepNames: Record<OrderStep, string> = {
  accept: 'diterima',
  decline: 'ditolak',
  deliver: 'ditandai terkirim',
  inspect: 'diperiksa',
  sign: 'ditandatangani (BAST)',
  pay: 'dicatat lunas',
  cancel: 'dibatalkan',
};

const statusNames: Record<ProcurementStatus, string> = {
  DRAFT: 'draf',
  ORDERED: 'dipesan',
  ACCEPTED: 'diterima UMKM',
  DELIVERED: 'dikirim',
  INSPECTED: 'diperiksa',
  HANDED_OVER: 'diserahterimakan',
  PAID: 'lunas',
  DECLINED: 'ditolak',
  CANCELLED: 'dibatalkan',
};

const bigintsAsNumbers = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)));

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
  const inspection = step === 'inspect' ? inspectionSchema.parse(input) : null;
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
        msme: { select: { ownerName: true } },
        items: { select: { id: true, quantity: true, unitPriceIdr: true, unit: true, description: true } },
      },
    });
    if (!order) throw new DomainError('Pesanan tidak ditemukan.', undefined, 404);
    if (!rule.from.includes(order.status)) {
      throw new DomainError(
        `Pesanan yang ${statusNames[order.status]} tidak dapat ${stepNames[step]}.`,
        undefined,
        409,
      );
    }
    const now = new Date();
    let data: Record<string, unknown> = { status: rule.to };
    let extra: Record<string, unknown> = {};
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
    if (inspection) {
      const accepted = await recordInspection(tx, order, inspection);
      data = {
        status: 'INSPECTED',
        inspectedAt: now,
        inspectorName: inspection.inspectorName,
        inspectorNip: inspection.inspectorNip || null,
        inspectionNote: inspection.note || null,
        acceptedTotalIdr: accepted.totalIdr,
      };
      extra = { items: accepted.items };
    }
    if (step === 'sign') {
      const staff = person.role === 'OPD_STAFF';
      if ((staff ? order.bastStaffSignedAt : order.bastMsmeSignedAt) !== null)
        throw new DomainError('Anda sudah menandatangani BAST ini.', undefined, 409);
      // Each side writes only its own signature; the other side's, as read, is part of the update's
      // condition below, so two signatures at once cannot erase each other (one gets a 409).
      const otherSigned = staff ? order.bastMsmeSignedAt : order.bastStaffSignedAt;
      data = {
        ...(staff
          ? { bastStaffSignedAt: now, bastStaffSignerName: person.name }
          : { bastMsmeSignedAt: now, bastMsmeSignerName: person.name || order.msme.ownerName }),
        ...(otherSigned ? { status: 'HANDED_OVER', handedOverAt: now } : {}),
      };
    }
    if (payment) {
      const paidAt = new Date(`${payment.paidAt}T12:00:00+07:00`);
      if (paidAt.getTime() > now.getTime() + 86_400_000)
        throw new DomainError(
          'Tanggal bayar tidak boleh di masa depan.',
          { paidAt: ['Tanggal bayar tidak boleh di masa depan.'] },
          422,
        );
      const facts = await taxFacts(tx, id, payment.paidAt);
      const plan = planPayment(facts, { ppnRate: payment.ppnRate, withholding: payment.withholding });
      await tx.opd.update({ where: { id: person.opdId! }, data: { npwp: payment.opdNpwp } });
      await tx.procurementPayment.create({
        data: {
          orderId: id,
          method: payment.method,
          paidAt,
          grossIdr: plan.grossIdr,
          dppIdr: plan.dppIdr,
          ppnRateBp: plan.ppnRateBp,
          ppnIdr: plan.ppnIdr,
          withholding: payment.withholding,
          pphRateBp: plan.pphRateBp,
          pphIdr: plan.pphIdr,
          amountIdr: plan.netIdr,
          opdNpwp: payment.opdNpwp,
          msmeNpwp: facts.msmeNpwp,
          pp55Number: payment.withholding === 'PP55' ? facts.pp55Number : null,
          reference: payment.reference,
          recordedById: person.id,
        },
      });
      data = { status: 'PAID', paidAt };
      extra = {
        method: payment.method,
        withholding: payment.withholding,
        ppnIdr: plan.ppnIdr,
        pphIdr: plan.pphIdr,
        amountIdr: plan.netIdr,
      };
    }
    // Signing requires the signer's column still empty and the other's unchanged since read.
    const ownSignature =
      step === 'sign'
        ? person.role === 'OPD_STAFF'
          ? { bastStaffSignedAt: null, bastMsmeSignedAt: order.bastMsmeSignedAt }
          : { bastMsmeSignedAt: null, bastStaffSignedAt: order.bastStaffSignedAt }
        : {};
    const moved = await tx.procurementOrder.updateMany({
      where: { id, status: order.status, ...ownSignature },
      data,
    });
    if (moved.count !== 1)
      throw new DomainError('Pesanan baru saja berubah. Muat ulang halaman.', undefined, 409);
    await audit(tx, person, {
      action: rule.action,
      entityType: 'ProcurementOrder',
      entityId: id,
      before: { status: order.status },
      after: bigintsAsNumbers({ ...data, ...extra, ...(earlyReason ? { earlyReason } : {}) }),
    });
    const reached = (data.status as ProcurementStatus | undefined) ?? order.status;
    await noticeOrderStep(tx, id, reached === 'HANDED_OVER' ? 'handover' : step, person.role === 'OPD_STAFF');
    // The step's document is made here, in its transaction, dated with the act.
    const actAt = (data.inspectedAt ?? data.handedOverAt ?? data.paidAt) as Date | undefined;
    if (rule.document && actAt) await issueDocument(tx, id, rule.document, actAt);
    // Each change of stage is published as a new OCDS release (a first BAST signature is not one).
    const tags = releaseTags[step];
    if (tags && reached !== order.status) await publishRelease(tx, await processOfOrder(tx, id), tags, now);
    return reached;
  });
  return { status: result, message: `Pesanan ${stepNames[step]}.` };
}

type InspectionInput = ReturnType<typeof inspectionSchema.parse>;

/**
 * Records, per item, what arrived and what was accepted; partial acceptance lowers what is paid.
 * Every item of the order must be inspected, none beyond what was ordered or received.
 */
async function recordInspection(
  tx: Tx,
  order: {
    items: { id: string; quantity: number; unitPriceIdr: number; unit: string; description: string }[];
  },
  inspection: InspectionInput,
) {
  const byId = new Map(inspection.items.map((i) => [i.id, i]));
  const errors: Record<string, string[]> = {};
  order.items.forEach((item, n) => {
    const found = byId.get(item.id);
    if (!found) errors[`items.${n}.receivedQuantity`] = ['Isi jumlah yang diterima.'];
    else if (found.receivedQuantity > item.quantity)
      errors[`items.${n}.receivedQuantity`] = [
        `Jumlah diterima tidak boleh melebihi pesanan (${item.quantity} ${item.unit}).`,
      ];
    else if (found.acceptedQuantity > found.receivedQuantity)
      errors[`items.${n}.acceptedQuantity`] = ['Jumlah yang baik tidak boleh melebihi yang diterima.'];
  });
  if (inspection.items.some((i) => !order.items.some((item) => item.id === i.id)))
    throw new DomainError('Barang yang diperiksa tidak ada pada pesanan ini.', undefined, 422);
  if (Object.keys(errors).length)
    throw new DomainError('Periksa kembali hasil pemeriksaan yang ditandai.', errors, 422);
  const accepted = order.items.map((item) => ({ item, found: byId.get(item.id)! }));
  const short = accepted.some(({ item, found }) => found.acceptedQuantity < item.quantity);
  if (short && inspection.note.length < 5)
    throw new DomainError(
      'Tulis catatan pemeriksaan bila ada barang yang kurang atau ditolak.',
      { note: ['Tulis catatan pemeriksaan bila ada barang yang kurang atau ditolak (minimal 5 karakter).'] },
      422,
    );
  if (accepted.every(({ found }) => found.acceptedQuantity === 0))
    throw new DomainError(
      'Tidak ada barang yang diterima. Kembalikan barang dan hubungi UMKM sebelum mencatat pemeriksaan.',
      { 'items.0.acceptedQuantity': ['Minimal satu barang diterima.'] },
      422,
    );
  let totalIdr = 0n;
  for (const { item, found } of accepted) {
    totalIdr += BigInt(found.acceptedQuantity) * BigInt(item.unitPriceIdr);
    await tx.procurementOrderItem.update({
      where: { id: item.id },
      data: {
        receivedQuantity: found.receivedQuantity,
        acceptedQuantity: found.acceptedQuantity,
        condition: found.condition,
      },
    });
  }
  return {
    totalIdr,
    items: accepted.map(({ item, found }) => ({
      description: item.description,
      ordered: item.quantity,
      received: found.receivedQuantity,
      accepted: found.acceptedQuantity,
      condition: found.condition,
    })),
  };
}
