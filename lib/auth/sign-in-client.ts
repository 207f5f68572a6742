import 'server-only';
import { env } from '@/lib/server/env';
import { ipOf } from '@/lib/security/request-ip';
import { readCookieHeader } from '@/lib/security/cookie-header';
import { DEVICE_COOKIE, deviceIdFor } from './device-cookie';
import type { SignInClient } from './sign-in';

type HeaderSource = Parameters<typeof ipOf>[0];

function cookieValue(headers: HeaderSource, name: string) {
  const raw =
    headers && typeof (headers as { get?: unknown }).get === 'function'
      ? (headers as Headers).get('cookie')
      : (headers as Record<string, string | undefined> | undefined)?.cookie;
  return readCookieHeader(raw).get(name) ?? null;
}

/** The client of a sign-in request: its address and, for this account, its device id. */
export function signInClient(headers: HeaderSource, email: string): SignInClient {
  const normalizedEmail = email.trim().toLowerCase();
  return {
    ip: ipOf(headers),
    deviceId: deviceIdFor(normalizedEmail, cookieValue(headers, DEVICE_COOKIE), env.NEXTAUTH_SECRET ?? ''),
  };
}
