'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { removeFromCart, setCartQuantity } from '@/lib/shop/cart';
import { placeOrder } from '@/lib/shop/checkout';
import { uploadReceipt } from '@/lib/shop/transfer';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';
import { cartOwner } from './cart-session';
import { publicOrigin } from '@/lib/server/env';

export async function updateCartAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const owner = await cartOwner();
    // Whatever happens, the page re-renders, so a tab left open stops showing lines already ordered.
    revalidatePath('/keranjang');
    if (!owner) return { message: 'Keranjang kosong.' };
    if (form.get('intent') === 'remove') await removeFromCart(owner, String(form.get('productId')));
    else await setCartQuantity(owner, formObject(form));
    return { message: 'Keranjang diperbarui.' };
  });
}

export async function checkoutAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  let destination: string | null = null;
  const result = await runAction<undefined>(async () => {
    const placed = await placeOrder(await currentActor(), formObject(form), publicOrigin());
    destination = placed.redirectUrl ?? `/akun?pesanan=${placed.orderNumbers.join(',')}`;
    return { message: 'Pesanan dibuat.' };
  });
  if (result.ok && destination) redirect(destination);
  return result;
}

export async function uploadReceiptAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const orderId = String(form.get('orderId'));
    const message = await uploadReceipt(await currentActor(), orderId, form.get('receipt') as File | null);
    revalidatePath('/akun', 'layout');
    return { message };
  });
}
