import 'server-only';
import { productQuerySchema, withoutBlanks } from './search-schema';
import { searchCatalog } from './search';
import { API_SEARCH_PATH, apiKey, cachedPage, pageCacheEnabled } from '@/lib/page-cache/page-cache';
import { apiError } from '@/lib/server/api';

/** An HTTP answer in plain values: the route handler and the front door each write it out. */
export type PlainAnswer = { status: number; headers: [string, string][]; body: string };

const CACHEABLE: [string, string][] = [
  ['content-type', 'application/json'],
  ['cache-control', 'public, max-age=60, s-maxage=60, stale-while-revalidate=300'],
];

/**
 * GET /api/v1/products for a query string ("?q=…"). Public, cacheable by a CDN for a minute; only
 * published products of verified UMKM appear. The serialized answer is kept in the page cache, so
 * it expires with the catalog like the data it is made of; a repeated search costs one lookup.
 * Bad parameters are a 400 with field issues, never a 500.
 */
export async function productSearchAnswer(search: string): Promise<PlainAnswer> {
  try {
    const params = new URLSearchParams(search);
    const answer = async () => {
      const query = productQuerySchema.parse(withoutBlanks(Object.fromEntries(params)));
      const { items, nextCursor } = await searchCatalog(query);
      const html = JSON.stringify({ items, nextCursor });
      return { html, nonce: '', headers: CACHEABLE, storedAt: Date.now() };
    };
    if (!pageCacheEnabled()) return { status: 200, headers: CACHEABLE, body: (await answer()).html };
    const key = apiKey(API_SEARCH_PATH + (params.size ? `?${params}` : ''));
    const { page, hit } = await cachedPage(key, answer);
    return { status: 200, headers: [...CACHEABLE, ['x-page-cache', hit ? 'hit' : 'miss']], body: page!.html };
  } catch (error) {
    // The API's one mapping of errors to JSON (400 with field issues, never a bare 500).
    const response = apiError(error);
    return { status: response.status, headers: [...response.headers], body: await response.text() };
  }
}

// The front door (server/front-door.cjs, plain CommonJS before Next.js) answers the public search
// API itself through this hook in production: a new search then costs the search, not Next.js's
// routing, proxy and web streams around it (decision 023). Until it is set, and under `next dev`
// (whose code reloads), the route handler answers with the same function.
const HOOK = Symbol.for('etalase.api.product-search');

export function offerProductSearchToFrontDoor() {
  (globalThis as typeof globalThis & { [HOOK]?: typeof productSearchAnswer })[HOOK] = productSearchAnswer;
}
