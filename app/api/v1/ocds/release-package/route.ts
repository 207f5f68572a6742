import { NextResponse } from 'next/server';
import { ocdsReleasePackage } from '@/lib/procurement/transparency';
import { apiError } from '@/lib/server/api';

// Completed OPD procurements from UMKM as an Open Contracting (OCDS 1.1) release package.
export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    return NextResponse.json(await ocdsReleasePackage(`${url.protocol}//${url.host}`), {
      headers: { 'cache-control': 'public, max-age=300, s-maxage=300' },
    });
  } catch (error) {
    return apiError(error);
  }
}
