import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Stripe from 'stripe';
import { startStripeStandIn } from './support/stripe-stand-in';

// The Stripe configuration is read when the server modules load, so they are imported after the
// stand-in is up and the environment points at it.
const secret = 'whsec_test_secret_for_etalase';
let standIn: Awaited<ReturnType<typeof startStripeStandIn>>;
let mod: {
  db: typeof import('@/lib/server/db').db;
  placeOrder: typeof import('@/lib/shop/checkout').placeOrder;
  POST: typeof import('@/app/api/webhooks/stripe/route').POST;
  support: typeof import('./support/shop');
};

beforeAll(async () => {
  standIn = await startStripeStandIn();
  vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_etalase');
  vi.stubEnv('STRIPE_WEBHOOK_SECRET', secret);
  vi.stubEnv('STRIPE_API_BASE', standIn.url);
  vi.resetModules();
  mod = {
    db: (await import('@/lib/server/db')).db,
    placeOrder: (await import('@/lib/shop/checkout')).placeOrder,
    POST: (await import('@/app/api/webhooks/stripe/route')).POST,
    support: await import('./support/shop'),
  };
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await standIn.close();
});

const sdk = new Stripe('sk_test_unused');

function webhook(payload: object, options: { secret?: string; tamper?: boolean } = {}) {
  const body = JSON.stringify(payload);
  const header = sdk.webhooks.generateTestHeaderString({ payload: body, secret: options.secret ?? secret });
  return mod.POST(
    new Request('http://localhost/api/webhooks/stripe', {
      method: 'POST',
      body: options.tamper ? body.replace('paid', 'PAID') : body,
      headers: { 'stripe-signature': header },
    }),
  );
}

function sessionEvent(
  id: string,
  type: string,
  checkoutId: string,
  amountSen: number,
  paymentStatus = 'paid',
) {
  return {
    id,
    object: 'event',
    type,
    data: {
      object: {
        id: 'cs_test_x',
        object: 'checkout.session',
        metadata: { checkoutId },
        payment_status: paymentStatus,
        amount_total: amountSen,
      },
    },
  };
}

async function stripeCheckout(stock: number | null = 10) {
  const { product } = await mod.support.sellerWithProduct(stock, 45_000);
  const shopper = await mod.support.shopperWithCart([{ productId: product.id, quantity: 2 }]);
  const placed = await mod.placeOrder(
    shopper,
    { ...mod.support.delivery, paymentMethod: 'STRIPE' },
    'http://localhost:3000',
  );
  return { product, placed };
}

describe('Stripe Checkout', () => {
  it('creates a session in IDR sen with the checkout id and an idempotency key; the order waits for payment', async () => {
    const { placed } = await stripeCheckout();
    expect(placed.redirectUrl).toMatch(/^https:\/\/checkout\.stripe\.test\/pay\/cs_test_/);
    const sent = standIn.requests.at(-1)!;
    expect(sent.path).toBe('/v1/checkout/sessions');
    expect(sent.headers.authorization).toBe('Bearer sk_test_etalase');
    expect(sent.headers['idempotency-key']).toBe(`checkout_${placed.checkoutId}`);
    expect(sent.form.get('currency')).toBe('idr');
    expect(sent.form.get('line_items[0][price_data][unit_amount]')).toBe('4500000');
    expect(sent.form.get('line_items[0][quantity]')).toBe('2');
    expect(sent.form.get('metadata[checkoutId]')).toBe(placed.checkoutId);
    const orders = await mod.db.shopOrder.findMany({ where: { checkoutId: placed.checkoutId } });
    expect(orders.every((o) => o.status === 'PENDING_PAYMENT' && o.paidAt === null)).toBe(true);
  });
});

