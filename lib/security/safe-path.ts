// Where a visitor may be sent back to after signing in or posting a form: a path on this site only.
// The URL parser decides, against our own origin, what a browser would make of the text: it reads
// "\" as "/" and drops tabs and newlines, which is how "/\evil.example" and "/<tab>/evil.example"
// become another host. Control characters and backslashes are refused outright.
export function sameSitePath(raw: string | null | undefined, origin: string): string | null {
  if (!raw || !raw.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(raw)) return null;
  let url: URL;
  let site: URL;
  try {
    site = new URL(origin);
    url = new URL(raw, site);
  } catch {
    return null;
  }
  if (url.origin !== site.origin) return null;
  const path = url.pathname + url.search + url.hash;
  // A path that starts with "//" is read as another host when used as a redirect.
  return path.startsWith('//') ? null : path;
}
