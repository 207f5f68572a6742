import { NextResponse } from 'next/server';
import { releasePackage, releasePageQuery } from '@/lib/procurement/ocds-read';
import { apiError } from '@/lib/server/api';

// Every published OCDS 1.1 release of OPD procurement from UMKM, in publication order, in pages:
// follow links.next (a cursor), or ask for a date range (from/to, WIB days).
export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const query = releasePageQuery.parse(Object.fromEntries(url.searchParams));
    const body = await releasePackage(`${url.protocol}//${url.host}`, query);
    return NextResponse.json(body, {
      headers: {
        'cache-control': 'public, max-age=60, s-maxage=60',
        ...(body.links.next ? { link: `<${body.links.next}>; rel="next"` } : {}),
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
