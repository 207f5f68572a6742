import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { spendWithUmkm } from '@/lib/procurement/transparency';
import { spendOrdersSql, spendStatuses } from '@/lib/procurement/spend';

export async function dinasOverview(actor: Actor | null) {
  authorize(actor, ['DINAS_ADMIN']);
  const [byStatus, published, opdOrders, spend] = await Promise.all([
    db.msme.groupBy({ by: ['status'], _count: { _all: true } }),
    db.product.count({ where: { status: 'PUBLISHED', msme: { status: 'VERIFIED' } } }),
    db.procurementOrder.count({ where: { status: { notIn: ['DRAFT', 'CANCELLED', 'DECLINED'] } } }),
    spendWithUmkm(),
  ]);
  const count = (status: string) => byStatus.find((s) => s.status === status)?._count._all ?? 0;
  return {
    verified: count('VERIFIED'),
    submitted: count('SUBMITTED'),
    needsChanges: count('NEEDS_CHANGES'),
    drafts: count('DRAFT'),
    suspended: count('SUSPENDED'),
    /** every status in the order a registration moves through them, for the chart by status */
    byStatus: (['DRAFT', 'SUBMITTED', 'NEEDS_CHANGES', 'VERIFIED', 'SUSPENDED'] as const).map((status) => ({
      status,
      count: count(status),
    })),
    publishedProducts: published,
    opdOrders,
    spendIdr: spend,
  };
}

export async function opdOverview(actor: Actor | null) {
  const staff = authorize(actor, ['OPD_STAFF']);
  if (!staff.opdId) return null;
  const where = { opdId: staff.opdId };
  const [opd, events, orders, spend, msmes] = await Promise.all([
    db.opd.findUnique({ where: { id: staff.opdId }, select: { name: true } }),
    db.procurementEvent.count({ where }),
    db.procurementOrder.groupBy({ by: ['status'], where, _count: { _all: true } }),
    spendWithUmkm(staff.opdId),
    db.procurementOrder.findMany({
      where: { ...where, status: { in: [...spendStatuses] } },
      distinct: ['msmeId'],
      select: { msmeId: true },
    }),
  ]);
  return {
    opdName: opd?.name ?? '',
    events,
    ordersByStatus: Object.fromEntries(orders.map((o) => [o.status, o._count._all])),
    spendIdr: spend,
    distinctMsmes: msmes.length,
  };
}

export async function msmeOwnerOverview(actor: Actor | null) {
  const owner = authorize(actor, ['MSME_OWNER']);
  const msme = await db.msme.findUnique({
    where: { ownerUserId: owner.id },
    select: {
      id: true,
      name: true,
      status: true,
      reviewNote: true,
      nib: true,
      nikLast4: true,
      kecamatanCode: true,
      kelurahanCode: true,
      address: true,
      whatsapp: true,
      kbli: true,
      yearFounded: true,
      employees: true,
      bankAccountLast4: true,
      description: true,
      _count: { select: { certifications: true, photos: true } },
    },
  });
  if (!msme) return null;
  const [products, procurementOrders, shopOrders] = await Promise.all([
    db.product.groupBy({ by: ['status'], where: { msmeId: msme.id }, _count: { _all: true } }),
    db.procurementOrder.count({ where: { msmeId: msme.id, status: { in: ['ORDERED', 'ACCEPTED'] } } }),
    db.shopOrder.count({ where: { msmeId: msme.id, status: { in: ['PLACED', 'CONFIRMED'] } } }),
  ]);
  const checks = [
    msme.nib,
    msme.nikLast4,
    msme.kecamatanCode,
    msme.kelurahanCode,
    msme.address,
    msme.whatsapp,
    msme.kbli,
    msme.yearFounded,
    msme.employees,
    msme.bankAccountLast4,
    msme.description,
    msme._count.certifications,
    msme._count.photos,
  ];
  return {
    id: msme.id,
    name: msme.name,
    status: msme.status,
    reviewNote: msme.reviewNote,
    completeness: Math.round((checks.filter(Boolean).length / checks.length) * 100),
    productsByStatus: Object.fromEntries(products.map((p) => [p.status, p._count._all])),
    openOpdOrders: procurementOrders,
    openShopOrders: shopOrders,
  };
}

/**
 * The Dinas dashboard's figures over time and place: registrations (submitted) and verifications per
 * WIB month for the last twelve months, and per kecamatan the registered and verified UMKM.
 */
export async function dinasTrends(actor: Actor | null) {
  authorize(actor, ['DINAS_ADMIN']);
  const [months, places, kecamatan, spend] = await Promise.all([
    db.$queryRaw<{ month: string; registered: number; verified: number }[]>`
      WITH m AS (
        SELECT to_char(d, 'YYYY-MM') AS month FROM generate_series(
          date_trunc('month', ${new Date()}::timestamptz AT TIME ZONE 'Asia/Jakarta') - interval '11 months',
          date_trunc('month', ${new Date()}::timestamptz AT TIME ZONE 'Asia/Jakarta'), interval '1 month') d
      ), wib AS (
        SELECT to_char(("submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS submitted,
               to_char(("verifiedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS verified
        FROM "Msme"
      )
      SELECT m.month,
        (SELECT count(*)::int FROM wib WHERE wib.submitted = m.month) AS registered,
        (SELECT count(*)::int FROM wib WHERE wib.verified = m.month) AS verified
      FROM m ORDER BY m.month`,
    db.msme.groupBy({
      by: ['kecamatanCode', 'status'],
      where: { status: { not: 'DRAFT' } },
      _count: { _all: true },
    }),
    db.kecamatan.findMany({ orderBy: { name: 'asc' }, select: { code: true, name: true } }),
    // The one spend figure (lib/procurement/spend.ts), by where the UMKM is.
    db.$queryRaw<{ code: string | null; spend: bigint }[]>`
      SELECT m."kecamatanCode" AS code, sum(c.spend_idr)::bigint AS spend
      FROM (${spendOrdersSql}) c JOIN "Msme" m ON m.id = c."msmeId" GROUP BY 1`,
  ]);
  const byKecamatan = kecamatan.map((k) => {
    const mine = places.filter((p) => p.kecamatanCode === k.code);
    const registered = mine.reduce((n, p) => n + p._count._all, 0);
    const verified = mine.filter((p) => p.status === 'VERIFIED').reduce((n, p) => n + p._count._all, 0);
    const spendIdr = Number(spend.find((r) => r.code === k.code)?.spend ?? 0n);
    return { code: k.code, name: k.name, registered, verified, spendIdr };
  });
  return { months, byKecamatan };
}
