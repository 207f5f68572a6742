import { NextResponse } from 'next/server';
import { productQuerySchema } from '@/lib/catalog/search-schema';
import { searchCatalog } from '@/lib/catalog/search';
import { apiError } from '@/lib/server/api';
import { cachedPage, pageCacheEnabled, pageKey } from '@/lib/page-cache/page-cache';

const headers = { 'content-type': 'application/json', 'cache-control': 'public, max-age=60, s-maxage=60, stale-while-revalidate=300' };

// Public, cacheable by a CDN for a minute; only published products of verified UMKM appear. The
// serialized answer is kept in the page cache as well (a popular search costs one lookup), so it
// expires with the catalog like the search data it is made of.
export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const answer = async () => {
      const query = productQuerySchema.parse(Object.fromEntries(url.searchParams));
      const body = JSON.stringify(await searchCatalog(query).then(({ items, nextCursor }) => ({ items, nextCursor })));
      return { html: body, nonce: '', headers: [], storedAt: Date.now(), bytes: body.length * 2 };
    };
    const { html } = (pageCacheEnabled() ? (await cachedPage(pageKey('api', url.pathname + url.search), answer)).page : await answer())!;
    return new NextResponse(html, { headers });
  } catch (error) {
    return apiError(error);
  }
}
