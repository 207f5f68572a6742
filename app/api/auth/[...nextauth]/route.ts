import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { env, publicOrigin } from '@/lib/server/env';
import { db } from '@/lib/server/db';
import { jsonError } from '@/lib/server/api';
import { signInRetryAfter } from '@/lib/auth/sign-in';
import { signInClient } from '@/lib/auth/sign-in-client';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, issueDeviceToken } from '@/lib/auth/device-cookie';

// next-auth builds every URL it returns from NEXTAUTH_URL and falls back to localhost:3000: give it
// the app's one public origin, whichever way the server was started.
process.env.NEXTAUTH_URL ||= publicOrigin();

type Context = { params: Promise<{ nextauth: string[] }> };
const nextAuth = NextAuth(authOptions) as (request: Request, context: Context) => Promise<Response>;

export function GET(request: NextRequest, context: Context) {
  return nextAuth(request, context);
}

/** The posted fields, or null when the body is not the form or JSON object it claims to be. */
async function postedFields(request: Request): Promise<Record<string, unknown> | null> {
  const type = request.headers.get('content-type') ?? '';
  const text = await request.clone().text();
  if (type.includes('application/json')) {
    try {
      const value: unknown = JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : null;
    } catch {
      return null;
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

export async function POST(request: NextRequest, context: Context) {
  const fields = await postedFields(request);
  if (!fields) return jsonError(400, 'Isi permintaan bukan formulir atau JSON yang benar.');
  const action = (await context.params).nextauth.join('/');
  if (action !== 'callback/credentials') return nextAuth(request, context);

  // A limited client gets 429 and when to retry, as the rest of the app answers; the `url` lets
  // next-auth's client read the reason like any other sign-in error.
  const email = String(fields.email ?? '')
    .trim()
    .toLowerCase();
  const client = signInClient(request.headers, email);
  const wait = await signInRetryAfter(db, email, client, env.SIGNIN_MAX_FAILURES);
  if (wait > 0) {
    const response = Response.json(
      {
        error: 'rateLimited',
        message: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${Math.ceil(wait / 60)} menit.`,
        url: `${publicOrigin()}/masuk?error=rateLimited`,
      },
      { status: 429 },
    );
    response.headers.set('retry-after', String(wait));
    return response;
  }

  const response = await nextAuth(request, context);
  const signedIn = response.headers.getSetCookie().some((c) => /session-token=[^;]+/.test(c));
  if (signedIn && email) {
    const secure = publicOrigin().startsWith('https:') ? '; Secure' : '';
    const token = issueDeviceToken(email, env.NEXTAUTH_SECRET ?? '');
    response.headers.append(
      'set-cookie',
      `${DEVICE_COOKIE}=${token}; Path=/api/auth; Max-Age=${DEVICE_COOKIE_MAX_AGE}; HttpOnly; SameSite=Lax${secure}`,
    );
  }
  return response;
}
