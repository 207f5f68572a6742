import 'server-only';
import crypto from 'node:crypto';
import { db } from '@/lib/server/db';
import type { Actor } from '@/lib/auth/actor';
import { AccessDenied } from '@/lib/auth/actor';
import { DomainError } from '@/lib/server/action';
import { imageUrl } from '@/lib/catalog/image-url';
import { publicProductWhere } from '@/lib/catalog/public-catalog';
import { cartLineSchema } from './schema';

/** Who owns a cart: a signed-in shopper (kept in the database) or a guest (cookie token). */
export type CartOwner = { userId: string } | { guestToken: string };

export const GUEST_CART_COOKIE = 'etalase_cart';

export function newGuestToken() {
  return crypto.randomBytes(24).toString('base64url');
}

/** Signed-in shoppers use their account's cart; staff and owners buy with a shopper account. */
export function cartOwnerFor(actor: Actor | null, guestToken: string | undefined): CartOwner | null {
  if (actor) {
    if (actor.role !== 'SHOPPER')
      throw new AccessDenied(403, 'Belanja memakai akun pembeli. Keluar lalu masuk sebagai pembeli.');
    return { userId: actor.id };
  }
  return guestToken && /^[A-Za-z0-9_-]{32}$/.test(guestToken) ? { guestToken } : null;
}

async function cartId(owner: CartOwner) {
  const where = 'userId' in owner ? { userId: owner.userId } : { guestToken: owner.guestToken };
  const cart = await db.cart.upsert({ where, create: where, update: {}, select: { id: true } });
  return cart.id;
}

export async function addToCart(owner: CartOwner, input: unknown) {
  const line = cartLineSchema.parse(input);
  const product = await db.product.findFirst({
    where: { id: line.productId, ...publicProductWhere },
    select: { minOrder: true, stock: true, name: true },
  });
  if (!product) throw new DomainError('Produk tidak tersedia.', undefined, 404);
  const id = await cartId(owner);
  const existing = await db.cartItem.findUnique({
    where: { cartId_productId: { cartId: id, productId: line.productId } },
    select: { quantity: true },
  });
  const quantity = Math.max((existing?.quantity ?? 0) + line.quantity, product.minOrder);
  if (product.stock !== null && quantity > product.stock) {
    throw new DomainError(
      `Stok ${product.name} tinggal ${product.stock}.`,
      { quantity: [`Stok tersisa ${product.stock}.`] },
      409,
    );
  }
  await db.cartItem.upsert({
    where: { cartId_productId: { cartId: id, productId: line.productId } },
    create: { cartId: id, productId: line.productId, quantity },
    update: { quantity },
  });
  return quantity;
}

export async function setCartQuantity(owner: CartOwner, input: unknown) {
  const line = cartLineSchema.parse(input);
  const id = await cartId(owner);
  const product = await db.product.findUnique({
    where: { id: line.productId },
    select: { minOrder: true, stock: true },
  });
  if (!product) throw new DomainError('Produk tidak ditemukan.', undefined, 404);
  if (line.quantity < product.minOrder)
    throw new DomainError(
      `Minimum pesanan ${product.minOrder}.`,
      { quantity: [`Minimum pesanan ${product.minOrder}.`] },
      422,
    );
  if (product.stock !== null && line.quantity > product.stock)
    throw new DomainError(
      `Stok tersisa ${product.stock}.`,
      { quantity: [`Stok tersisa ${product.stock}.`] },
      409,
    );
  const updated = await db.cartItem.updateMany({
    where: { cartId: id, productId: line.productId },
    data: { quantity: line.quantity },
  });
  if (updated.count === 0) throw new DomainError(await missingLineMessage(owner), undefined, 409);
}

/**
 * The shopper's checkout of the last 30 minutes, when its cart is now empty: the page and the
 * actions of a tab left open say the cart was ordered elsewhere instead of showing stale lines.
 */
export async function recentCheckout(owner: CartOwner | null) {
  if (!owner || !('userId' in owner)) return null;
  const checkout = await db.checkout.findFirst({
    where: { buyerUserId: owner.userId, createdAt: { gt: new Date(Date.now() - 30 * 60_000) } },
    orderBy: { createdAt: 'desc' },
    select: { orders: { select: { number: true }, orderBy: { number: 'asc' } } },
  });
  return checkout ? checkout.orders.map((o) => o.number) : null;
}

