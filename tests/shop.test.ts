import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { AccessDenied } from '@/lib/auth/actor';
import { addToCart, getCart, mergeGuestCart, cartOwnerFor } from '@/lib/shop/cart';
import { placeOrder } from '@/lib/shop/checkout';
import { listIncomingShopOrders, updateShopOrder } from '@/lib/shop/orders';
import { demoActor, newActor } from './support/actors';
import { delivery, sellerWithProduct, shopperWithCart } from './support/shop';

const origin = 'http://localhost:3000';

describe('cart', () => {
  it('keeps a guest cart and merges it into the shopper cart at sign-in', async () => {
    const { product } = await sellerWithProduct(50);
    const guest = { guestToken: 'g'.repeat(32) };
    await addToCart(guest, { productId: product.id, quantity: 2 });
    const shopper = await shopperWithCart([{ productId: product.id, quantity: 1 }]);
    await mergeGuestCart(shopper.id, guest.guestToken);
    const cart = await getCart({ userId: shopper.id });
    expect(cart.groups[0].items[0].quantity).toBe(3);
    expect((await getCart(guest)).count).toBe(0);
  });

  it('refuses more than the stock, unknown products, and staff accounts', async () => {
    const { product } = await sellerWithProduct(3);
    const shopper = await newActor('SHOPPER');
    await expect(addToCart({ userId: shopper.id }, { productId: product.id, quantity: 4 })).rejects.toThrow(
      /tinggal 3/,
    );
    await expect(addToCart({ userId: shopper.id }, { productId: 'nope', quantity: 1 })).rejects.toMatchObject(
      { status: 404 },
    );
    await expect(
      addToCart({ userId: shopper.id }, { productId: product.id, quantity: 0 }),
    ).rejects.toBeInstanceOf(z.ZodError);
    expect(cartOwnerFor(null, 'short')).toBeNull();
    expect(() => cartOwnerFor({ ...shopper, role: 'OPD_STAFF' }, undefined)).toThrow(AccessDenied);
  });
});

describe('checkout', () => {
  it('splits the cart into one order per UMKM, reserves stock and empties the cart', async () => {
    const a = await sellerWithProduct(10, 20_000);
    const b = await sellerWithProduct(null, 35_000);
    const shopper = await shopperWithCart([
      { productId: a.product.id, quantity: 4 },
      { productId: b.product.id, quantity: 2 },
    ]);
    const placed = await placeOrder(shopper, { ...delivery, paymentMethod: 'BANK_TRANSFER' }, origin);
    expect(placed.orderNumbers).toHaveLength(2);
    const orders = await db.shopOrder.findMany({
      where: { checkoutId: placed.checkoutId },
      include: { items: true },
    });
    expect(orders.map((o) => Number(o.totalIdr)).sort((x, y) => x - y)).toEqual([70_000, 80_000]);
    expect(orders.every((o) => o.status === 'PLACED' && o.deliveryPhone === '6281234567890')).toBe(true);
    expect((await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).stock).toBe(6);
    expect((await getCart({ userId: shopper.id })).count).toBe(0);
  });

  // npm run faults runs this with RACE_BUYERS=50 RACE_STOCK=10.
  it('lets exactly as many racing shoppers buy as there is stock, never below zero', async () => {
    const buyers = Number(process.env.RACE_BUYERS ?? 12);
    const stock = Number(process.env.RACE_STOCK ?? 5);
    const { product } = await sellerWithProduct(stock);
    const shoppers = await Promise.all(
      Array.from({ length: buyers }, () => shopperWithCart([{ productId: product.id, quantity: 1 }])),
    );
    const results = await Promise.allSettled(
      shoppers.map((s) => placeOrder(s, { ...delivery, paymentMethod: 'CASH_ON_DELIVERY' }, origin)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(stock);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect(String((r as PromiseRejectedResult).reason.message)).toMatch(/Stok .* tidak cukup/);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(0);
    expect(await db.shopOrderItem.count({ where: { productId: product.id } })).toBe(stock);
  });

  it('gives field errors for a bad phone, a short address, an unknown method, and writes nothing', async () => {
    const { product } = await sellerWithProduct(5);
    const shopper = await shopperWithCart([{ productId: product.id, quantity: 1 }]);
    const error = await placeOrder(
      shopper,
      { ...delivery, deliveryPhone: '12', deliveryAddress: 'Medan', paymentMethod: 'BITCOIN' },
      origin,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(z.ZodError);
    expect((error as z.ZodError).issues.map((i) => i.path[0]).sort()).toEqual([
      'deliveryAddress',
      'deliveryPhone',
      'paymentMethod',
    ]);
    expect(await db.shopOrder.count({ where: { buyerUserId: shopper.id } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(5);
  });

  it('refuses Stripe when no key is configured', async () => {
    const { product } = await sellerWithProduct(5);
    const shopper = await shopperWithCart([{ productId: product.id, quantity: 1 }]);
    await expect(placeOrder(shopper, { ...delivery, paymentMethod: 'STRIPE' }, origin)).rejects.toThrow(
      /kartu belum tersedia/,
    );
  });

  it('is for shoppers only', async () => {
    for (const role of ['MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN'] as const) {
      await expect(
        placeOrder(await demoActor(role), { ...delivery, paymentMethod: 'BANK_TRANSFER' }, origin),
      ).rejects.toBeInstanceOf(AccessDenied);
    }
  });
});

describe('UMKM handles its orders', () => {
  it('confirms, records the transfer, ships and completes; another UMKM cannot touch it', async () => {
    const { owner, product } = await sellerWithProduct(10);
    const shopper = await shopperWithCart([{ productId: product.id, quantity: 2 }]);
    await placeOrder(shopper, { ...delivery, paymentMethod: 'BANK_TRANSFER' }, origin);
    const [order] = await listIncomingShopOrders(owner);
    const other = await sellerWithProduct(1);
    await expect(updateShopOrder(other.owner, order.id, { action: 'confirm' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(updateShopOrder(shopper, order.id, { action: 'confirm' })).rejects.toBeInstanceOf(
      AccessDenied,
    );
    await expect(updateShopOrder(owner, order.id, { action: 'ship' })).rejects.toThrow(/tidak dapat dikirim/);
    await updateShopOrder(owner, order.id, { action: 'confirm' });
    await updateShopOrder(owner, order.id, { action: 'payment-received' });
    await expect(updateShopOrder(owner, order.id, { action: 'payment-received' })).rejects.toThrow(
      /sudah dikonfirmasi/,
    );
    await updateShopOrder(owner, order.id, { action: 'ship' });
    await updateShopOrder(owner, order.id, { action: 'done' });
    const done = await db.shopOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(done.status).toBe('DONE');
    expect(done.paidAt).not.toBeNull();
  });

  it('cancels with a reason and puts the stock back', async () => {
    const { owner, product } = await sellerWithProduct(10);
    const shopper = await shopperWithCart([{ productId: product.id, quantity: 3 }]);
    await placeOrder(shopper, { ...delivery, paymentMethod: 'CASH_ON_DELIVERY' }, origin);
    const [order] = await listIncomingShopOrders(owner);
    await expect(updateShopOrder(owner, order.id, { action: 'cancel', reason: '' })).rejects.toBeInstanceOf(
      z.ZodError,
    );
    await updateShopOrder(owner, order.id, { action: 'cancel', reason: 'Bahan baku habis minggu ini.' });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
    expect((await db.shopOrder.findUniqueOrThrow({ where: { id: order.id } })).cancelReason).toBe(
      'Bahan baku habis minggu ini.',
    );
  });
});
