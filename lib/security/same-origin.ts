import { publicOrigin } from '@/lib/server/env';
import { sameSitePath } from './safe-path';

// Plain form posts to route handlers get the check Next.js gives server actions for free: the
// browser's Origin header must name this site, so another site cannot post a form here (CSRF).
// The site is the host the request came to (behind proxies, the first x-forwarded-host entry,
// as Next.js reads it) or the configured public origin.
function siteHosts(request: Request) {
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const hosts = [forwarded, request.headers.get('host') ?? undefined];
  try {
    hosts.push(new URL(publicOrigin()).host);
  } catch {
    // An unparsable NEXTAUTH_URL is reported at start-up; the request's own host still counts.
  }
  return new Set(hosts.filter((host): host is string => Boolean(host)));
}

function parseUrl(url: string | null) {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isSameOriginPost(request: Request) {
  const origin = parseUrl(request.headers.get('origin'));
  return origin !== null && siteHosts(request).has(origin.host);
}

/** Where to send the visitor back to after a form post: the page they came from, on this site only. */
export function backTo(request: Request) {
  const referer = parseUrl(request.headers.get('referer'));
  if (!referer || !siteHosts(request).has(referer.host)) return '/';
  return sameSitePath(referer.pathname + referer.search, referer.origin) ?? '/';
}
