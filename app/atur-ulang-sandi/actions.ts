'use server';
import { headers } from 'next/headers';
import { resetPassword } from '@/lib/accounts/password-reset';
import { clientIp } from '@/lib/security/client-ip';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function resetPasswordAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => resetPassword(formObject(form), clientIp(await headers())));
}
