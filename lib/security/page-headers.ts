// The security headers of every HTML page: set by proxy.ts on what Next.js renders, and by the
// pages the front door renders itself (app/front-door/page-answer.tsx). One list, so the two
// cannot drift apart.

/** A nonce-based Content-Security-Policy: Next.js puts the nonce on its own inline scripts. */
export function contentSecurityPolicy(nonce: string, https: boolean) {
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
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** A fresh nonce for one response. */
export const newNonce = () => Buffer.from(crypto.randomUUID()).toString('base64');

/** The page's headers besides its CSP (HSTS only over HTTPS, as seen by the first proxy). */
export function pageSecurityHeaders(csp: string, https: boolean): [string, string][] {
  return [
    ['content-security-policy', csp],
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['x-frame-options', 'DENY'],
    ['permissions-policy', 'camera=(), microphone=(), geolocation=()'],
    ...(https
      ? [['strict-transport-security', 'max-age=63072000; includeSubDomains'] as [string, string]]
      : []),
  ];
}
