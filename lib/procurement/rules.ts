import 'server-only';
import type { Tx } from '@/lib/db/client';
import { env } from '@/lib/server/env';
import { DomainError } from '@/lib/server/action';
import { formatRupiah } from '@/lib/format/money';
import { activeOrderStatuses } from './events';

const DAY = 86_400_000;

/** Whole days between now and the start of delivery: what a UMKM's lead time must fit in. */
export function daysUntil(date: Date, now = new Date()) {
  return Math.floor((date.getTime() - now.getTime()) / DAY);
}

/**
 * The rules an order must pass before it is placed, checked inside the order's transaction with the
 * event row locked (two awards at once cannot both squeeze under the pagu):
 * the UMKM is verified; one order stays under the direct-purchase threshold; the event's awarded
 * total stays within its pagu; the UMKM's capacity and lead time fit the need.
 */
export async function assertOrderAllowed(
  tx: Tx,
  input: {
    eventId: string;
    msmeId: string;
    totalIdr: bigint;
    quantity: number;
    deliveryFrom: Date;
    capacity: number | null;
    leadTimeDays: number;
    stock: number | null;
  },
) {
  const [event] = await tx.$queryRaw<
    { paguIdr: bigint }[]
  >`SELECT "paguIdr" FROM "ProcurementEvent" WHERE id = ${input.eventId} FOR UPDATE`;
  const msme = await tx.msme.findUnique({
    where: { id: input.msmeId },
    select: { status: true, name: true },
  });
  if (!msme || msme.status !== 'VERIFIED')
    throw new DomainError(
      `${msme?.name ?? 'UMKM ini'} belum terverifikasi sebagai UMKM binaan, sehingga tidak dapat menerima pesanan OPD.`,
      undefined,
      422,
    );
  const threshold = BigInt(env.DIRECT_PURCHASE_THRESHOLD_IDR);
  if (input.totalIdr > threshold) {
    throw new DomainError(
      `Nilai pesanan ${formatRupiah(input.totalIdr)} melebihi batas pembelian langsung dari usaha kecil ${formatRupiah(threshold)} per transaksi. Pecah kebutuhan atau gunakan metode pengadaan lain.`,
      undefined,
      422,
    );
  }
  const committed = await tx.procurementOrder.aggregate({
    where: { eventId: input.eventId, status: { in: [...activeOrderStatuses] } },
    _sum: { totalIdr: true },
  });
  const after = (committed._sum.totalIdr ?? 0n) + input.totalIdr;
  if (after > event.paguIdr) {
    throw new DomainError(
      `Total pesanan kegiatan menjadi ${formatRupiah(after)}, melebihi pagu ${formatRupiah(event.paguIdr)}. Sisa pagu: ${formatRupiah(event.paguIdr - (committed._sum.totalIdr ?? 0n))}.`,
      undefined,
      422,
    );
  }
  if (input.stock !== null && input.stock < input.quantity)
    throw new DomainError(
      `Stok ${msme.name} (${input.stock}) tidak cukup untuk ${input.quantity}.`,
      undefined,
      422,
    );
  if (input.capacity !== null && input.capacity < input.quantity)
    throw new DomainError(
      `Kapasitas ${msme.name} ${input.capacity} per hari, kurang dari kebutuhan ${input.quantity}.`,
      undefined,
      422,
    );
  const days = daysUntil(input.deliveryFrom);
  if (input.leadTimeDays > days)
    throw new DomainError(
      `${msme.name} memerlukan ${input.leadTimeDays} hari persiapan; pengantaran ${days < 0 ? 'sudah lewat' : `tinggal ${days} hari lagi`}.`,
      undefined,
      422,
    );
}

/** The next Surat Pesanan number for this OPD and year, e.g. 0007/SP/DISKOMINFO/2026. */
export async function nextOrderNumber(tx: Tx, opdId: string, opdCode: string, year: number) {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "DocumentCounter" ("opdId", kind, year, last) VALUES (${opdId}, 'SURAT_PESANAN', ${year}, 1)
    ON CONFLICT ("opdId", kind, year) DO UPDATE SET last = "DocumentCounter".last + 1 RETURNING last`;
  return `${String(row.last).padStart(4, '0')}/SP/${opdCode}/${year}`;
}
