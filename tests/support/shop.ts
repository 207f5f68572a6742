import { db } from '@/lib/server/db';
import type { Actor } from '@/lib/auth/actor';
import { addToCart } from '@/lib/shop/cart';
import { newActor } from './actors';
import { ownerWithBusiness } from './fixtures';
import { todayInMedan } from '@/lib/format/date-only';

/** A verified UMKM with one published product (stock as given, null = made to order). */
export async function sellerWithProduct(stock: number | null, priceIdr = 25_000) {
  const owner = await ownerWithBusiness({ verify: true });
  const category = await db.category.findUniqueOrThrow({ where: { slug: 'makanan-ringan' } });
  const product = await db.product.create({
    data: {
      slug: `uji-${owner.msmeId}-${stock}-${Math.random().toString(36).slice(2, 7)}`,
      msmeId: owner.msmeId!,
      categoryId: category.id,
      name: 'Keripik Uji',
      priceIdr,
      unit: 'bungkus',
      stock,
      status: 'PUBLISHED',
      publishedAt: new Date(),
    },
  });
  return { owner, product };
}

export async function shopperWithCart(lines: { productId: string; quantity: number }[]): Promise<Actor> {
  const shopper = await newActor('SHOPPER');
  for (const line of lines) await addToCart({ userId: shopper.id }, line);
  return shopper;
}

export const delivery = {
  deliveryName: 'Andi Tarigan',
  deliveryPhone: '081234567890',
  deliveryAddress: 'Jl. Setia Budi No. 10, Medan Selayang',
  // The day every UMKM order uses unless its group says otherwise (the form always sends one).
  deliveryDate: todayInMedan(),
  notes: '',
};
