import 'server-only';
import { formatMonth, formatPercent } from '@/lib/format/labels';
import { unstable_cache } from 'next/cache';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { Prisma } from '@/lib/generated/prisma/client';

export type OpdMonth = {
  opdCode: string;
  opd: string;
  month: string;
  eventsHeld: number;
  eventsWithUmkm: number;
  umkmSpendIdr: number;
  paguIdr: number;
  umkmSharePct: number | null;
  distinctUmkm: number;
  firstTimeUmkm: number;
};

/**
 * Per OPD per month (WIB): events held, events that ordered from UMKM, spend with UMKM against the
 * events' pagu, distinct UMKM and UMKM ordered from for the first time. Counts orders accepted
 * onwards (placed and not declined or cancelled). No personal data.
 */
async function loadOpdSpending(opdId?: string): Promise<OpdMonth[]> {
  const opdFilter = opdId ? Prisma.sql`AND o.id = ${opdId}` : Prisma.empty;
  const rows = await db.$queryRaw<
    {
      opdCode: string;
      opd: string;
      month: string;
      eventsHeld: number;
      eventsWithUmkm: number;
      umkmSpendIdr: bigint;
      paguIdr: bigint;
      distinctUmkm: number;
      firstTimeUmkm: number;
    }[]
  >`
    WITH active AS (
      SELECT po.* FROM "ProcurementOrder" po WHERE po.status IN ('ORDERED','ACCEPTED','DELIVERED','HANDED_OVER','PAID')
    ), first_order AS (
      SELECT "msmeId", min("orderedAt") AS first_at FROM active GROUP BY "msmeId"
    ), events AS (
      SELECT e.id, e."opdId", to_char(e."startsAt" AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS month, e."paguIdr",
        EXISTS (SELECT 1 FROM active a WHERE a."eventId" = e.id) AS used_umkm
      FROM "ProcurementEvent" e WHERE e.status <> 'CANCELLED'
    ), spend AS (
      SELECT a."opdId", to_char(ev."startsAt" AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS month, sum(a."totalIdr") AS spend,
        count(DISTINCT a."msmeId")::int AS distinct_umkm,
        count(DISTINCT a."msmeId") FILTER (WHERE a."orderedAt" = f.first_at)::int AS first_time
      FROM active a JOIN "ProcurementEvent" ev ON ev.id = a."eventId" JOIN first_order f ON f."msmeId" = a."msmeId"
      GROUP BY a."opdId", 2
    ), per_month AS (
      SELECT "opdId", month, count(*)::int AS held, count(*) FILTER (WHERE used_umkm)::int AS used, sum("paguIdr") AS pagu FROM events GROUP BY "opdId", month
    )
    SELECT o.code AS "opdCode", o.name AS opd, pm.month, pm.held AS "eventsHeld", pm.used AS "eventsWithUmkm",
      coalesce(s.spend, 0) AS "umkmSpendIdr", pm.pagu AS "paguIdr", coalesce(s.distinct_umkm, 0) AS "distinctUmkm", coalesce(s.first_time, 0) AS "firstTimeUmkm"
    FROM per_month pm JOIN "Opd" o ON o.id = pm."opdId" LEFT JOIN spend s ON s."opdId" = pm."opdId" AND s.month = pm.month
    WHERE true ${opdFilter}
    ORDER BY pm.month DESC, o.name`;
  return rows.map((r) => ({
    ...r,
    umkmSpendIdr: Number(r.umkmSpendIdr),
    paguIdr: Number(r.paguIdr),
    umkmSharePct:
      Number(r.paguIdr) > 0 ? Math.round((Number(r.umkmSpendIdr) / Number(r.paguIdr)) * 1000) / 10 : null,
  }));
}

/** Public figures, cached for five minutes. */
export const publicOpdSpending = unstable_cache(() => loadOpdSpending(), ['opd-spending'], {
  revalidate: 300,
  tags: ['procurement'],
});
export const opdSpendingFor = (opdId?: string) => loadOpdSpending(opdId);

/** The accountability report for people (Dinas, OPD, council): words for headers, months and shares. */
export function spendingReportRows(rows: OpdMonth[]) {
  return [
    [
      'Kode OPD',
      'OPD',
      'Bulan',
      'Kegiatan',
      'Kegiatan yang memakai UMKM',
      'Belanja ke UMKM (Rp)',
      'Pagu (Rp)',
      'Porsi UMKM dari pagu',
      'UMKM berbeda',
      'UMKM baru pertama kali',
    ],
    ...rows.map((r) => [
      r.opdCode,
      r.opd,
      formatMonth(r.month),
      r.eventsHeld,
      r.eventsWithUmkm,
      r.umkmSpendIdr,
      r.paguIdr,
      formatPercent(r.umkmSharePct),
      r.distinctUmkm,
      r.firstTimeUmkm,
    ]),
  ];
}

