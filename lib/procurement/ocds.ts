import 'server-only';
import type { Tx } from '@/lib/db/client';
import { env } from '@/lib/server/env';
import { verificationUrl } from './documents';
import { activeOrderStatuses } from './events';

// OCDS 1.1 that tells the whole process (decision 018). A process is an RFQ (invited UMKM quote,
// one is awarded: method "limited") or a direct order from the catalog (method "direct"). Each
// change of stage publishes one release, a full snapshot of the process at that moment, written in
// the step's own transaction into OcdsRelease and never changed (a trigger refuses it). Bids are
// published only with the decision: before it, a quote is sealed.

export type ReleaseTag =
  | 'planning'
  | 'tender'
  | 'tenderUpdate'
  | 'tenderCancellation'
  | 'award'
  | 'awardCancellation'
  | 'contract'
  | 'contractUpdate'
  | 'contractTermination'
  | 'implementation'
  | 'implementationUpdate';

export type ProcessRef = { rfqId: string } | { orderId: string };

export const ocidForRfq = (rfqId: string) => `${env.OCDS_PREFIX}-rfq-${rfqId}`;
export const ocidForDirectOrder = (orderId: string) => `${env.OCDS_PREFIX}-${orderId}`;

// Items are classified in CPC 2.1 (the UN Central Product Classification, in the OCDS codelist),
// which Indonesia's KBKI extends digit for digit; at division level (decision 018).
const cpc = {
  catering: { id: '63', description: 'Accommodation, food and beverage services' },
  food: { id: '23', description: 'Grain mill products, starches and starch products; other food products' },
  beverages: { id: '24', description: 'Beverages' },
  apparel: { id: '28', description: 'Knitted or crocheted fabrics; wearing apparel' },
  printed: { id: '32', description: 'Pulp, paper and paper products; printed matter and related articles' },
  crafts: { id: '38', description: 'Furniture; other transportable goods n.e.c.' },
} as const;
const cpcByCategory: Record<string, (typeof cpc)[keyof typeof cpc]> = {
  katering: cpc.catering,
  'snack-box': cpc.food,
  'oleh-oleh': cpc.food,
  'kopi-minuman': cpc.beverages,
  'makanan-ringan': cpc.food,
  'bumbu-sambal': cpc.food,
  kerajinan: cpc.crafts,
  suvenir: cpc.crafts,
  'fashion-ulos': cpc.apparel,
  'percetakan-atk': cpc.printed,
};
function classificationOf(needKind: string | null, categorySlug: string | null) {
  const code =
    needKind === 'CATERING'
      ? cpc.catering
      : (cpcByCategory[categorySlug ?? ''] ?? (needKind ? cpc.food : cpc.crafts));
  return { scheme: 'CPC', ...code };
}

const iso = (d: Date) => d.toISOString();
const idr = (amount: bigint | number) => ({ amount: Number(amount), currency: 'IDR' });

const orderInclude = {
  msme: { select: { id: true, name: true, nib: true, kecamatan: { select: { name: true } } } },
  items: {
    orderBy: { id: 'asc' as const },
    include: { product: { select: { category: { select: { slug: true } } } } },
  },
  documents: {
    where: { isCurrent: true },
    orderBy: { createdAt: 'asc' as const },
    select: { kind: true, number: true, issuedAt: true, createdAt: true, verificationCode: true },
  },
  payment: { select: { id: true, paidAt: true, amountIdr: true, grossIdr: true } },
  need: {
    select: {
      kind: true,
      description: true,
      quantity: true,
      unit: true,
      deliveryFrom: true,
      deliveryTo: true,
      categoryId: true,
    },
  },
};

async function categorySlug(tx: Tx, id: string | null) {
  if (!id) return null;
  return (await tx.category.findUnique({ where: { id }, select: { slug: true } }))?.slug ?? null;
}

