// Full-page cache for signed-out visitors of the public catalog (docs/decisions/007, 021).
//
// Rendering a dynamic page costs Next.js 10–15 ms of CPU even when its data is cached, and the
// per-request CSP nonce keeps every page dynamic. So proxy.ts keeps the rendered HTML of public
// catalog pages for a short time and serves it again with the nonce swapped for a fresh one. The
// nonce the page was rendered with never leaves the server, so a stored page gives an attacker no
// usable nonce. The public API keeps its serialized search answers here too (nonce ''), so that
// they expire with the catalog. Used by proxy.ts, the API and expireCatalog; both run in the server's one process, so the
// state lives on globalThis (the proxy and the app are bundled separately).

import { metrics } from '@/lib/observability/log';

export type CachedPage = {
  html: string;
  nonce: string;
  /** The id of the request that rendered it (in the page's request-id meta), swapped like the nonce. */
  requestId?: string;
  headers: [string, string][];
  storedAt: number;
};

type Fill = { promise: Promise<CachedPage | null>; settle: (page: CachedPage | null) => void };

// A stored page keeps its body outside the JavaScript heap: the cache's 32 MB would otherwise sit in
// the server's capped heap (SERVER_HEAP_MB) and make every full garbage collection slower and more
// frequent; decoding a hit costs a fraction of a millisecond (decision 023).
type StoredPage = Omit<CachedPage, 'html'> & { body: Buffer; bytes: number };

type PageCacheState = {
  entries: Map<string, StoredPage>;
  filling: Map<string, Fill>;
  bytes: number;
};

// A page missing from the cache is rendered by the visitor's own request (no request of the server
// to itself): proxy.ts claims the fill and marks the response with this header, and
// server/front-door.cjs, which sees the response go out, hands its HTML to `settleFill` (through
// globalThis: the front door is plain CommonJS loaded before Next.js) and removes the header.
export const FILL_KEY_HEADER = 'x-page-cache-key';
const SETTLE_HOOK = Symbol.for('etalase.page-cache.settle');
// A claimed fill whose response never came (aborted, crashed render) is given up after this.
const FILL_TIMEOUT_MS = 15_000;

const MAX_BYTES = 32 * 1024 * 1024;
export const PAGE_TTL_MS = 60_000;

const globalKey = Symbol.for('etalase.page-cache');
function state(): PageCacheState {
  const g = globalThis as typeof globalThis & {
    [globalKey]?: PageCacheState;
    [SETTLE_HOOK]?: typeof settleFill;
  };
  g[SETTLE_HOOK] ??= settleFill;
  return (g[globalKey] ??= { entries: new Map(), filling: new Map(), bytes: 0 });
}

function newFill(key: string): Fill {
  let settle!: (page: CachedPage | null) => void;
  const promise = new Promise<CachedPage | null>((resolve) => (settle = resolve));
  const fill: Fill = { promise, settle };
  const timer = setTimeout(() => {
    const s = state();
    if (s.filling.get(key) === fill) s.filling.delete(key);
    fill.settle(null);
  }, FILL_TIMEOUT_MS);
  timer.unref?.();
  promise.finally(() => clearTimeout(timer));
  return fill;
}

/**
 * The stored page, or the render in flight for it, or `claimed`: the caller renders it and settles
 * the fill. Synchronous, so that a claim and its render start in the same tick.
 */
function lookupOrClaim(
  key: string,
): { page: CachedPage; hit: true } | { pending: Promise<CachedPage | null> } | 'claimed' {
  const s = state();
  const stored = freshPage(key);
  const counter = metrics().pageCache;
  if (stored) {
    counter.inc({ result: 'hit' });
    return { page: stored, hit: true };
  }
  const pending = s.filling.get(key);
  if (pending) {
    counter.inc({ result: 'shared' });
    return { pending: pending.promise };
  }
  counter.inc({ result: 'miss' });
  s.filling.set(key, newFill(key));
  return 'claimed';
}

/**
 * For a page request: the stored page (`hit`), or the page another request is rendering right now
 * (waited for; null when that render was not cacheable), or `claimed`: this request renders it and
 * its response will be stored.
 */
export async function pageOrClaim(
  key: string,
): Promise<{ page: CachedPage; hit: boolean } | 'claimed' | null> {
  const found = lookupOrClaim(key);
  if (found === 'claimed' || 'page' in found) return found;
  const page = await found.pending;
  return page ? { page, hit: false } : null;
}

