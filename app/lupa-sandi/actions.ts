'use server';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { requestIp } from '@/lib/security/request-ip';
import { publicOrigin } from '@/lib/server/env';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function requestPasswordResetAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    return requestPasswordReset(formObject(form), await requestIp(), publicOrigin());
  });
}