async function loadProcess(tx: Tx, ref: ProcessRef) {
  const eventSelect = {
    id: true,
    name: true,
    paguIdr: true,
    budgetSource: true,
    activityCode: true,
    opd: { select: { id: true, code: true, name: true, npwp: true, address: true } },
  };
  if ('rfqId' in ref) {
    const rfq = await tx.rfq.findUniqueOrThrow({
      where: { id: ref.rfqId },
      include: {
        event: { select: eventSelect },
        need: { select: orderInclude.need.select },
        invitations: { select: { msmeId: true } },
        quotes: {
          orderBy: { submittedAt: 'asc' },
          include: { msme: { select: orderInclude.msme.select }, order: { include: orderInclude } },
        },
      },
    });
    const order = rfq.quotes.find((q) => q.order)?.order ?? null;
    const needCategory = await categorySlug(tx, rfq.need.categoryId);
    return { ocid: ocidForRfq(rfq.id), event: rfq.event, need: rfq.need, needCategory, rfq, order };
  }
  const order = await tx.procurementOrder.findUniqueOrThrow({
    where: { id: ref.orderId },
    include: { ...orderInclude, event: { select: eventSelect } },
  });
  const needCategory = await categorySlug(tx, order.need?.categoryId ?? null);
  return {
    ocid: ocidForDirectOrder(order.id),
    event: order.event,
    need: order.need,
    needCategory,
    rfq: null,
    order,
  };
}
type Process = Awaited<ReturnType<typeof loadProcess>>;
type OrderOf = NonNullable<Process['order']>;
type Msme = OrderOf['msme'];

function buyerParty(opd: Process['event']['opd']) {
  return {
    id: `MDN-OPD-${opd.code}`,
    name: opd.name,
    identifier: { scheme: 'X-PEMKOMEDAN-OPD', id: opd.code, legalName: `${opd.name} Kota Medan` },
    ...(opd.npwp ? { additionalIdentifiers: [{ scheme: 'ID-NPWP', id: opd.npwp }] } : {}),
    address: { streetAddress: opd.address ?? undefined, region: 'Kota Medan', countryName: 'Indonesia' },
    roles: ['buyer', 'procuringEntity', 'payer'],
  };
}
const supplierId = (m: Msme) => (m.nib ? `ID-NIB-${m.nib}` : `MDN-UMKM-${m.id}`);
const supplierRef = (m: Msme) => ({ id: supplierId(m), name: m.name });
function supplierParty(m: Msme, roles: string[]) {
  return {
    ...supplierRef(m),
    identifier: m.nib
      ? { scheme: 'ID-NIB', id: m.nib, legalName: m.name }
      : { scheme: 'X-ETALASE-UMKM', id: m.id },
    address: { locality: m.kecamatan?.name ?? 'Medan', region: 'Kota Medan', countryName: 'Indonesia' },
    roles,
  };
}

const documentMeta = {
  SURAT_PESANAN: { documentType: 'contractSigned', title: 'Surat Pesanan' },
  DELIVERY_CHECK: { documentType: 'physicalProgressReport', title: 'Berita Acara Pemeriksaan Barang' },
  BAST: { documentType: 'completionCertificate', title: 'Berita Acara Serah Terima' },
  PAYMENT_RECORD: { documentType: 'financialProgressReport', title: 'Bukti Pembayaran' },
} as const;

function itemsOf(order: OrderOf | null, process: Process) {
  if (order)
    return order.items.map((i, n) => ({
      id: String(n + 1),
      description: i.description,
      classification: classificationOf(
        process.need?.kind ?? null,
        i.product?.category?.slug ?? process.needCategory,
      ),
      quantity: i.quantity,
      unit: { name: i.unit, value: idr(i.unitPriceIdr) },
    }));
  const need = process.need!;
  return [
    {
      id: '1',
      description: need.description,
      classification: classificationOf(need.kind, process.needCategory),
      quantity: need.quantity,
      unit: { name: need.unit },
    },
  ];
}

const statusOfContract = (order: OrderOf) =>
  order.status === 'ORDERED'
    ? 'pending'
    : order.status === 'PAID'
      ? 'terminated'
      : order.status === 'DECLINED' || order.status === 'CANCELLED'
        ? 'cancelled'
        : 'active';

