import 'server-only';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import type { Tx } from '@/lib/db/client';
import { openPii } from '@/lib/security/pii';
import { storeImage } from '@/lib/uploads/images';
import { expireCatalog } from '@/lib/catalog/cache-tags';
import { noticeShopStatus } from './notices';

/** How long a buyer has to transfer for an order before it is released and its stock returns. */
export const TRANSFER_DEADLINE_HOURS = 24;

/** Puts an order's reserved stock back; returns the slugs of products whose stock changed. */
export async function restockOrder(tx: Tx, orderId: string) {
  const items = await tx.shopOrderItem.findMany({
    where: { orderId },
    select: { productId: true, quantity: true, product: { select: { stock: true, slug: true } } },
  });
  const restocked: string[] = [];
  for (const item of items) {
    if (item.product.stock === null) continue;
    await tx.product.update({ where: { id: item.productId }, data: { stock: { increment: item.quantity } } });
    restocked.push(item.product.slug);
  }
  return restocked;
}

/**
 * Bank-transfer orders not paid by their deadline are released: cancelled, stock back. An order
 * whose buyer uploaded a receipt waits for the UMKM instead (the money may be on its way).
 * Runs before checkout and when either side lists orders; #14's job queue will run it on time.
 */
export async function releaseUnpaidTransfers(now = new Date()) {
  const due = await db.shopOrder.findMany({
    where: {
      status: { in: ['PLACED', 'CONFIRMED'] },
      paidAt: null,
      receiptAssetId: null,
      paymentDeadline: { lt: now },
      checkout: { paymentMethod: 'BANK_TRANSFER' },
    },
    select: { id: true, status: true },
    take: 200,
  });
  const restocked: string[] = [];
  for (const order of due) {
    await db.$transaction(async (tx) => {
      const released = await tx.shopOrder.updateMany({
        where: { id: order.id, status: order.status, paidAt: null, receiptAssetId: null },
        data: {
          status: 'CANCELLED',
          cancelReason: 'Transfer tidak diterima sampai batas waktu; stok dikembalikan.',
        },
      });
      if (released.count !== 1) return;
      restocked.push(...(await restockOrder(tx, order.id)));
      await noticeShopStatus(tx, order.id, 'release');
      await tx.auditLog.create({
        data: {
          action: 'shop.order.release-unpaid',
          entityType: 'ShopOrder',
          entityId: order.id,
          before: { status: order.status },
          after: { status: 'CANCELLED' },
        },
      });
    });
  }
  expireCatalog(restocked);
  return due.length;
}

/**
 * What the buyer needs to pay each of its bank-transfer orders: the UMKM's account (shown to the
 * buyer of that order only), the exact amount, the reference and the deadline.
 */
export async function transferDetails(actor: Actor | null, orderIds: string[]) {
  const shopper = authorize(actor, ['SHOPPER']);
  const orders = await db.shopOrder.findMany({
    where: { id: { in: orderIds }, buyerUserId: shopper.id, checkout: { paymentMethod: 'BANK_TRANSFER' } },
    select: {
      id: true,
      totalIdr: true,
      paymentReference: true,
      paymentDeadline: true,
      msme: { select: { bankName: true, bankAccountCipher: true, bankAccountHolder: true } },
    },
  });
  return Object.fromEntries(
    orders.map((o) => [
      o.id,
      {
        bankName: o.msme.bankName ?? '',
        accountNumber:
          o.msme.bankAccountCipher && env.PII_ENCRYPTION_KEY
            ? openPii(env.PII_ENCRYPTION_KEY, o.msme.bankAccountCipher)
            : '',
        accountHolder: o.msme.bankAccountHolder ?? '',
        amountIdr: o.totalIdr,
        reference: o.paymentReference ?? '',
        deadline: o.paymentDeadline,
      },
    ]),
  );
}

/** The buyer's photo of its transfer receipt, for the UMKM to check before marking the order paid. */
export async function uploadReceipt(actor: Actor | null, orderId: string, photo: File | null) {
  const shopper = authorize(actor, ['SHOPPER']);
  await releaseUnpaidTransfers();
  const order = await db.shopOrder.findFirst({
    where: { id: orderId, buyerUserId: shopper.id },
    select: { id: true, status: true, paidAt: true, checkout: { select: { paymentMethod: true } } },
  });
  if (!order) throw new DomainError('Pesanan tidak ditemukan.', undefined, 404);
  if (order.checkout.paymentMethod !== 'BANK_TRANSFER')
    throw new DomainError('Bukti transfer hanya untuk pesanan transfer bank.', undefined, 409);
  if (order.status === 'CANCELLED')
    throw new DomainError('Pesanan sudah dibatalkan; bukti tidak dapat diunggah.', undefined, 409);
  if (order.paidAt) throw new DomainError('Pembayaran sudah dikonfirmasi penjual.', undefined, 409);
  const asset = await storeImage(photo, shopper.id, 'receipt', 'private');
  await db.$transaction(async (tx) => {
    const saved = await tx.shopOrder.updateMany({
      where: { id: order.id, status: { not: 'CANCELLED' }, paidAt: null },
      data: { receiptAssetId: asset.id, receiptUploadedAt: new Date() },
    });
    if (saved.count !== 1)
      throw new DomainError('Pesanan baru saja berubah. Muat ulang halaman.', undefined, 409);
    await audit(tx, shopper, {
      action: 'shop.order.receipt',
      entityType: 'ShopOrder',
      entityId: order.id,
      after: { receipt: asset.id },
    });
  });
  return 'Bukti transfer terkirim ke penjual.';
}

/** The receipt image for the order's buyer and its UMKM only (never through the public image route). */
export async function receiptKeyFor(actor: Actor | null, orderId: string) {
  const viewer = authorize(actor, ['SHOPPER', 'MSME_OWNER']);
  const order = await db.shopOrder.findFirst({
    where: {
      id: orderId,
      ...(viewer.role === 'SHOPPER' ? { buyerUserId: viewer.id } : { msmeId: viewer.msmeId ?? '-' }),
    },
    select: { receiptAsset: { select: { key: true } } },
  });
  if (!order?.receiptAsset) throw new DomainError('Bukti transfer tidak ditemukan.', undefined, 404);
  return order.receiptAsset.key;
}
