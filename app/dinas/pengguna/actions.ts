'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { createStaffAccount } from '@/lib/accounts/accounts';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function createStaffAccountAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const user = await createStaffAccount(await currentActor(), formObject(form));
    revalidatePath('/dinas/pengguna');
    return { message: `Akun ${user.email} dibuat.` };
  });
}
