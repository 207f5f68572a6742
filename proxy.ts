import { NextResponse, type NextRequest } from 'next/server';
import {
  FILL_KEY_HEADER,
  freshPage,
  isCacheablePath,
  pageCacheEnabled,
  pageKey,
  pageOrClaim,
  withNonce,
} from '@/lib/page-cache/page-cache';
import { isSessionCookie } from '@/lib/auth/session-cookie';
import { contentSecurityPolicy, newNonce, pageSecurityHeaders } from '@/lib/security/page-headers';

// Security headers for every page, with a fresh CSP nonce per request: Next.js reads the nonce from
// the request's Content-Security-Policy header and puts it on its own inline scripts. Signed-out
// visits to public catalog pages are answered from the page cache (lib/page-cache) with the nonce
// swapped. This is not authorization (every action and data function checks on its own).
export async function proxy(request: NextRequest) {
  if (isCrossOriginAction(request)) {
    return NextResponse.json(
      { error: 'Permintaan dari situs lain ditolak.', issues: [] },
      { status: 403, headers: { 'x-content-type-options': 'nosniff' } },
    );
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, overHttps(request));
  const cached = usesPageCache(request) ? await fromPageCache(request) : null;
  if (cached && cached !== 'claimed') {
    const { html, headers } = withNonce(cached.page, nonce, request.headers.get('x-request-id') ?? undefined);
    const response = new NextResponse(html, { headers });
    response.headers.set('x-page-cache', cached.hit ? 'hit' : 'miss');
    return withSecurityHeaders(response, csp, request);
  }
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  // This request renders the page for the cache: the front door stores what goes out.
  if (cached === 'claimed') {
    response.headers.set('x-page-cache', 'miss');
    response.headers.set(FILL_KEY_HEADER, encodeURIComponent(cacheKey(request)));
  }
  return withSecurityHeaders(response, csp, request);
}

/**
 * A server action posted from another site. Next.js refuses it too, but with a 500; this answers
 * 403 first. The site is the host the request came to (first x-forwarded-host behind proxies, as
 * Next.js reads it) or the configured public origin. A POST without Origin is left to Next.js.
 */
function isCrossOriginAction(request: NextRequest) {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const hosts = [request.headers.get('x-forwarded-host')?.split(',')[0]?.trim(), request.headers.get('host')];
  try {
    if (process.env.NEXTAUTH_URL) hosts.push(new URL(process.env.NEXTAUTH_URL).host);
  } catch {
    // A bad NEXTAUTH_URL is reported at start-up.
  }
  return !hosts.includes(originHost);
}

/** HTTPS as the visitor sees it: the URL Next.js reconstructed, or the first proxy's header. */
const overHttps = (request: NextRequest) =>
  request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';

function withSecurityHeaders(response: NextResponse, csp: string, request: NextRequest) {
  for (const [name, value] of pageSecurityHeaders(csp, overHttps(request))) response.headers.set(name, value);
  return response;
}

/** A signed-out, full-page GET of a public catalog page: the same HTML for everyone in one language. */
function usesPageCache(request: NextRequest) {
  return (
    pageCacheEnabled() &&
    request.method === 'GET' &&
    isCacheablePath(request.nextUrl.pathname) &&
    !request.headers.has('rsc') &&
    !request.headers.has('next-action') &&
    !request.nextUrl.searchParams.has('_rsc') &&
    !request.cookies.getAll().some((cookie) => isSessionCookie(cookie.name))
  );
}

const cacheKey = (request: NextRequest) =>
  pageKey(
    request.cookies.get('lang')?.value === 'en' ? 'en' : 'id',
    request.nextUrl.pathname + request.nextUrl.search,
  );

/**
 * The stored page, or the one being rendered for another visitor, or `claimed` when this request
 * is to render it. Only a request with no cookie but the language renders for the cache (its page
 * is then the same for every visitor); others are served stored pages but render for themselves.
 */
async function fromPageCache(request: NextRequest) {
  const key = cacheKey(request);
  if (request.cookies.getAll().some((cookie) => cookie.name !== 'lang')) {
    const page = freshPage(key);
    return page ? { page, hit: true } : null;
  }
  return pageOrClaim(key).catch(() => null);
}

export const config = {
  // Pages (API responses, static files and images need no CSP nonce; the public search API is
  // answered, cached or not, by the front door or its route handler). The matcher must be
  // literal: Next.js reads it at build time.
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico|demo/).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
