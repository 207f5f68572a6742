import { NextResponse } from 'next/server';
import { productQuerySchema, withoutBlanks } from '@/lib/catalog/search-schema';
import { searchCatalog } from '@/lib/catalog/search';
import { apiError } from '@/lib/server/api';
import { apiKey, cachedPage, pageCacheEnabled } from '@/lib/page-cache/page-cache';

const headers = {
  'content-type': 'application/json',
  'cache-control': 'public, max-age=60, s-maxage=60, stale-while-revalidate=300',
};

// Public, cacheable by a CDN for a minute; only published products of verified UMKM appear. The
// serialized answer is kept in the page cache as well, so it expires with the catalog like the
// search data it is made of; proxy.ts answers a repeated search from there before routing (a
// popular search costs one lookup), and this handler answers and stores the first one.
export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const answer = async () => {
      const query = productQuerySchema.parse(withoutBlanks(Object.fromEntries(url.searchParams)));
      const body = JSON.stringify(
        await searchCatalog(query).then(({ items, nextCursor }) => ({ items, nextCursor })),
      );
      return {
        html: body,
        nonce: '',
        headers: Object.entries(headers),
        storedAt: Date.now(),
        bytes: body.length * 2,
      };
    };
    if (!pageCacheEnabled()) return new NextResponse((await answer()).html, { headers });
    const { page, hit } = await cachedPage(apiKey(url.pathname + url.search), answer);
    return new NextResponse(page!.html, { headers: { ...headers, 'x-page-cache': hit ? 'hit' : 'miss' } });
  } catch (error) {
    return apiError(error);
  }
}
