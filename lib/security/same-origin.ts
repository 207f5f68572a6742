// Plain form posts to route handlers get the check Next.js gives server actions for free: the
// browser's Origin header must name this host, so another site cannot post a form here (CSRF).
export function isSameOriginPost(request: Request) {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Where to send the visitor back to after a form post: the page they came from, on this site only. */
export function backTo(request: Request) {
  const referer = request.headers.get('referer');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!referer) return '/';
  try {
    const url = new URL(referer);
    return url.host === host ? url.pathname + url.search : '/';
  } catch {
    return '/';
  }
}
