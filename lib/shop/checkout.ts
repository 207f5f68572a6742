import 'server-only';
import crypto from 'node:crypto';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import type { Tx } from '@/lib/db/client';
import { idrToStripeAmount, stripeClient } from '@/lib/payments/stripe';
import { expireCatalog } from '@/lib/catalog/cache-tags';
import { checkoutSchema, type CheckoutInput } from './schema';
import { recentCheckout } from './cart';
import { noticeShopOrdersPlaced } from './notices';
import { addDays, dateOnlyToDb, formatDateOnly, todayInMedan } from '@/lib/format/date-only';
import { releaseUnpaidTransfers, TRANSFER_DEADLINE_HOURS } from './transfer';

// Stripe Checkout sessions live at least 30 minutes; the reservation lasts a little longer, so a
// session Stripe still accepts never meets released stock.
const STRIPE_SESSION_MINUTES = 30;
const RESERVATION_GRACE_MINUTES = 10;

function orderNumber(now: Date) {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `UMK-${day}-${crypto.randomBytes(4).toString('hex').toUpperCase()}`;
}

/**
 * Releases a pending checkout: its orders are cancelled and reserved stock goes back. Idempotent:
 * returns null when there was nothing to release, else the slugs of products whose stock changed
 * (the caller expires their cached pages after commit).
 */
export async function releaseCheckout(
  tx: Tx,
  checkoutId: string,
  status: 'EXPIRED' | 'CANCELLED',
  reason: string,
): Promise<string[] | null> {
  const updated = await tx.checkout.updateMany({
    where: { id: checkoutId, status: 'PENDING' },
    data: { status },
  });
  if (updated.count === 0) return null;
  const items = await tx.shopOrderItem.findMany({
    where: { order: { checkoutId } },
    select: { productId: true, quantity: true, product: { select: { stock: true, slug: true } } },
  });
  const restocked: string[] = [];
  for (const item of items) {
    if (item.product.stock === null) continue;
    await tx.product.update({ where: { id: item.productId }, data: { stock: { increment: item.quantity } } });
    restocked.push(item.product.slug);
  }
  await tx.shopOrder.updateMany({
    where: { checkoutId },
    data: { status: 'CANCELLED', cancelReason: reason },
  });
  return restocked;
}

/** Stripe checkouts abandoned past their session's life give their stock back. */
export async function releaseExpiredCheckouts(now = new Date()) {
  const expired = await db.checkout.findMany({
    where: { status: 'PENDING', expiresAt: { lt: now } },
    select: { id: true },
    take: 100,
  });
  for (const { id } of expired) {
    const restocked = await db.$transaction((tx) =>
      releaseCheckout(tx, id, 'EXPIRED', 'Pembayaran tidak diselesaikan; stok dikembalikan.'),
    );
    expireCatalog(restocked ?? []);
  }
  return expired.length;
}

/**
 * Turns the shopper's cart into one order per UMKM. Stock is reserved atomically (a conditional
 * decrement: two shoppers racing for the last item cannot both get it) in the same transaction
 * that writes the orders. With Stripe, the shopper is sent to Checkout; payment is recorded only
 * from the webhook.
 */