describe('Stripe webhook', () => {
  it('marks the orders paid once for a signed event, however often it arrives', async () => {
    const { placed } = await stripeCheckout();
    const event = sessionEvent(
      `evt_${placed.checkoutId}`,
      'checkout.session.completed',
      placed.checkoutId,
      9_000_000,
    );
    const first = await webhook(event);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ outcome: 'paid' });
    for (let i = 0; i < 4; i++)
      expect(await (await webhook(event)).json()).toMatchObject({ outcome: 'duplicate' });
    const late = await webhook(
      sessionEvent(
        `evt_async_${placed.checkoutId}`,
        'checkout.session.async_payment_succeeded',
        placed.checkoutId,
        9_000_000,
      ),
    );
    expect(await late.json()).toMatchObject({ outcome: 'duplicate' });
    const orders = await mod.db.shopOrder.findMany({ where: { checkoutId: placed.checkoutId } });
    expect(orders.every((o) => o.status === 'PLACED' && o.paidAt)).toBe(true);
    expect(
      await mod.db.auditLog.count({ where: { action: 'shop.payment.stripe', entityId: placed.checkoutId } }),
    ).toBe(1);
    // The buyer is told once per order that the card payment went through (five deliveries, one notice).
    const notices = await mod.db.notification.findMany({
      where: { userId: orders[0].buyerUserId, kind: 'shop.status' },
    });
    expect(notices).toHaveLength(orders.length);
  });

  it('refuses a bad signature or a tampered body with 400 and changes nothing', async () => {
    const { placed } = await stripeCheckout();
    const event = sessionEvent(
      `evt_bad_${placed.checkoutId}`,
      'checkout.session.completed',
      placed.checkoutId,
      9_000_000,
    );
    expect((await webhook(event, { secret: 'whsec_wrong' })).status).toBe(400);
    expect((await webhook(event, { tamper: true })).status).toBe(400);
    const unsigned = await mod.POST(
      new Request('http://localhost/api/webhooks/stripe', { method: 'POST', body: JSON.stringify(event) }),
    );
    expect(unsigned.status).toBe(400);
    expect(await mod.db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
    expect((await mod.db.checkout.findUniqueOrThrow({ where: { id: placed.checkoutId } })).status).toBe(
      'PENDING',
    );
  });

  it('releases the reservation when the session expires, even if the expiry comes first twice', async () => {
    const { product, placed } = await stripeCheckout(10);
    expect((await mod.db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(8);
    const expired = sessionEvent(
      `evt_exp_${placed.checkoutId}`,
      'checkout.session.expired',
      placed.checkoutId,
      9_000_000,
      'unpaid',
    );
    expect(await (await webhook(expired)).json()).toMatchObject({ outcome: 'released' });
    expect(await (await webhook({ ...expired, id: `${expired.id}_again` })).json()).toMatchObject({
      outcome: 'duplicate',
    });
    expect((await mod.db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
    const orders = await mod.db.shopOrder.findMany({ where: { checkoutId: placed.checkoutId } });
    expect(orders.every((o) => o.status === 'CANCELLED')).toBe(true);
  });

  it('does not mark paid when the amount differs from the order, and flags it for review', async () => {
    const { placed } = await stripeCheckout();
    const wrong = await webhook(
      sessionEvent(`evt_amt_${placed.checkoutId}`, 'checkout.session.completed', placed.checkoutId, 100),
    );
    expect(await wrong.json()).toMatchObject({ outcome: 'needs-review' });
    expect((await mod.db.checkout.findUniqueOrThrow({ where: { id: placed.checkoutId } })).status).toBe(
      'PENDING',
    );
    expect(
      await mod.db.auditLog.count({
        where: { action: 'shop.payment.needs-review', entityId: placed.checkoutId },
      }),
    ).toBe(1);
  });

  it('flags money that arrives after the reservation was released, instead of dropping it', async () => {
    const { placed } = await stripeCheckout();
    await webhook(
      sessionEvent(
        `evt_exp2_${placed.checkoutId}`,
        'checkout.session.expired',
        placed.checkoutId,
        9_000_000,
        'unpaid',
      ),
    );
    const late = await webhook(
      sessionEvent(
        `evt_late_${placed.checkoutId}`,
        'checkout.session.async_payment_succeeded',
        placed.checkoutId,
        9_000_000,
      ),
    );
    expect(await late.json()).toMatchObject({ outcome: 'needs-review' });
    expect(
      await mod.db.auditLog.count({
        where: { action: 'shop.payment.needs-review', entityId: placed.checkoutId },
      }),
    ).toBe(1);
  });
});
