'use server';
import { resetPassword } from '@/lib/accounts/password-reset';
import { requestIp } from '@/lib/security/request-ip';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function resetPasswordAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => resetPassword(formObject(form), await requestIp()));
}
