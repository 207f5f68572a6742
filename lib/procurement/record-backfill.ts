import 'server-only';
import { db } from '@/lib/server/db';
import type { DocumentKind } from '@/lib/generated/prisma/enums';
import { currentRenderVersion, issueDocument, regenerateDocument } from './documents';
import { issueAidReceipt, issueAttendanceList } from '@/lib/programs/documents';
import { ocidForDirectOrder, ocidForRfq, publishRelease, tagsReached, type ProcessRef } from './ocds';

// Brings records made before the public-record changes (and the demo seed, which writes orders
// directly) up to what the steps now produce: every due document exists, dated with its step, and
// made by the current renderer. Idempotent and safe on several instances at once (a second writer
// of the same document hits the one-current-per-kind unique index and skips).

const stepAction: Record<DocumentKind, string> = {
  SURAT_PESANAN: 'procurement.order.place',
  DELIVERY_CHECK: 'procurement.order.inspect',
  BAST: 'procurement.order.bast.sign',
  PAYMENT_RECORD: 'procurement.order.pay',
};

/** When the step that calls for a document happened: its audit entry, else the order's timestamp. */
async function stepDate(orderId: string, kind: DocumentKind, fallback: Date) {
  const entry = await db.auditLog.findFirst({
    where: { entityType: 'ProcurementOrder', entityId: orderId, action: stepAction[kind] },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  return entry?.at ?? fallback;
}

const uniqueClash = (error: unknown) => (error as { code?: string }).code === 'P2002';

export async function backfillDocuments() {
  let made = 0;
  const orders = await db.procurementOrder.findMany({
    where: { number: { not: null }, status: { not: 'DRAFT' } },
    select: {
      id: true,
      orderedAt: true,
      createdAt: true,
      inspectedAt: true,
      handedOverAt: true,
      bastStaffSignedAt: true,
      bastMsmeSignedAt: true,
      payment: { select: { paidAt: true } },
      documents: { where: { isCurrent: true }, select: { kind: true } },
    },
  });
  for (const order of orders) {
    const due: [DocumentKind, Date | null][] = [
      ['SURAT_PESANAN', order.orderedAt ?? order.createdAt],
      ['DELIVERY_CHECK', order.inspectedAt],
      ['BAST', order.bastStaffSignedAt && order.bastMsmeSignedAt ? order.handedOverAt : null],
      ['PAYMENT_RECORD', order.payment?.paidAt ?? null],
    ];
    for (const [kind, at] of due) {
      if (!at || order.documents.some((d) => d.kind === kind)) continue;
      const issuedAt = await stepDate(order.id, kind, at);
      try {
        await db.$transaction((tx) => issueDocument(tx, order.id, kind, issuedAt));
        made++;
      } catch (error) {
        if (!uniqueClash(error)) throw error;
      }
    }
  }
  const old = await db.procurementDocument.findMany({
    where: { isCurrent: true, renderVersion: { lt: currentRenderVersion } },
    select: { id: true },
  });
  for (const { id } of old) {
    try {
      if (await db.$transaction((tx) => regenerateDocument(tx, id))) made++;
    } catch (error) {
      if (!uniqueClash(error)) throw error;
    }
  }
  return made;
}

const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(...dates.filter((d): d is Date => !!d).map((d) => d.getTime())));

type OrderFacts = {
  status: string;
  orderedAt: Date | null;
  acceptedAt: Date | null;
  deliveredAt: Date | null;
  inspectedAt: Date | null;
  handedOverAt: Date | null;
  paidAt: Date | null;
};
const orderFacts = {
  status: true,
  orderedAt: true,
  acceptedAt: true,
  deliveredAt: true,
  inspectedAt: true,
  handedOverAt: true,
  paidAt: true,
} as const;
const orderDates = (o: OrderFacts | null) =>
  o ? [o.orderedAt, o.acceptedAt, o.deliveredAt, o.inspectedAt, o.handedOverAt, o.paidAt] : [];

/**
 * Processes with no release yet (made before releases were stored, or by the seed) get one
 * catching-up release of their state now, tagged with every stage reached and dated at the last act.
 * From then on each step adds its own release.
 */
export async function backfillReleases() {
  const published = new Set(
    (await db.ocdsRelease.findMany({ distinct: ['ocid'], select: { ocid: true } })).map((r) => r.ocid),
  );
  const todo: {
    ref: ProcessRef;
    ocid: string;
    order: OrderFacts | null;
    rfqStatus: string | null;
    dates: (Date | null)[];
  }[] = [];
  const rfqs = await db.rfq.findMany({
    select: {
      id: true,
      status: true,
      createdAt: true,
      cancelledAt: true,
      quotes: { select: { order: { select: orderFacts } } },
    },
  });
  for (const rfq of rfqs) {
    const order = rfq.quotes.find((q) => q.order)?.order ?? null;
    todo.push({
      ref: { rfqId: rfq.id },
      ocid: ocidForRfq(rfq.id),
      order,
      rfqStatus: rfq.status,
      dates: [rfq.createdAt, rfq.cancelledAt, ...orderDates(order)],
    });
  }
  const direct = await db.procurementOrder.findMany({
    where: { quoteId: null, status: { not: 'DRAFT' }, number: { not: null } },
    select: { id: true, createdAt: true, ...orderFacts },
  });
  for (const order of direct)
    todo.push({
      ref: { orderId: order.id },
      ocid: ocidForDirectOrder(order.id),
      order,
      rfqStatus: null,
      dates: [order.createdAt, ...orderDates(order)],
    });
  let made = 0;
  for (const item of todo) {
    if (published.has(item.ocid)) continue;
    const tags = tagsReached({
      rfqStatus: item.rfqStatus,
      orderStatus: item.order?.status ?? null,
      delivered: !!item.order?.deliveredAt,
      paid: item.order?.status === 'PAID',
    });
    await db.$transaction(async (tx) => {
      // Another instance may have published it meanwhile: the per-process lock in publishRelease
      // serialises the two, and this re-check inside the transaction skips the second.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${item.ocid}))`;
      if (await tx.ocdsRelease.count({ where: { ocid: item.ocid } })) return;
      await publishRelease(tx, item.ref, tags, latest(...item.dates));
      made++;
    });
  }
  return made;
}

/** Aid receipts and attendance lists for deliveries and sessions recorded before they were made. */
export async function backfillProgramDocuments() {
  let made = 0;
  const deliveries = await db.programDelivery.findMany({
    where: {
      id: {
        notIn: (
          await db.programDocument.findMany({
            where: { deliveryId: { not: null } },
            select: { deliveryId: true },
          })
        ).map((d) => d.deliveryId!),
      },
    },
    select: {
      id: true,
      recordedById: true,
      beneficiary: { select: { program: { select: { opd: { select: { name: true } } } } } },
    },
  });
  const names = new Map(
    (
      await db.user.findMany({
        where: { id: { in: deliveries.map((d) => d.recordedById ?? '-') } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  for (const d of deliveries) {
    const signer =
      (d.recordedById && names.get(d.recordedById)) || `Petugas ${d.beneficiary.program.opd.name}`;
    try {
      await db.$transaction((tx) => issueAidReceipt(tx, d.id, signer));
      made++;
    } catch (error) {
      if (!uniqueClash(error)) throw error;
    }
  }
  const sessions = await db.programSession.findMany({
    where: {
      attendance: { some: {} },
      id: {
        notIn: (
          await db.programDocument.findMany({
            where: { sessionId: { not: null } },
            select: { sessionId: true },
          })
        ).map((d) => d.sessionId!),
      },
    },
    select: { id: true, program: { select: { opd: { select: { name: true } } } } },
  });
  for (const s of sessions) {
    const entry = await db.auditLog.findFirst({
      where: { entityType: 'ProgramSession', entityId: s.id, action: 'program.attendance' },
      orderBy: { at: 'desc' },
      select: { actor: { select: { name: true } } },
    });
    try {
      await db.$transaction(async (tx) => {
        // Serialised per session with a re-check, so two instances starting at once make one list.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`attendance:${s.id}`}))`;
        if (await tx.programDocument.count({ where: { sessionId: s.id } })) return;
        await issueAttendanceList(tx, s.id, entry?.actor?.name ?? `Petugas ${s.program.opd.name}`);
      });
      made++;
    } catch (error) {
      if (!uniqueClash(error)) throw error;
    }
  }
  return made;
}

/** Everything the public record needs before the app serves it. */
export async function backfillPublicRecord() {
  const documents = await backfillDocuments();
  const programDocuments = await backfillProgramDocuments();
  const releases = await backfillReleases();
  return { documents, programDocuments, releases };
}