/** The same figures as open data (machine-readable column names, ISO months). */
export function spendingCsvRows(rows: OpdMonth[]) {
  return [
    [
      'opd_code',
      'opd',
      'month',
      'events_held',
      'events_with_umkm',
      'umkm_spend_idr',
      'pagu_idr',
      'umkm_share_pct',
      'distinct_umkm',
      'first_time_umkm',
    ],
    ...rows.map((r) => [
      r.opdCode,
      r.opd,
      r.month,
      r.eventsHeld,
      r.eventsWithUmkm,
      r.umkmSpendIdr,
      r.paguIdr,
      r.umkmSharePct ?? '',
      r.distinctUmkm,
      r.firstTimeUmkm,
    ]),
  ];
}

/** Completed procurements (handed over or paid) as an OCDS 1.1 release package. */
export async function ocdsReleasePackage(baseUrl: string) {
  const orders = await db.procurementOrder.findMany({
    where: { status: { in: ['HANDED_OVER', 'PAID'] } },
    orderBy: { orderedAt: 'asc' },
    take: 5000,
    include: {
      opd: { select: { code: true, name: true } },
      event: { select: { name: true } },
      msme: { select: { id: true, name: true, nib: true, kecamatan: { select: { name: true } } } },
      items: true,
      documents: { select: { id: true, kind: true, number: true, createdAt: true } },
      payment: { select: { paidAt: true, amountIdr: true } },
    },
  });
  const iso = (d: Date) => d.toISOString();
  const releases = orders.map((o) => {
    const ocid = `${env.OCDS_PREFIX}-${o.id}`;
    const date = o.paidAt ?? o.handedOverAt ?? o.orderedAt ?? o.createdAt;
    const buyer = { id: `MDN-OPD-${o.opd.code}`, name: o.opd.name };
    const supplierId = o.msme.nib ? `ID-NIB-${o.msme.nib}` : `MDN-UMKM-${o.msme.id}`;
    const supplier = { id: supplierId, name: o.msme.name };
    const value = { amount: Number(o.totalIdr), currency: 'IDR' };
    const bast = o.documents.find((d) => d.kind === 'BAST');
    return {
      ocid,
      id: `${ocid}-${iso(date)}`,
      date: iso(date),
      tag: ['award', 'contract', ...(o.status === 'PAID' ? ['implementation'] : [])],
      initiationType: 'tender',
      language: 'id',
      parties: [
        {
          ...buyer,
          roles: ['buyer', 'procuringEntity'],
          address: { region: 'Kota Medan', countryName: 'Indonesia' },
        },
        {
          ...supplier,
          roles: ['supplier'],
          ...(o.msme.nib ? { identifier: { scheme: 'ID-NIB', id: o.msme.nib } } : {}),
          address: {
            locality: o.msme.kecamatan?.name ?? 'Medan',
            region: 'Kota Medan',
            countryName: 'Indonesia',
          },
        },
      ],
      buyer,
      tender: {
        id: o.number!,
        title: o.event.name,
        status: 'complete',
        procurementMethod: 'direct',
        procurementMethodDetails: o.quoteId
          ? 'Pengadaan langsung dengan permintaan penawaran ke UMKM'
          : 'Pembelian langsung dari katalog UMKM',
        mainProcurementCategory: 'goods',
        items: o.items.map((i, n) => ({
          id: String(n + 1),
          description: i.description,
          quantity: i.quantity,
          unit: { name: i.unit, value: { amount: i.unitPriceIdr, currency: 'IDR' } },
        })),
      },
      awards: [
        {
          id: `${o.number}-A1`,
          status: 'active',
          date: iso(o.orderedAt ?? o.createdAt),
          value,
          suppliers: [supplier],
        },
      ],
      contracts: [
        {
          id: `${o.number}-C1`,
          awardID: `${o.number}-A1`,
          title: `Surat Pesanan ${o.number}`,
          status: o.status === 'PAID' ? 'terminated' : 'active',
          value,
          dateSigned: iso(o.orderedAt ?? o.createdAt),
          documents: [
            {
              id: `${o.number}-SP`,
              documentType: 'contractSigned',
              title: `Surat Pesanan ${o.number}`,
              format: 'application/pdf',
            },
            ...(bast
              ? [
                  {
                    id: `${o.number}-BAST`,
                    documentType: 'completionCertificate',
                    title: `Berita Acara Serah Terima ${bast.number}`,
                    datePublished: iso(bast.createdAt),
                    format: 'application/pdf',
                  },
                ]
              : []),
          ],
          ...(o.payment
            ? {
                implementation: {
                  transactions: [
                    {
                      id: `${o.number}-P1`,
                      source: 'https://medan.go.id',
                      date: iso(o.payment.paidAt),
                      value: { amount: Number(o.payment.amountIdr), currency: 'IDR' },
                      payer: buyer,
                      payee: supplier,
                    },
                  ],
                },
              }
            : {}),
        },
      ],
    };
  });
  return {
    uri: `${baseUrl}/api/v1/ocds/release-package`,
    version: '1.1',
    publishedDate: new Date().toISOString(),
    publisher: {
      name: 'Pemerintah Kota Medan — Dinas Koperasi, UKM, Perindustrian dan Perdagangan',
      uri: baseUrl,
    },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    publicationPolicy: `${baseUrl}/transparansi`,
    releases,
  };
}