export async function placeOrder(actor: Actor | null, input: unknown, origin: string) {
  const shopper = authorize(actor, ['SHOPPER']);
  const data = checkoutSchema.parse(input);
  const stripe = data.paymentMethod === 'STRIPE' ? stripeClient() : null;
  if (data.paymentMethod === 'STRIPE' && !stripe) {
    throw new DomainError(
      'Pembayaran kartu belum tersedia.',
      {
        paymentMethod: [
          'Pembayaran kartu (Stripe) belum diaktifkan. Pilih transfer bank atau bayar di tempat.',
        ],
      },
      422,
    );
  }
  await releaseExpiredCheckouts();
  await releaseUnpaidTransfers();
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    // The cart row is locked first: a second checkout of the same cart (another tab, a double
    // click) waits, then finds it empty and says so, instead of ordering twice.
    await tx.$queryRaw`SELECT id FROM "Cart" WHERE "userId" = ${shopper.id} FOR UPDATE`;
    const cart = await tx.cart.findUnique({
      where: { userId: shopper.id },
      select: {
        id: true,
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
                minOrder: true,
                stock: true,
                status: true,
                msmeId: true,
                leadTimeDays: true,
                msme: {
                  select: {
                    status: true,
                    name: true,
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
    if (!cart || cart.items.length === 0) {
      const numbers = await recentCheckout({ userId: shopper.id });
      throw new DomainError(
        numbers
          ? `Keranjang ini sudah dipesan di tab lain (pesanan ${numbers.join(', ')}). Lihat "Pesanan saya".`
          : 'Keranjang kosong.',
        undefined,
        409,
      );
    }
    const plans = planGroups(cart.items, data, now);
    const groups = new Map<string, typeof cart.items>();
    for (const item of cart.items) {
      const p = item.product;
      if (p.status !== 'PUBLISHED' || p.msme.status !== 'VERIFIED')
        throw new DomainError(`${p.name} sudah tidak dijual. Hapus dari keranjang.`, undefined, 409);
      if (item.quantity < p.minOrder)
        throw new DomainError(`Minimum pesanan ${p.name} adalah ${p.minOrder}.`, undefined, 422);
      if (p.stock !== null) {
        // Sorted by product id, so concurrent checkouts lock rows in the same order (no deadlock).
        const reserved = await tx.product.updateMany({
          where: { id: p.id, stock: { gte: item.quantity } },
          data: { stock: { decrement: item.quantity } },
        });
        if (reserved.count === 0)
          throw new DomainError(
            `Stok ${p.name} tidak cukup lagi. Ubah jumlahnya di keranjang.`,
            undefined,
            409,
          );
      }
      groups.set(p.msmeId, [...(groups.get(p.msmeId) ?? []), item]);
    }
    const totalIdr = cart.items.reduce((sum, i) => sum + i.product.priceIdr * i.quantity, 0);
    const checkout = await tx.checkout.create({
      data: {
        buyerUserId: shopper.id,
        paymentMethod: data.paymentMethod,
        totalIdr: BigInt(totalIdr),
        expiresAt: stripe
          ? new Date(now.getTime() + (STRIPE_SESSION_MINUTES + RESERVATION_GRACE_MINUTES) * 60_000)
          : null,
      },
      select: { id: true },
    });
    const orders: { id: string; number: string }[] = [];
    for (const [msmeId, items] of groups) {
      const order = await tx.shopOrder.create({
        data: {
          number: orderNumber(now),
          checkoutId: checkout.id,
          buyerUserId: shopper.id,
          msmeId,
          status: stripe ? 'PENDING_PAYMENT' : 'PLACED',
          totalIdr: BigInt(items.reduce((sum, i) => sum + i.product.priceIdr * i.quantity, 0)),
          deliveryName: data.deliveryName,
          deliveryPhone: data.deliveryPhone,
          deliveryAddress: plans.get(msmeId)!.address,
          fulfilment: plans.get(msmeId)!.fulfilment,
          wantedOn: dateOnlyToDb(plans.get(msmeId)!.date),
          ...(data.paymentMethod === 'BANK_TRANSFER'
            ? {
                paymentReference: `TRF-${crypto.randomBytes(4).toString('hex').toUpperCase()}`,
                paymentDeadline: new Date(now.getTime() + TRANSFER_DEADLINE_HOURS * 3_600_000),
              }
            : {}),
          notes: data.notes,
          items: {
            create: items.map((i) => ({
              productId: i.product.id,
              name: i.product.name,
              unitPriceIdr: i.product.priceIdr,
              quantity: i.quantity,
              totalIdr: BigInt(i.product.priceIdr * i.quantity),
            })),
          },
        },
        select: { id: true, number: true },
      });
      orders.push(order);
    }
    await tx.cartItem.deleteMany({ where: { cartId: cart.id } });
    if (!stripe) await noticeShopOrdersPlaced(tx, checkout.id);
    await audit(tx, shopper, {
      action: 'shop.checkout',
      entityType: 'Checkout',
      entityId: checkout.id,
      after: { totalIdr, method: data.paymentMethod, orders: orders.map((o) => o.number) },
    });
    return { checkoutId: checkout.id, orders, totalIdr, lines: cart.items };
  });
  expireCatalog(result.lines.filter((l) => l.product.stock !== null).map((l) => l.product.slug));

  if (!stripe)
    return {
      checkoutId: result.checkoutId,
      orderNumbers: result.orders.map((o) => o.number),
      redirectUrl: null,
    };
  try {
    const session = await stripe.checkout.sessions.create(
      {
        mode: 'payment',
        currency: 'idr',
        client_reference_id: result.checkoutId,
        metadata: { checkoutId: result.checkoutId },
        customer_email: shopper.email,
        line_items: result.lines.map((l) => ({
          quantity: l.quantity,
          price_data: {
            currency: 'idr',
            unit_amount: idrToStripeAmount(l.product.priceIdr),
            product_data: { name: l.product.name },
          },
        })),
        success_url: `${origin}/akun?checkout=${result.checkoutId}`,
        cancel_url: `${origin}/keranjang?batal=${result.checkoutId}`,
        expires_at: Math.floor(now.getTime() / 1000) + STRIPE_SESSION_MINUTES * 60,
      },
      { idempotencyKey: `checkout_${result.checkoutId}` },
    );
    await db.checkout.update({ where: { id: result.checkoutId }, data: { stripeSessionId: session.id } });
    return {
      checkoutId: result.checkoutId,
      orderNumbers: result.orders.map((o) => o.number),
      redirectUrl: session.url,
    };
  } catch (error) {
    console.error('stripe checkout session failed', error instanceof Error ? error.message : error);
    expireCatalog(
      (await db.$transaction((tx) =>
        releaseCheckout(tx, result.checkoutId, 'CANCELLED', 'Sesi pembayaran kartu gagal dibuat.'),
      )) ?? [],
    );
    throw new DomainError(
      'Pembayaran kartu sedang tidak dapat diproses. Pesanan dibatalkan dan stok dikembalikan; coba lagi atau pilih transfer bank.',
      undefined,
      422,
    );
  }
}

type CartLine = {
  quantity: number;
  product: {
    name: string;
    msmeId: string;
    leadTimeDays: number;
    msme: {
      name: string;
      address: string | null;
      bankAccountCipher: string | null;
      kecamatan: { name: string } | null;
    };
  };
};

/**
 * Per UMKM order: pickup or delivery, where, and on which day. A day sooner than the slowest
 * product's lead time is refused, as is a transfer to a UMKM with no account. All problems are
 * named at once, each on its own group's field.
 */
function planGroups(lines: CartLine[], data: CheckoutInput, now: Date) {
  const errors: Record<string, string[]> = {};
  const plans = new Map<string, { fulfilment: 'DELIVERY' | 'PICKUP'; address: string; date: string }>();
  const today = todayInMedan(now);
  for (const msmeId of new Set(lines.map((l) => l.product.msmeId))) {
    const items = lines.filter((l) => l.product.msmeId === msmeId);
    const msme = items[0].product.msme;
    const choice = data.groups[msmeId] ?? {};
    const fulfilment = choice.fulfilment ?? 'DELIVERY';
    const date = choice.date ?? data.deliveryDate;
    const slowest = items.reduce((a, b) => (b.product.leadTimeDays > a.product.leadTimeDays ? b : a));
    const earliest = addDays(today, slowest.product.leadTimeDays);
    const field = (name: string) => `groups.${msmeId}.${name}`;
    if (!date) errors[field('date')] = [`Pilih tanggal ${fulfilment === 'PICKUP' ? 'diambil' : 'diantar'}.`];
    else if (date < earliest)
      errors[field('date')] = [
        slowest.product.leadTimeDays > 0
          ? `Paling cepat ${formatDateOnly(earliest)}: ${slowest.product.name} perlu ${slowest.product.leadTimeDays} hari persiapan.`
          : 'Tanggal tidak boleh sebelum hari ini.',
      ];
    else if (date > addDays(today, 180)) errors[field('date')] = ['Paling lambat 180 hari dari hari ini.'];
    const address =
      fulfilment === 'PICKUP'
        ? [msme.name, msme.address, msme.kecamatan?.name].filter(Boolean).join(', ')
        : choice.address || data.deliveryAddress;
    if (!address) errors[field('address')] = ['Tulis alamat pengiriman lengkap (minimal 10 karakter).'];
    if (data.paymentMethod === 'BANK_TRANSFER' && !msme.bankAccountCipher)
      errors.paymentMethod = [
        ...(errors.paymentMethod ?? []),
        `${msme.name} belum mencantumkan rekening bank. Pilih bayar di tempat untuk pesanan ini.`,
      ];
    plans.set(msmeId, { fulfilment, address, date: date ?? today });
  }
  if (Object.keys(errors).length)
    throw new DomainError('Periksa kembali pengiriman tiap UMKM yang ditandai.', errors, 422);
  return plans;
}