function contractOf(order: OrderOf, process: Process, buyer: { id: string; name: string }) {
  const awardId = `${order.number}-A1`;
  const value = idr(order.acceptedTotalIdr ?? order.totalIdr);
  const milestones = [
    order.deliveredAt && {
      id: `${order.number}-M1`,
      title: 'Pengiriman barang/jasa',
      type: 'delivery',
      status: 'met',
      dateMet: iso(order.deliveredAt),
    },
    order.inspectedAt && {
      id: `${order.number}-M2`,
      title: 'Pemeriksaan oleh pemeriksa OPD',
      type: 'assessment',
      status: 'met',
      dateMet: iso(order.inspectedAt),
    },
    order.handedOverAt && {
      id: `${order.number}-M3`,
      title: 'Serah terima (BAST)',
      type: 'delivery',
      status: 'met',
      dateMet: iso(order.handedOverAt),
    },
  ].filter(Boolean);
  return {
    id: `${order.number}-C1`,
    awardID: awardId,
    title: `Surat Pesanan ${order.number}`,
    status: statusOfContract(order),
    value,
    ...(process.need
      ? { period: { startDate: iso(process.need.deliveryFrom), endDate: iso(process.need.deliveryTo) } }
      : {}),
    ...(order.acceptedAt ? { dateSigned: iso(order.acceptedAt) } : {}),
    items: itemsOf(order, process),
    documents: order.documents.map((d) => ({
      id: `${order.number}-${d.kind}`,
      ...documentMeta[d.kind],
      title: `${documentMeta[d.kind].title} ${d.number}`,
      datePublished: iso(d.issuedAt ?? d.createdAt),
      format: 'application/pdf',
      language: 'id',
      ...(d.verificationCode ? { url: verificationUrl(d.verificationCode) } : {}),
    })),
    ...(milestones.length ? { milestones } : {}),
    ...(order.payment
      ? {
          implementation: {
            transactions: [
              {
                id: `${order.number}-P1`,
                source: 'https://medan.go.id',
                date: iso(order.payment.paidAt),
                value: idr(order.payment.amountIdr),
                payer: buyer,
                payee: supplierRef(order.msme),
              },
            ],
          },
        }
      : {}),
  };
}

/** The process as one OCDS release at this moment (a full snapshot). */
function releaseBody(
  process: Process,
  releaseId: string,
  date: Date,
  tag: ReleaseTag[],
  headroomIdr: bigint | null,
) {
  const { event, rfq, order } = process;
  const buyerFull = buyerParty(event.opd);
  const buyer = { id: buyerFull.id, name: buyerFull.name };
  // Quotes are sealed until the OPD decides: published with the award (or a cancellation).
  const decided = !rfq || rfq.status !== 'OPEN';
  const quotes = rfq && decided ? rfq.quotes : [];
  const parties = new Map<string, ReturnType<typeof supplierParty>>();
  for (const q of quotes) parties.set(supplierId(q.msme), supplierParty(q.msme, ['tenderer']));
  if (order) {
    const winner = parties.get(supplierId(order.msme)) ?? supplierParty(order.msme, []);
    const roles = new Set([...winner.roles, 'supplier', 'payee']);
    parties.set(supplierId(order.msme), { ...winner, roles: [...roles] });
  }
  const tenderStatus = rfq
    ? rfq.status === 'CANCELLED'
      ? 'cancelled'
      : rfq.status === 'AWARDED'
        ? 'complete'
        : 'active'
    : 'complete';
  const tender = {
    id: rfq ? `RFQ-${rfq.id}` : `${order!.number}-T`,
    title: process.need ? `${event.name}: ${process.need.description}` : event.name,
    status: tenderStatus,
    procurementMethod: rfq ? 'limited' : 'direct',
    procurementMethodDetails: rfq
      ? 'Pengadaan Langsung: permintaan penawaran kepada UMKM yang diundang'
      : 'Pengadaan Langsung: pembelian dari katalog UMKM tanpa permintaan penawaran',
    mainProcurementCategory: process.need?.kind === 'CATERING' ? 'services' : 'goods',
    items: itemsOf(rfq ? null : order, process),
    value: idr(rfq ? (headroomIdr ?? event.paguIdr) : order!.totalIdr),
    ...(rfq ? { tenderPeriod: { startDate: iso(rfq.createdAt), endDate: iso(rfq.deadline) } } : {}),
    ...(rfq ? { numberOfTenderers: quotes.length, tenderers: quotes.map((q) => supplierRef(q.msme)) } : {}),
    procuringEntity: buyer,
  };
  return {
    ocid: process.ocid,
    id: releaseId,
    date: iso(date),
    tag,
    initiationType: 'tender',
    language: 'id',
    parties: [buyerFull, ...parties.values()],
    buyer,
    planning: {
      budget: {
        id: event.activityCode ?? event.id,
        description: `Pagu kegiatan "${event.name}", sumber ${event.budgetSource.replace('_', '-')}${event.activityCode ? `, kode kegiatan ${event.activityCode}` : ''}`,
        amount: idr(event.paguIdr),
        project: event.name,
      },
    },
    tender,
    ...(rfq && decided
      ? {
          bids: {
            statistics: [
              { id: '1', measure: 'requests', value: rfq.invitations.length },
              { id: '2', measure: 'bids', value: quotes.length },
              { id: '3', measure: 'smeBids', value: quotes.length },
            ],
            details: quotes.map((q) => ({
              id: `BID-${q.id}`,
              date: iso(q.submittedAt),
              status: 'valid',
              tenderers: [supplierRef(q.msme)],
              value: idr(q.totalIdr),
            })),
          },
        }
      : {}),
    ...(order
      ? {
          awards: [
            {
              id: `${order.number}-A1`,
              title: `Penetapan penyedia: ${order.msme.name}`,
              status: order.status === 'DECLINED' || order.status === 'CANCELLED' ? 'cancelled' : 'active',
              date: iso(order.orderedAt ?? order.createdAt),
              value: idr(order.totalIdr),
              suppliers: [supplierRef(order.msme)],
              items: itemsOf(order, process),
              ...(order.quoteId ? { relatedBid: `BID-${order.quoteId}` } : {}),
            },
          ],
          contracts: [contractOf(order, process, buyer)],
        }
      : {}),
  };
}

