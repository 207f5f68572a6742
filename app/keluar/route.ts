import { NextResponse } from 'next/server';
import { isSameOriginPost } from '@/lib/security/same-origin';

// Sessions are JWTs in a cookie (docs/decisions/003): signing out removes the cookie. next-auth names
// it with a __Secure- prefix over HTTPS. A plain form post, so it works on pages without JavaScript.
export async function POST(request: Request) {
  if (!isSameOriginPost(request)) return NextResponse.json({ error: 'Permintaan lintas situs ditolak.' }, { status: 403 });
  const response = new NextResponse(null, { status: 303, headers: { location: '/' } });
  for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token']) {
    response.cookies.set(name, '', { path: '/', maxAge: 0, secure: name.startsWith('__Secure-') });
  }
  return response;
}
