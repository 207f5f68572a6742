// Fault D's victim (scripts/faults.ts): shoppers check out without pause, with every payment method,
// through placeOrder (what the checkout server action runs), until the process is SIGKILLed. Card
// payments go to a local Stripe stand-in that answers slowly, so a kill often lands between the
// order's commit and the payment session. Prints "placed <checkoutId>" after each commit returns.
import http from 'node:http';
import { it } from 'vitest';
import { db } from '@/lib/server/db';
import { addToCart } from '@/lib/shop/cart';
import { placeOrder } from '@/lib/shop/checkout';
import { paymentMethods } from '@/lib/shop/schema';

it('checks out until killed', async () => {
  const standIn = http.createServer((request, response) => {
    request.resume();
    setTimeout(
      () => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            id: `cs_test_${Math.random().toString(36).slice(2)}`,
            object: 'checkout.session',
            url: 'http://127.0.0.1/pay',
          }),
        );
      },
      50 + Math.random() * 150,
    );
  });
  await new Promise<void>((resolve) =>
    standIn.listen(Number(new URL(process.env.STRIPE_API_BASE!).port), '127.0.0.1', resolve),
  );
  const products = await db.product.findMany({
    where: { slug: { startsWith: 'fault-d-' } },
    select: { id: true, minOrder: true },
  });
  // CHECKOUTS_LIMIT ends the run early (the "after restart" step places one more checkout).
  const limit = Number(process.env.CHECKOUTS_LIMIT ?? Infinity);
  let n = 0;
  const shopper = async (loop: number) => {
    while (n < limit) {
      const i = n++;
      const user = await db.user.create({
        data: {
          email: `fault-d-${process.pid}-${loop}-${i}@faults.test`,
          name: 'Pembeli Uji',
          role: 'SHOPPER',
          passwordHash: 'x',
        },
      });
      for (const product of [products[i % products.length], products[(i + 1) % products.length]]) {
        await addToCart({ userId: user.id }, { productId: product.id, quantity: product.minOrder + (i % 3) });
      }
      const placed = await placeOrder(
        { id: user.id, email: user.email, name: user.name, role: 'SHOPPER', opdId: null, msmeId: null },
        {
          deliveryName: 'Uji',
          deliveryPhone: '081234567890',
          deliveryAddress: 'Jl. Uji No. 1, Medan Kota',
          deliveryDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
          paymentMethod: paymentMethods[i % paymentMethods.length],
        },
        'http://127.0.0.1',
      );
      process.stdout.write(`placed ${placed.checkoutId}\n`);
    }
  };
  await Promise.all(Array.from({ length: 6 }, (_, loop) => shopper(loop)));
  standIn.close();
});
