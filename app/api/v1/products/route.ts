import { NextResponse } from 'next/server';
import { productQuerySchema } from '@/lib/catalog/search-schema';
import { searchCatalog } from '@/lib/catalog/search';
import { apiError } from '@/lib/server/api';

// Public, cacheable by a CDN for a minute; only published products of verified UMKM appear.
export async function GET(request: Request) {
  try {
    const query = productQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const { items, nextCursor } = await searchCatalog(query);
    return NextResponse.json({ items, nextCursor }, { headers: { 'cache-control': 'public, max-age=60, s-maxage=60, stale-while-revalidate=300' } });
  } catch (error) {
    return apiError(error);
  }
}
