'use server';
import { SIGN_UP_MESSAGE, signUp } from '@/lib/accounts/accounts';
import { requestIp } from '@/lib/security/request-ip';
import { publicOrigin } from '@/lib/server/env';
import { getLocale } from '@/lib/i18n/server';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function signUpAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await signUp(formObject(form), await requestIp(), publicOrigin(), await getLocale());
    return { message: SIGN_UP_MESSAGE };
  });
}
