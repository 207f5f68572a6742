/**
 * The cookies of a raw Cookie header, by name: the first of a name wins (the browser sends the
 * most specific first), and a value that cannot be decoded is left out. Used where no framework
 * request object parses them: sign-in (lib/auth/sign-in-client.ts) and the front door's pages.
 */
export function readCookieHeader(raw: string | null | undefined) {
  const cookies = new Map<string, string>();
  for (const part of (raw ?? '').split(';')) {
    const at = part.indexOf('=');
    const name = (at === -1 ? part : part.slice(0, at)).trim();
    if (!name || cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(at === -1 ? '' : part.slice(at + 1).trim()));
    } catch {
      // a malformed value is no cookie of ours
    }
  }
  return cookies;
}
