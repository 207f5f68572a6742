import 'server-only';
import { noticeShopOrdersPlaced, noticeShopStatus } from '@/lib/shop/notices';
import type Stripe from 'stripe';
import { db } from '@/lib/server/db';
import { audit } from '@/lib/audit/audit';
import { releaseCheckout } from '@/lib/shop/checkout';
import { expireCatalog } from '@/lib/catalog/cache-tags';

const handled = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.expired',
  'checkout.session.async_payment_failed',
] as const;
type Handled = (typeof handled)[number];

export type WebhookOutcome =
  'paid' | 'released' | 'duplicate' | 'ignored' | 'awaiting-payment' | 'unknown-checkout' | 'needs-review';

/**
 * Applies one verified Stripe event. The event id is stored in the same transaction as its effect
 * (INSERT … ON CONFLICT DO NOTHING), so a repeated or replayed event changes nothing, and events
 * arriving out of order only move a checkout forward.
 */
export async function applyStripeEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  if (!(handled as readonly string[]).includes(event.type)) return 'ignored';
  const session = event.data.object as Stripe.Checkout.Session;
  const checkoutId = session.metadata?.checkoutId ?? session.client_reference_id;
  let restocked: string[] = [];
  const outcome = await db.$transaction(async (tx): Promise<WebhookOutcome> => {
    const fresh = await tx.stripeEvent.createMany({
      data: [{ id: event.id, type: event.type }],
      skipDuplicates: true,
    });
    if (fresh.count === 0) return 'duplicate';
    if (!checkoutId) return 'unknown-checkout';
    const checkout = await tx.checkout.findUnique({
      where: { id: checkoutId },
      select: { id: true, status: true, totalIdr: true },
    });
    if (!checkout) return 'unknown-checkout';
    switch (event.type as Handled) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded': {
        if (session.payment_status !== 'paid') return 'awaiting-payment';
        // Money arrived that cannot become a paid order (wrong amount, or the reservation was already
        // released): never drop it silently; the audit log flags it for a refund or a manual review.
        const flag = async (reason: string) => {
          console.error(`stripe payment needs review: checkout ${checkoutId}: ${reason}`);
          await audit(tx, null, {
            action: 'shop.payment.needs-review',
            entityType: 'Checkout',
            entityId: checkoutId,
            after: { event: event.id, session: session.id, reason, amountSen: session.amount_total ?? null },
          });
          return 'needs-review' as const;
        };
        if (BigInt(session.amount_total ?? -1) !== checkout.totalIdr * 100n)
          return flag('jumlah pembayaran tidak sama dengan pesanan');
        if (checkout.status === 'PAID') return 'duplicate';
        if (checkout.status !== 'PENDING')
          return flag(`dibayar setelah checkout berstatus ${checkout.status}; dana perlu dikembalikan`);
        const paid = await tx.checkout.updateMany({
          where: { id: checkoutId, status: 'PENDING' },
          data: { status: 'PAID' },
        });
        if (paid.count === 0) return 'duplicate';
        await tx.shopOrder.updateMany({
          where: { checkoutId, status: 'PENDING_PAYMENT' },
          data: { status: 'PLACED', paidAt: new Date() },
        });
        await noticeShopOrdersPlaced(tx, checkoutId);
        for (const order of await tx.shopOrder.findMany({ where: { checkoutId }, select: { id: true } }))
          await noticeShopStatus(tx, order.id, 'card-paid');
        await audit(tx, null, {
          action: 'shop.payment.stripe',
          entityType: 'Checkout',
          entityId: checkoutId,
          after: { event: event.id, session: session.id },
        });
        return 'paid';
      }
      case 'checkout.session.expired':
      case 'checkout.session.async_payment_failed': {
        const released = await releaseCheckout(
          tx,
          checkoutId,
          'EXPIRED',
          'Pembayaran kartu tidak selesai; stok dikembalikan.',
        );
        if (!released) return 'duplicate';
        restocked = released;
        await audit(tx, null, {
          action: 'shop.payment.released',
          entityType: 'Checkout',
          entityId: checkoutId,
          after: { event: event.id },
        });
        return 'released';
      }
    }
  });
  expireCatalog(restocked);
  return outcome;
}
