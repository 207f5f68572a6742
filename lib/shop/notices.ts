import 'server-only';
import type { Tx } from '@/lib/db/client';
import { formatRupiah } from '@/lib/format/money';
import { notifyMsme, notifyUsers } from '@/lib/notify/notify';

/** Each UMKM of a checkout hears of its new order (after payment, for a card checkout). */
export async function noticeShopOrdersPlaced(tx: Tx, checkoutId: string) {
  const orders = await tx.shopOrder.findMany({
    where: { checkoutId },
    select: {
      id: true,
      number: true,
      msmeId: true,
      totalIdr: true,
      items: { select: { name: true, quantity: true } },
    },
  });
  for (const o of orders)
    await notifyMsme(tx, o.msmeId, {
      kind: 'shop.placed',
      params: {
        number: o.number,
        items: o.items.map((i) => `${i.quantity}× ${i.name}`).join(', '),
        total: formatRupiah(o.totalIdr),
      },
      link: '/umkm/pesanan',
      key: `shop:${o.id}:placed`,
    });
}

const statusWords: Record<string, [string, string]> = {
  confirm: ['dikonfirmasi penjual', 'confirmed by the seller'],
  'payment-received': ['transfer diterima penjual', 'transfer received by the seller'],
  'card-paid': ['dibayar dengan kartu, diteruskan ke penjual', 'paid by card, passed on to the seller'],
  ship: ['dikirim / siap diambil', 'shipped / ready for pickup'],
  done: ['selesai', 'completed'],
  cancel: ['dibatalkan penjual', 'cancelled by the seller'],
  release: [
    'dibatalkan: transfer tidak diterima sampai batas waktu',
    'cancelled: no transfer by the deadline',
  ],
};

/** The buyer hears of each change to its order. */
export async function noticeShopStatus(tx: Tx, orderId: string, change: string) {
  const order = await tx.shopOrder.findUniqueOrThrow({
    where: { id: orderId },
    select: { number: true, buyerUserId: true, msme: { select: { name: true } } },
  });
  const [id, en] = statusWords[change] ?? [change, change];
  await notifyUsers(tx, [order.buyerUserId], {
    kind: 'shop.status',
    params: { number: order.number, msme: order.msme.name, status: id, statusEn: en },
    link: `/akun/pesanan/${orderId}`,
    key: `shop:${orderId}:${change}`,
  });
}
