// Writes during the soak: shoppers check out (offline payment) and OPD orders move through their
// steps, for SOAK_SECONDS. Afterwards every order placed is in the database exactly once.
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { addToCart } from '@/lib/shop/cart';
import { placeOrder } from '@/lib/shop/checkout';
import { advanceOrder } from '@/lib/procurement/orders';
import { directOrder } from '@/lib/procurement/ordering';
import { createEvent, addNeed } from '@/lib/procurement/events';
import type { Actor } from '@/lib/auth/actor';

const seconds = Number(process.env.SOAK_SECONDS ?? 300);
const wib = (days: number, hour: number) =>
  new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 11) +
  `${String(hour).padStart(2, '0')}:00`;

async function actor(email: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({
    where: { email },
    include: { msme: { select: { id: true } } },
  });
  return { id: u.id, email: u.email, name: u.name, role: u.role, opdId: u.opdId, msmeId: u.msme?.id ?? null };
}

it('keeps every order exactly once under load', async () => {
  const staff = await actor('opd@etalase-umkm.id');
  const products = await db.product.findMany({
    where: { status: 'PUBLISHED', msme: { status: 'VERIFIED' }, stock: null },
    take: 20,
    select: { id: true },
  });
  const placedNumbers: string[] = [];
  let procurementSteps = 0;
  let failures = 0;
  // Why writes were refused (distinct messages, a few): a refusal must be explainable, not just counted.
  const reasons = new Set<string>();
  const refused = (error: unknown) => {
    failures++;
    // Prisma's messages start with the call site; the cause is at the end.
    const code = (error as { code?: string }).code;
    if (reasons.size < 5)
      reasons.add(
        error instanceof Error
          ? `${error.name}${code ? ` ${code}` : ''}: …${error.message.trim().slice(-160)}`.replace(
              /\s+/g,
              ' ',
            )
          : String(error),
      );
  };
  const until = Date.now() + seconds * 1000;
  const shopperLoop = async (n: number) => {
    while (Date.now() < until) {
      const user = await db.user.create({
        data: {
          email: `soak-${n}-${Date.now()}-${Math.random()}@soak.test`,
          name: 'Pembeli Soak',
          role: 'SHOPPER',
          passwordHash: 'x',
        },
      });
      const shopper: Actor = {
        id: user.id,
        email: user.email,
        name: user.name,
        role: 'SHOPPER',
        opdId: null,
        msmeId: null,
      };
      try {
        await addToCart({ userId: user.id }, { productId: products[n % products.length].id, quantity: 20 });
        const placed = await placeOrder(
          shopper,
          {
            deliveryName: 'Soak',
            deliveryPhone: '081234567890',
            deliveryAddress: 'Jl. Soak No. 1, Medan Kota',
            deliveryDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
            paymentMethod: 'BANK_TRANSFER',
          },
          'http://localhost',
        );
        placedNumbers.push(...placed.orderNumbers);
      } catch (error) {
        refused(error);
      }
    }
  };
  const opdLoop = async () => {
    while (Date.now() < until) {
      try {
        const event = await createEvent(staff, {
          name: `Rapat Soak ${Date.now()}`,
          startsAt: wib(12, 9),
          venue: 'Balai Kota',
          participants: '50',
          paguIdr: '50000000',
          budgetSource: 'APBD',
        });
        const katering = await db.category.findUniqueOrThrow({ where: { slug: 'katering' } });
        const need = await addNeed(staff, event.id, {
          kind: 'CATERING',
          description: 'Nasi kotak',
          categoryId: katering.id,
          quantity: '50',
          unit: 'kotak',
          deliveryFrom: wib(12, 11),
          deliveryTo: wib(12, 12),
        });
        // An UMKM with an owner account (imported ones may have none), the same one every time.
        const product = await db.product.findFirstOrThrow({
          where: {
            categoryId: katering.id,
            status: 'PUBLISHED',
            msme: { status: 'VERIFIED', ownerUserId: { not: null } },
            dailyCapacity: { gte: 50 },
            leadTimeDays: { lte: 5 },
          },
          orderBy: { id: 'asc' },
          select: { id: true, msme: { select: { ownerUserId: true, id: true } } },
        });
        const order = await directOrder(staff, need.id, { productId: product.id, quantity: '50' });
        const owner: Actor = {
          id: product.msme.ownerUserId!,
          email: '',
          name: '',
          role: 'MSME_OWNER',
          opdId: null,
          msmeId: product.msme.id,
        };
        for (const step of ['accept', 'deliver'] as const)
          await advanceOrder(
            owner,
            order.id,
            step,
            step === 'deliver' ? { earlyReason: 'Uji beban: dikirim lebih awal.' } : {},
          );
        const item = await db.procurementOrderItem.findFirstOrThrow({ where: { orderId: order.id } });
        await advanceOrder(staff, order.id, 'inspect', {
          inspectorName: 'Pemeriksa Uji Beban',
          'items.0.id': item.id,
          'items.0.receivedQuantity': String(item.quantity),
          'items.0.acceptedQuantity': String(item.quantity),
          'items.0.condition': 'GOOD',
        });
        await advanceOrder(owner, order.id, 'sign');
        await advanceOrder(staff, order.id, 'sign');
        await advanceOrder(staff, order.id, 'pay', {
          method: 'TRANSFER',
          paidAt: new Date().toISOString().slice(0, 10),
          withholding: 'PPH23',
          opdNpwp: '001234567121000',
        });
        procurementSteps += 7;
      } catch (error) {
        refused(error);
      }
    }
  };
  await Promise.all([...Array.from({ length: 4 }, (_, n) => shopperLoop(n)), opdLoop()]);
  const stored = await db.shopOrder.findMany({
    where: { number: { in: placedNumbers } },
    select: { number: true },
  });
  const unique = new Set(placedNumbers);
  const summary = {
    placedOrders: placedNumbers.length,
    storedOrders: stored.length,
    duplicates: placedNumbers.length - unique.size,
    procurementSteps,
    failures,
    reasons: [...reasons],
  };
  fs.writeFileSync(process.env.SOAK_REPORT ?? '/tmp/soak-writes.json', JSON.stringify(summary));
  expect(stored.length).toBe(unique.size);
  expect(summary.duplicates).toBe(0);
  expect(placedNumbers.length).toBeGreaterThan(0);
});
