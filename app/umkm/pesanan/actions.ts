'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { updateShopOrder } from '@/lib/shop/orders';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function updateShopOrderAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const message = await updateShopOrder(
      await currentActor(),
      String(form.get('orderId')),
      formObject(form),
    );
    revalidatePath('/umkm/pesanan');
    return { message };
  });
}
