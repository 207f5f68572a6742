import 'server-only';
import { formatMonth } from '@/lib/format/labels';
import { unstable_cache } from 'next/cache';
import { db } from '@/lib/server/db';
import { readDb } from '@/lib/server/read-db';
import { Prisma } from '@/lib/generated/prisma/client';
import { spendOrdersSql, spendStatuses, spendValueOf } from './spend';
import { col, type SheetTable } from '@/lib/spreadsheet/table';

export type OpdMonth = {
  opdCode: string;
  opd: string;
  month: string;
  eventsHeld: number;
  eventsWithUmkm: number;
  umkmSpendIdr: number;
  paguIdr: number;
  eventsUpcoming: number;
  paguUpcomingIdr: number;
  umkmSharePct: number | null;
  distinctUmkm: number;
  firstTimeUmkm: number;
};

/**
 * Per OPD per month of the event (WIB): spend with UMKM (lib/procurement/spend.ts, all of it), the
 * events held so far with their pagu and the share of that pagu spent with UMKM, and apart from
 * them the events still to come with their pagu (a future event's pagu would make the month's
 * share look smaller than it is). Also distinct UMKM and UMKM ordered from for the first time.
 * No personal data.
 */
async function loadOpdSpending(opdId?: string): Promise<OpdMonth[]> {
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  const opdFilter = opdId ? Prisma.sql`AND o.id = ${opdId}` : Prisma.empty;
  const rows = await db.$queryRaw<
    {
      opdCode: string;
      opd: string;
      month: string;
      eventsHeld: number;
      eventsWithUmkm: number;
      umkmSpendIdr: bigint;
      heldSpendIdr: bigint;
      paguIdr: bigint;
      eventsUpcoming: number;
      paguUpcomingIdr: bigint;
      distinctUmkm: number;
      firstTimeUmkm: number;
    }[]
  >`
    WITH counted AS (${spendOrdersSql}), first_order AS (
      SELECT "msmeId", min("orderedAt") AS first_at FROM counted GROUP BY "msmeId"
    ), events AS (
      SELECT e.id, e."opdId", to_char(e."startsAt" AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS month, e."paguIdr",
        e.status <> 'CANCELLED' AND e."startsAt" <= ${new Date()}::timestamptz AS held,
        e.status <> 'CANCELLED' AND e."startsAt" > ${new Date()}::timestamptz AS upcoming,
        EXISTS (SELECT 1 FROM counted c WHERE c."eventId" = e.id) AS used_umkm
      FROM "ProcurementEvent" e
    ), spend AS (
      SELECT c."opdId", ev.month, sum(c.spend_idr) AS spend,
        coalesce(sum(c.spend_idr) FILTER (WHERE ev.held), 0) AS held_spend,
        count(DISTINCT c."msmeId")::int AS distinct_umkm,
        count(DISTINCT c."msmeId") FILTER (WHERE c."orderedAt" = f.first_at)::int AS first_time
      FROM counted c JOIN events ev ON ev.id = c."eventId" JOIN first_order f ON f."msmeId" = c."msmeId"
      GROUP BY c."opdId", ev.month
    ), per_month AS (
      SELECT "opdId", month,
        count(*) FILTER (WHERE held)::int AS held,
        count(*) FILTER (WHERE held AND used_umkm)::int AS used,
        coalesce(sum("paguIdr") FILTER (WHERE held), 0) AS pagu,
        count(*) FILTER (WHERE upcoming)::int AS upcoming,
        coalesce(sum("paguIdr") FILTER (WHERE upcoming), 0) AS pagu_upcoming
      FROM events GROUP BY "opdId", month
    )
    SELECT o.code AS "opdCode", o.name AS opd, pm.month, pm.held AS "eventsHeld", pm.used AS "eventsWithUmkm",
      coalesce(s.spend, 0) AS "umkmSpendIdr", coalesce(s.held_spend, 0) AS "heldSpendIdr", pm.pagu AS "paguIdr",
      pm.upcoming AS "eventsUpcoming", pm.pagu_upcoming AS "paguUpcomingIdr",
      coalesce(s.distinct_umkm, 0) AS "distinctUmkm", coalesce(s.first_time, 0) AS "firstTimeUmkm"
    FROM per_month pm JOIN "Opd" o ON o.id = pm."opdId" LEFT JOIN spend s ON s."opdId" = pm."opdId" AND s.month = pm.month
    WHERE (pm.held + pm.upcoming > 0 OR s.spend IS NOT NULL) ${opdFilter}
    ORDER BY pm.month DESC, o.name`;
  return rows.map(({ heldSpendIdr, ...r }) => ({
    ...r,
    umkmSpendIdr: Number(r.umkmSpendIdr),
    paguIdr: Number(r.paguIdr),
    paguUpcomingIdr: Number(r.paguUpcomingIdr),
    umkmSharePct:
      Number(r.paguIdr) > 0 ? Math.round((Number(heldSpendIdr) / Number(r.paguIdr)) * 1000) / 10 : null,
  }));
}

