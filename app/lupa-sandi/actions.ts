'use server';
import { headers } from 'next/headers';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { clientIp } from '@/lib/security/client-ip';
import { env } from '@/lib/server/env';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function requestPasswordResetAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const h = await headers();
    // The link uses the configured public URL; the Host header only when none is set (embedded default).
    const origin = env.NEXTAUTH_URL?.replace(/\/$/, '') ?? `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host')}`;
    return requestPasswordReset(formObject(form), clientIp(h), origin);
  });
}
