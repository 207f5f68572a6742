import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { AccessDenied } from '@/lib/auth/actor';
import { DomainError } from '@/lib/server/action';
import { addToCart } from '@/lib/shop/cart';
import { isSameOriginPost } from '@/lib/security/same-origin';
import {
  cartNoticeSearch,
  pageToReturnTo,
  typedQuantity,
  type CartNotice,
} from '@/app/products/[slug]/cart-notice';
import { cartOwner } from '../cart-session';

// The product page's "Tambah ke keranjang": a plain form post, so the page needs no JavaScript
// and the front door can render it (decision 025). Answered with a redirect back to the page,
// whose URL says what happened (a notice code, never text from the request).
export async function POST(request: Request) {
  if (!isSameOriginPost(request))
    return NextResponse.json({ error: 'Permintaan lintas situs ditolak.' }, { status: 403 });
  const form = await request.formData().catch(() => null);
  const notice = await add(form);
  const back = pageToReturnTo(form?.get('kembali'));
  const location = `${back}${cartNoticeSearch(notice)}#beli`;
  // A relative Location: the Host this server sees may not be the one the browser used.
  return new NextResponse(null, { status: 303, headers: { location } });
}

async function add(form: FormData | null): Promise<CartNotice> {
  const typed = typedQuantity(form?.get('quantity'));
  try {
    const owner = await cartOwner(true);
    const input = { productId: form?.get('productId'), quantity: form?.get('quantity') };
    return { code: 'ditambah', quantity: await addToCart(owner!, input) };
  } catch (error) {
    if (error instanceof ZodError) {
      const quantity = error.issues.some((i) => i.path[0] === 'quantity');
      return quantity ? { code: 'jumlah', typed } : { code: 'tidak-tersedia' };
    }
    if (error instanceof AccessDenied) return { code: 'akun' };
    if (error instanceof DomainError)
      return error.status === 409 ? { code: 'stok', typed } : { code: 'tidak-tersedia' };
    throw error;
  }
}
