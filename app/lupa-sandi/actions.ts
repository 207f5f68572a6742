'use server';
import { headers } from 'next/headers';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { clientIp } from '@/lib/security/client-ip';
import { env } from '@/lib/server/env';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function requestPasswordResetAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    // Never from the request's Host header (anyone can send one, and the link would carry the token
    // to their server): the configured public URL, else this machine (the embedded default).
    const origin = env.NEXTAUTH_URL?.replace(/\/$/, '') ?? `http://localhost:${env.PORT}`;
    return requestPasswordReset(formObject(form), clientIp(await headers()), origin);
  });
}
