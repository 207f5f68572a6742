import 'server-only';
import { cookies } from 'next/headers';
import { currentActor } from '@/lib/auth/actor';
import { cartOwnerFor, GUEST_CART_COOKIE, newGuestToken, type CartOwner } from '@/lib/shop/cart';

/** The cart of whoever is asking; `create` gives a guest a cart cookie (only in actions). */
export async function cartOwner(create = false): Promise<CartOwner | null> {
  const jar = await cookies();
  const owner = cartOwnerFor(await currentActor(), jar.get(GUEST_CART_COOKIE)?.value);
  if (owner || !create) return owner;
  const token = newGuestToken();
  jar.set(GUEST_CART_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production' && process.env.NEXTAUTH_URL?.startsWith('https:'),
    path: '/',
    maxAge: 30 * 24 * 3600,
  });
  return { guestToken: token };
}
