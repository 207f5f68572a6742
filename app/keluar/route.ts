import { NextResponse, type NextRequest } from 'next/server';
import { isSessionCookie } from '@/lib/auth/session-cookie';
import { isSameOriginPost } from '@/lib/security/same-origin';

// Sessions are JWTs in a cookie (docs/decisions/003): signing out removes the cookie: both names
// next-auth uses (a __Secure- prefix over HTTPS) and the .0, .1… chunks of a large token. A plain
// form post, so it works on pages without JavaScript.
export async function POST(request: NextRequest) {
  if (!isSameOriginPost(request))
    return NextResponse.json({ error: 'Permintaan lintas situs ditolak.' }, { status: 403 });
  const response = new NextResponse(null, { status: 303, headers: { location: '/' } });
  const names = new Set([
    'next-auth.session-token',
    '__Secure-next-auth.session-token',
    ...request.cookies
      .getAll()
      .map((c) => c.name)
      .filter(isSessionCookie),
  ]);
  for (const name of names)
    response.cookies.set(name, '', { path: '/', maxAge: 0, secure: name.startsWith('__Secure-') });
  return response;
}
