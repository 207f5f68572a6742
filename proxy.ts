import { NextResponse, type NextRequest } from 'next/server';
import {
  API_SEARCH_PATH,
  apiKey,
  cachedPage,
  freshPage,
  isCacheablePath,
  pageCacheEnabled,
  pageKey,
  withNonce,
  type CachedPage,
} from '@/lib/page-cache/page-cache';
import { isSessionCookie } from '@/lib/auth/session-cookie';
// The proxy's own render requests carry this header so that they are rendered, not served from the cache.
const FILL_HEADER = 'x-page-cache-fill';
// Headers of a rendered page that describe the page itself (kept with it in the page cache).
const KEPT_HEADERS = new Set(['content-type', 'cache-control', 'vary', 'link', 'x-nextjs-stale-time']);

// Security headers for every page, with a fresh CSP nonce per request: Next.js reads the nonce from
// the request's Content-Security-Policy header and puts it on its own inline scripts. Signed-out
// visits to public catalog pages are answered from the page cache (lib/page-cache) with the nonce
// swapped. This is not authorization (every action and data function checks on its own).
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === API_SEARCH_PATH) return cachedApiAnswer(request) ?? NextResponse.next();
  if (isCrossOriginAction(request)) {
    return NextResponse.json(
      { error: 'Permintaan dari situs lain ditolak.', issues: [] },
      { status: 403, headers: { 'x-content-type-options': 'nosniff' } },
    );
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, request);
  const cached = usesPageCache(request) ? await fromPageCache(request) : null;
  if (cached?.page) {
    const { html, headers } = withNonce(cached.page, nonce);
    const response = new NextResponse(html, { headers });
    response.headers.set('x-page-cache', cached.hit ? 'hit' : 'miss');
    return withSecurityHeaders(response, csp, request);
  }
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp, request);
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

function contentSecurityPolicy(nonce: string, request: NextRequest) {
  const dev = process.env.NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' https://checkout.stripe.com",
    "frame-ancestors 'none'",
    ...(request.nextUrl.protocol === 'https:' ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

function withSecurityHeaders(response: NextResponse, csp: string, request: NextRequest) {
  response.headers.set('content-security-policy', csp);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  response.headers.set('x-frame-options', 'DENY');
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https') {
    response.headers.set('strict-transport-security', 'max-age=63072000; includeSubDomains');
  }
  return response;
}

/**
 * A repeated public API search, answered before routing: a third cheaper than reaching the route
 * handler, which answers (and stores) the first one. The answer is the same for everyone.
 */
function cachedApiAnswer(request: NextRequest) {
  if (!pageCacheEnabled() || request.method !== 'GET') return null;
  const answer = freshPage(apiKey(request.nextUrl.pathname + request.nextUrl.search));
  if (!answer) return null;
  const response = new NextResponse(answer.html, { headers: answer.headers });
  response.headers.set('x-page-cache', 'hit');
  return response;
}

/** A signed-out, full-page GET of a public catalog page: the same HTML for everyone in one language. */
function usesPageCache(request: NextRequest) {
  return (
    pageCacheEnabled() &&
    request.method === 'GET' &&
    isCacheablePath(request.nextUrl.pathname) &&
    !request.headers.has(FILL_HEADER) &&
    !request.headers.has('rsc') &&
    !request.headers.has('next-action') &&
    !request.nextUrl.searchParams.has('_rsc') &&
    !request.cookies.getAll().some((cookie) => isSessionCookie(cookie.name))
  );
}

async function fromPageCache(request: NextRequest) {
  const locale = request.cookies.get('lang')?.value === 'en' ? 'en' : 'id';
  const pathWithQuery = request.nextUrl.pathname + request.nextUrl.search;
  return cachedPage(pageKey(locale, pathWithQuery), () => render(pathWithQuery, locale)).catch(() => null);
}

/** Renders the page as a signed-out visitor through the server itself, keeping the body and nonce. */
async function render(pathWithQuery: string, locale: string): Promise<CachedPage | null> {
  const response = await fetch(`http://127.0.0.1:${process.env.PORT ?? 3000}${pathWithQuery}`, {
    headers: { [FILL_HEADER]: '1', cookie: `lang=${locale}`, accept: 'text/html' },
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  const renderNonce = response.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1];
  if (response.status !== 200 || response.headers.has('set-cookie') || !renderNonce) {
    await response.body?.cancel();
    return null;
  }
  const html = await response.text();
  const headers = [...response.headers].filter(([name]) => KEPT_HEADERS.has(name));
  return { html, nonce: renderNonce, headers, storedAt: Date.now(), bytes: html.length * 2 };
}

export const config = {
  // Pages (API responses, static files and images need no CSP nonce), and the public API search
  // for its cached answers (the matcher must be literal: Next.js reads it at build time).
  matcher: [
    '/api/v1/products',
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico|demo/).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
