// "Spend with UMKM", defined once (#19): every order its UMKM accepted and that was not declined or
// cancelled, at the value accepted at inspection once inspected, else as ordered. A Surat Pesanan
// the UMKM has not accepted yet is a commitment against the pagu, not spend. The OPD dashboard, the
// monthly report, /transparansi, the transparency API and OCDS all read it from here; a test
// compares them (tests/spend.test.ts). Decision 015.
import { Prisma } from '@/lib/generated/prisma/client';

export const spendStatuses = ['ACCEPTED', 'DELIVERED', 'INSPECTED', 'HANDED_OVER', 'PAID'] as const;

/** SQL: the orders that count, as alias `po`. */
export const spendOrdersSql = Prisma.sql`SELECT po.*, coalesce(po."acceptedTotalIdr", po."totalIdr") AS spend_idr
  FROM "ProcurementOrder" po
  WHERE po.status IN ('ACCEPTED', 'DELIVERED', 'INSPECTED', 'HANDED_OVER', 'PAID')`;

/** The value an order counts for. */
export const spendValueOf = (order: { acceptedTotalIdr: bigint | null; totalIdr: bigint }) =>
  order.acceptedTotalIdr ?? order.totalIdr;

export const countsAsSpend = (status: string) => (spendStatuses as readonly string[]).includes(status);
