import 'server-only';
import type { Tx } from '@/lib/db/client';
import { env } from '@/lib/server/env';
import { DomainError } from '@/lib/server/action';
import { formatRupiah } from '@/lib/format/money';
import { activeOrderStatuses } from './events';
import { daysBeforeDelivery, fitProblem, type FitProduct } from './fit';

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
    /** The need ordered for: with every order for it, and for the same item in the event, one package. */
    need: { id: string; description: string; unit: string };
    productId: string | null;
    msmeId: string;
    totalIdr: bigint;
    quantity: number;
    deliveryFrom: Date;
    /** The product judged for capacity, lead time and stock (null: the UMKM sells nothing that fits). */
    product: FitProduct | null;
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
      `Nilai pesanan ${formatRupiah(input.totalIdr)} melebihi batas pembelian langsung dari usaha kecil ${formatRupiah(threshold)}. Gunakan metode pengadaan lain; memecah paket untuk menghindarinya dilarang (Perpres 16/2018 jo. 12/2021 Pasal 20).`,
      undefined,
      422,
    );
  }
  // One package (docs/decisions/013): every active order for this need, for another need of the
  // event with the same description and unit, or for the same product in the event. The event row
  // is locked above, so two orders cannot each slip under the threshold at once.
  const [ordered] = await tx.$queryRaw<{ total: bigint }[]>`
    SELECT COALESCE(SUM(o."totalIdr"), 0)::bigint AS total
    FROM "ProcurementOrder" o LEFT JOIN "EventNeed" n ON n.id = o."needId"
    WHERE o."eventId" = ${input.eventId}
      AND o.status::text = ANY(${[...activeOrderStatuses]})
      AND (o."needId" = ${input.need.id}
        OR (lower(btrim(n.description)) = lower(btrim(${input.need.description})) AND lower(n.unit) = lower(${input.need.unit}))
        OR EXISTS (SELECT 1 FROM "ProcurementOrderItem" i WHERE i."orderId" = o.id AND i."productId" = ${input.productId}))`;
  const packageTotal = ordered.total + input.totalIdr;
  if (ordered.total > 0n && packageTotal > threshold) {
    throw new DomainError(
      `Bersama pesanan sebelumnya untuk kebutuhan yang sama (${formatRupiah(ordered.total)}), paket ini menjadi ${formatRupiah(packageTotal)}, melebihi batas pembelian langsung ${formatRupiah(threshold)}. Memecah paket untuk menghindari metode pengadaan dilarang (Perpres 16/2018 jo. 12/2021 Pasal 20); gunakan metode pengadaan lain untuk sisanya.`,
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
  const problem = input.product
    ? fitProblem(input.product, input.quantity, daysBeforeDelivery(input.deliveryFrom))
    : { rule: 'relevance', text: 'tidak menjual barang yang sesuai kebutuhan ini' };
  if (problem)
    throw new DomainError(
      `${msme.name} tidak sanggup memenuhi kebutuhan ini: ${problem.text}.`,
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