/** The one spend figure for an OPD (or all), the sum of the monthly rows' definition. */
export async function spendWithUmkm(opdId?: string) {
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  const filter = opdId ? Prisma.sql`WHERE c."opdId" = ${opdId}` : Prisma.empty;
  const [row] = await db.$queryRaw<{ total: bigint | null }[]>`
    WITH counted AS (${spendOrdersSql}) SELECT sum(c.spend_idr) AS total FROM counted c ${filter}`;
  return row?.total ?? 0n;
}

/** Public figures, cached for five minutes. */
export const publicOpdSpending = unstable_cache(() => loadOpdSpending(), ['opd-spending'], {
  revalidate: 300,
  tags: ['procurement'],
});
export const opdSpendingFor = (opdId?: string) => loadOpdSpending(opdId);

/** The accountability report for people (Dinas, OPD, council): words for headers, months and shares. */
export function spendingReportRows(rows: OpdMonth[]): SheetTable {
  return {
    sheet: 'Belanja UMKM per bulan',
    title: 'Belanja OPD kepada UMKM per bulan',
    columns: [
      col.id('Kode OPD'),
      col.text('OPD'),
      col.text('Bulan'),
      col.number('Kegiatan'),
      col.number('Kegiatan yang memakai UMKM'),
      col.rupiah('Belanja ke UMKM'),
      col.rupiah('Pagu kegiatan yang sudah berlangsung'),
      col.percent('Porsi UMKM dari pagu'),
      col.number('Kegiatan mendatang'),
      col.rupiah('Pagu kegiatan mendatang'),
      col.number('UMKM berbeda'),
      col.number('UMKM baru pertama kali'),
    ],
    rows: rows.map((r) => [
      r.opdCode,
      r.opd,
      formatMonth(r.month),
      r.eventsHeld,
      r.eventsWithUmkm,
      r.umkmSpendIdr,
      r.paguIdr,
      r.umkmSharePct,
      r.eventsUpcoming,
      r.paguUpcomingIdr,
      r.distinctUmkm,
      r.firstTimeUmkm,
    ]),
  };
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
      'events_upcoming',
      'pagu_upcoming_idr',
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
      r.eventsUpcoming,
      r.paguUpcomingIdr,
      r.distinctUmkm,
      r.firstTimeUmkm,
    ]),
  ];
}

const orderStatusWords: Record<string, string> = {
  DRAFT: 'Draf',
  ORDERED: 'Dipesan, belum diterima UMKM',
  ACCEPTED: 'Diterima UMKM',
  DELIVERED: 'Dikirim',
  INSPECTED: 'Diperiksa',
  HANDED_OVER: 'Serah terima (BAST)',
  PAID: 'Lunas',
  DECLINED: 'Ditolak UMKM',
  CANCELLED: 'Dibatalkan',
};

/** One row per order for the report's second sheet; the totals of "dihitung" rows equal the spend. */
export async function spendingOrderRows(opdId?: string) {
  const orders = await db.procurementOrder.findMany({
    where: { status: { not: 'DRAFT' }, ...(opdId ? { opdId } : {}) },
    orderBy: [{ orderedAt: 'asc' }, { number: 'asc' }],
    select: {
      number: true,
      status: true,
      totalIdr: true,
      acceptedTotalIdr: true,
      orderedAt: true,
      opd: { select: { code: true } },
      event: { select: { name: true, startsAt: true } },
      msme: { select: { name: true, nib: true } },
      payment: { select: { amountIdr: true, ppnIdr: true, pphIdr: true } },
    },
  });
  const month = (d: Date) => formatMonth(new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 7));
  return {
    sheet: 'Pesanan',
    title: 'Pesanan OPD kepada UMKM (satu baris per Surat Pesanan)',
    columns: [
      col.id('Kode OPD'),
      col.id('Nomor Surat Pesanan'),
      col.text('Kegiatan'),
      col.text('Bulan kegiatan'),
      col.date('Tanggal pesan'),
      col.text('UMKM'),
      col.id('NIB'),
      col.text('Status'),
      col.rupiah('Nilai pesanan'),
      col.rupiah('Nilai diterima'),
      col.text('Dihitung sebagai belanja UMKM'),
      col.rupiah('Belanja UMKM'),
      col.rupiah('PPN'),
      col.rupiah('PPh'),
      col.rupiah('Dibayarkan ke UMKM'),
    ],
    rows: orders.map((o) => {
      const counted = (spendStatuses as readonly string[]).includes(o.status);
      return [
        o.opd.code,
        o.number ?? '',
        o.event.name,
        month(o.event.startsAt),
        o.orderedAt,
        o.msme.name,
        o.msme.nib ?? '',
        orderStatusWords[o.status] ?? o.status,
        o.totalIdr,
        o.acceptedTotalIdr,
        counted ? 'Ya' : 'Tidak',
        counted ? spendValueOf(o) : 0,
        o.payment?.ppnIdr ?? null,
        o.payment?.pphIdr ?? null,
        o.payment?.amountIdr ?? null,
      ];
    }),
  } satisfies SheetTable;
}