async function missingLineMessage(owner: CartOwner) {
  const numbers = await recentCheckout(owner);
  return numbers
    ? `Keranjang ini sudah dipesan di tab lain (pesanan ${numbers.join(', ')}). Muat ulang halaman.`
    : 'Produk tidak ada di keranjang. Muat ulang halaman.';
}

export async function removeFromCart(owner: CartOwner, productId: string) {
  const id = await cartId(owner);
  await db.cartItem.deleteMany({ where: { cartId: id, productId } });
}

/** The cart grouped by UMKM (each group becomes one order at checkout). */
export async function getCart(owner: CartOwner | null) {
  if (!owner) return { groups: [], totalIdr: 0, count: 0 };
  const where = 'userId' in owner ? { userId: owner.userId } : { guestToken: owner.guestToken };
  const cart = await db.cart.findUnique({
    where,
    select: {
      items: {
        orderBy: { productId: 'asc' },
        select: {
          quantity: true,
          product: {
            select: {
              id: true,
              slug: true,
              name: true,
              priceIdr: true,
              unit: true,
              stock: true,
              minOrder: true,
              status: true,
              images: {
                take: 1,
                orderBy: { position: 'asc' },
                select: { url: true, asset: { select: { key: true } } },
              },
              leadTimeDays: true,
              msme: {
                select: {
                  id: true,
                  name: true,
                  status: true,
                  address: true,
                  bankAccountCipher: true,
                  kecamatan: { select: { name: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  const groups = new Map<
    string,
    {
      msmeId: string;
      msmeName: string;
      items: CartLine[];
      subtotalIdr: number;
      /** days the slowest product needs before delivery or pickup */ leadTimeDays: number;
      pickupAddress: string;
      acceptsTransfer: boolean;
    }
  >();
  for (const item of cart?.items ?? []) {
    const p = item.product;
    const available = p.status === 'PUBLISHED' && p.msme.status === 'VERIFIED';
    const group = groups.get(p.msme.id) ?? {
      msmeId: p.msme.id,
      msmeName: p.msme.name,
      items: [],
      subtotalIdr: 0,
      leadTimeDays: 0,
      pickupAddress: [p.msme.address, p.msme.kecamatan?.name].filter(Boolean).join(', '),
      acceptsTransfer: p.msme.bankAccountCipher !== null,
    };
    group.leadTimeDays = Math.max(group.leadTimeDays, p.leadTimeDays);
    group.items.push({
      productId: p.id,
      slug: p.slug,
      name: p.name,
      unit: p.unit,
      priceIdr: p.priceIdr,
      quantity: item.quantity,
      stock: p.stock,
      minOrder: p.minOrder,
      available,
      imageUrl: imageUrl(p.images[0], 400),
    });
    if (available) group.subtotalIdr += p.priceIdr * item.quantity;
    groups.set(p.msme.id, group);
  }
  const list = [...groups.values()];
  return {
    groups: list,
    totalIdr: list.reduce((sum, g) => sum + g.subtotalIdr, 0),
    count: list.reduce((n, g) => n + g.items.length, 0),
  };
}

export type CartLine = {
  productId: string;
  slug: string;
  name: string;
  unit: string;
  priceIdr: number;
  quantity: number;
  stock: number | null;
  minOrder: number;
  available: boolean;
  imageUrl: string;
};

/** At sign-in, the guest's cart joins the shopper's (quantities add up); the guest cart is removed. */
export async function mergeGuestCart(userId: string, guestToken: string) {
  await db.$transaction(async (tx) => {
    const guest = await tx.cart.findUnique({
      where: { guestToken },
      select: { id: true, items: { select: { productId: true, quantity: true } } },
    });
    if (!guest) return;
    const mine = await tx.cart.upsert({
      where: { userId },
      create: { userId },
      update: {},
      select: { id: true },
    });
    for (const item of guest.items) {
      await tx.cartItem.upsert({
        where: { cartId_productId: { cartId: mine.id, productId: item.productId } },
        create: { cartId: mine.id, productId: item.productId, quantity: item.quantity },
        update: { quantity: { increment: item.quantity } },
      });
    }
    await tx.cart.delete({ where: { id: guest.id } });
  });
}
