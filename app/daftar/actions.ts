'use server';
import { headers } from 'next/headers';
import { signUp } from '@/lib/accounts/accounts';
import { clientIp } from '@/lib/security/client-ip';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function signUpAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await signUp(formObject(form), clientIp(await headers()));
    return { message: 'Akun dibuat.' };
  });
}