/** Upper estimate for an RFQ: what the event's pagu still had free when it was sent. */
async function headroomOf(tx: Tx, process: Process) {
  if (!process.rfq) return null;
  const committed = await tx.procurementOrder.aggregate({
    where: {
      eventId: process.event.id,
      status: { in: [...activeOrderStatuses] },
      ...(process.order ? { id: { not: process.order.id } } : {}),
    },
    _sum: { totalIdr: true },
  });
  const headroom = process.event.paguIdr - (committed._sum.totalIdr ?? 0n);
  return headroom > 0n ? headroom : 0n;
}

/** The process an order belongs to: its RFQ when it was awarded from one. */
export async function processOfOrder(tx: Tx, orderId: string): Promise<ProcessRef> {
  const order = await tx.procurementOrder.findUniqueOrThrow({
    where: { id: orderId },
    select: { quote: { select: { rfqId: true } } },
  });
  return order.quote ? { rfqId: order.quote.rfqId } : { orderId };
}

/**
 * Publishes the process's new stage inside the step's transaction: a new release id every time
 * (`{ocid}-{n}`), serialised per process so two steps at once cannot take the same number.
 */
export async function publishRelease(tx: Tx, ref: ProcessRef, tag: ReleaseTag[], date = new Date()) {
  const process = await loadProcess(tx, ref);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${process.ocid}))`;
  const count = await tx.ocdsRelease.count({ where: { ocid: process.ocid } });
  const releaseId = `${process.ocid}-${String(count + 1).padStart(2, '0')}`;
  const headroom = await headroomOf(tx, process);
  const body = JSON.parse(JSON.stringify(releaseBody(process, releaseId, date, tag, headroom)));
  await tx.ocdsRelease.create({ data: { releaseId, ocid: process.ocid, date, tags: tag, body } });
  return releaseId;
}

/** Which stages a process has reached by now: the tags of a first, catching-up release. */
export function tagsReached(process: {
  rfqStatus?: string | null;
  orderStatus?: string | null;
  paid: boolean;
  delivered: boolean;
}): ReleaseTag[] {
  const tags: ReleaseTag[] = ['planning', 'tender'];
  if (process.rfqStatus === 'CANCELLED') tags.push('tenderCancellation');
  if (process.orderStatus) {
    tags.push('award', 'contract');
    if (process.orderStatus === 'DECLINED' || process.orderStatus === 'CANCELLED')
      tags.push('awardCancellation', 'contractTermination');
    if (process.delivered) tags.push('implementation');
    if (process.paid) tags.push('contractTermination');
  }
  return [...new Set(tags)];
}
