'use server';
import { headers } from 'next/headers';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { clientIp } from '@/lib/security/client-ip';
import { publicOrigin } from '@/lib/server/env';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function requestPasswordResetAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    return requestPasswordReset(formObject(form), clientIp(await headers()), publicOrigin());
  });
}
