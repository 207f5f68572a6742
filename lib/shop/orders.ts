import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import type { ShopOrderStatus } from '@/lib/generated/prisma/enums';
import { expireCatalog } from '@/lib/catalog/cache-tags';
import { shopOrderActionSchema } from './schema';
import { restockOrder } from './transfer';
import { noticeShopStatus } from './notices';

const orderSelect = {
  id: true,
  number: true,
  status: true,
  totalIdr: true,
  paidAt: true,
  createdAt: true,
  cancelReason: true,
  deliveryName: true,
  deliveryPhone: true,
  deliveryAddress: true,
  fulfilment: true,
  wantedOn: true,
  paymentReference: true,
  paymentDeadline: true,
  receiptUploadedAt: true,
  notes: true,
  checkout: { select: { paymentMethod: true } },
  msme: { select: { name: true } },
  items: { select: { name: true, quantity: true, unitPriceIdr: true, totalIdr: true } },
} as const;

export async function listIncomingShopOrders(actor: Actor | null) {
  const owner = authorize(actor, ['MSME_OWNER']);
  if (!owner.msmeId) return [];
  return db.shopOrder.findMany({
    where: { msmeId: owner.msmeId, status: { not: 'PENDING_PAYMENT' } },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: orderSelect,
  });
}

export async function listShopperOrders(actor: Actor | null) {
  const shopper = authorize(actor, ['SHOPPER']);
  return db.shopOrder.findMany({
    where: { buyerUserId: shopper.id },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: orderSelect,
  });
}

/** One of the shopper's own orders (another buyer's is not found). */
export async function getShopperOrder(actor: Actor | null, id: string) {
  const shopper = authorize(actor, ['SHOPPER']);
  const order = await db.shopOrder.findFirst({ where: { id, buyerUserId: shopper.id }, select: orderSelect });
  if (!order) throw new DomainError('Pesanan tidak ditemukan.', undefined, 404);
  return order;
}

// Which step may follow which: the UMKM moves its own orders forward, or cancels before shipping.
const transitions: Record<
  'confirm' | 'ship' | 'done' | 'cancel',
  { from: ShopOrderStatus[]; to: ShopOrderStatus }
> = {
  confirm: { from: ['PLACED'], to: 'CONFIRMED' },
  ship: { from: ['CONFIRMED'], to: 'SHIPPED' },
  done: { from: ['SHIPPED'], to: 'DONE' },
  cancel: { from: ['PLACED', 'CONFIRMED'], to: 'CANCELLED' },
};

const stepNames = {
  confirm: 'dikonfirmasi',
  ship: 'dikirim',
  done: 'diselesaikan',
  cancel: 'dibatalkan',
} as const;

export async function updateShopOrder(actor: Actor | null, orderId: string, input: unknown) {
  const owner = authorize(actor, ['MSME_OWNER']);
  const command = shopOrderActionSchema.parse(input);
  const restocked: string[] = [];
  const message = await db.$transaction(async (tx) => {
    // Ownership is part of the query: another UMKM's order is simply not found.
    const order = await tx.shopOrder.findFirst({
      where: { id: orderId, msmeId: owner.msmeId ?? '-' },
      select: { id: true, status: true, paidAt: true, checkout: { select: { paymentMethod: true } } },
    });
    if (!order) throw new DomainError('Pesanan tidak ditemukan.', undefined, 404);
    if (command.action === 'payment-received') {
      if (order.checkout.paymentMethod !== 'BANK_TRANSFER')
        throw new DomainError('Konfirmasi pembayaran hanya untuk pesanan transfer bank.', undefined, 409);
      if (order.paidAt) throw new DomainError('Pembayaran sudah dikonfirmasi.', undefined, 409);
      if (order.status === 'CANCELLED') throw new DomainError('Pesanan sudah dibatalkan.', undefined, 409);
      const marked = await tx.shopOrder.updateMany({
        where: { id: order.id, paidAt: null, status: { not: 'CANCELLED' } },
        data: { paidAt: new Date() },
      });
      if (marked.count !== 1)
        throw new DomainError('Pesanan baru saja berubah. Muat ulang halaman.', undefined, 409);
      await noticeShopStatus(tx, order.id, 'payment-received');
      await audit(tx, owner, {
        action: 'shop.order.payment-received',
        entityType: 'ShopOrder',
        entityId: order.id,
      });
      return 'Pembayaran transfer dikonfirmasi.';
    }
    const step = transitions[command.action];
    if (!step.from.includes(order.status)) {
      throw new DomainError(
        `Pesanan berstatus ${order.status} tidak dapat ${stepNames[command.action]}.`,
        undefined,
        409,
      );
    }
    const moved = await tx.shopOrder.updateMany({
      where: { id: order.id, status: order.status },
      data: {
        status: step.to,
        ...(command.action === 'cancel' ? { cancelReason: command.reason } : {}),
        ...(command.action === 'done' && order.checkout.paymentMethod === 'CASH_ON_DELIVERY' && !order.paidAt
          ? { paidAt: new Date() }
          : {}),
      },
    });
    if (moved.count === 0)
      throw new DomainError('Pesanan baru saja berubah. Muat ulang halaman.', undefined, 409);
    if (command.action === 'cancel') restocked.push(...(await restockOrder(tx, order.id)));
    await noticeShopStatus(tx, order.id, command.action);
    await audit(tx, owner, {
      action: `shop.order.${command.action}`,
      entityType: 'ShopOrder',
      entityId: order.id,
      before: { status: order.status },
      after: { status: step.to, reason: command.action === 'cancel' ? command.reason : null },
    });
    return `Pesanan ${stepNames[command.action]}.`;
  });
  expireCatalog(restocked);
  return message;
}