/** The response of a claimed fill (null: not cacheable, e.g. not a 200 or it set a cookie). */
export function settleFill(key: string, page: CachedPage | null) {
  const s = state();
  const fill = s.filling.get(key);
  // Gone when the page expired meanwhile (expirePages) or the claim timed out: not stored.
  if (!fill) return;
  s.filling.delete(key);
  if (page) store(key, page);
  fill.settle(page);
}

/** Paths whose signed-out HTML is the same for every visitor with the same language. */
export function isCacheablePath(pathname: string) {
  return pathname === '/' || pathname === '/products' || /^\/(products|umkm)\/[^/]+$/.test(pathname);
}

export const productPagePath = (slug: string) => `/products/${slug}`;

function remove(key: string) {
  const s = state();
  const entry = s.entries.get(key);
  if (!entry) return;
  s.entries.delete(key);
  s.bytes -= entry.bytes;
}

/**
 * The page under `key`, rendering it with `render` when missing or older than the TTL (`hit` says
 * which). Concurrent misses for one key share a single render. `page` is null when the page is not
 * cacheable (not a 200).
 */
export async function cachedPage(
  key: string,
  render: () => Promise<CachedPage | null>,
): Promise<{ page: CachedPage | null; hit: boolean }> {
  const found = lookupOrClaim(key);
  if (found !== 'claimed') {
    if ('page' in found) return found;
    const page = await found.pending;
    // Its render failed or was not cacheable: render here, so this caller gets its own answer
    // (or error).
    return { page: page ?? (await render()), hit: false };
  }
  const rendering = render();
  rendering.then(
    (page) => settleFill(key, page),
    () => settleFill(key, null),
  );
  return { page: await rendering, hit: false };
}

/** The stored page under `key` if younger than the TTL, else null; never renders. */
export function freshPage(key: string) {
  const s = state();
  const stored = s.entries.get(key);
  if (!stored || Date.now() - stored.storedAt >= PAGE_TTL_MS) return null;
  // Least recently used first: re-insert on every hit.
  s.entries.delete(key);
  s.entries.set(key, stored);
  const { body, ...rest } = stored;
  return { ...rest, html: body.toString('utf8') };
}

function store(key: string, page: CachedPage) {
  const s = state();
  remove(key);
  const { html, ...rest } = page;
  const body = Buffer.from(html, 'utf8');
  s.entries.set(key, { ...rest, body, bytes: body.length });
  s.bytes += body.length;
  for (const oldest of s.entries.keys()) {
    if (s.bytes <= MAX_BYTES) break;
    remove(oldest);
  }
}

/**
 * Drops stored pages: every page when `everything`, otherwise the pages of the given paths (in every
 * language and with any query). A render in flight for a dropped page is not stored either.
 */
export function expirePages(paths: string[], everything = false) {
  const s = state();
  if (everything) {
    s.entries.clear();
    s.bytes = 0;
    for (const fill of s.filling.values()) fill.settle(null);
    s.filling.clear();
    return;
  }
  const wanted = new Set(paths);
  const matches = (key: string) => wanted.has(pathOfKey(key));
  for (const key of [...s.entries.keys()]) if (matches(key)) remove(key);
  for (const [key, fill] of [...s.filling])
    if (matches(key)) {
      s.filling.delete(key);
      fill.settle(null);
    }
}

/** Cache key: language, then path and query. */
export const pageKey = (locale: string, pathWithQuery: string) => `${locale} ${pathWithQuery}`;
/** Cache key of a public API answer (GET /api/v1/products). */
export const apiKey = (pathWithQuery: string) => pageKey('api', pathWithQuery);
export const API_SEARCH_PATH = '/api/v1/products';
const pathOfKey = (key: string) => key.slice(key.indexOf(' ') + 1).split('?')[0];

/**
 * The stored HTML and headers (React puts the nonce in a Link header too) with this response's
 * nonce and request id.
 */
export function withNonce(page: CachedPage, nonce: string, requestId?: string) {
  const swapId = (text: string) =>
    page.requestId && requestId ? text.replaceAll(page.requestId, requestId) : text;
  const swap = (text: string) => swapId(page.nonce ? text.replaceAll(page.nonce, nonce) : text);
  return {
    html: swap(page.html),
    headers: page.headers.map(([name, value]): [string, string] => [name, swap(value)]),
  };
}

/** On in production unless PAGE_CACHE=off; `next dev` and the integration tests always render. */
export const pageCacheEnabled = () =>
  process.env.PAGE_CACHE !== 'off' && process.env.NODE_ENV === 'production';

export function pageCacheStats() {
  const s = state();
  return { pages: s.entries.size, bytes: s.bytes };
}
