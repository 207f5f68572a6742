import { NextResponse } from 'next/server';
import { recordPackage } from '@/lib/procurement/ocds-read';
import { apiError, jsonError } from '@/lib/server/api';

// One process as an OCDS 1.1 record package: all its releases and the compiled release.
export async function GET(request: Request, { params }: { params: Promise<{ ocid: string }> }) {
  try {
    const url = new URL(request.url);
    const ocid = decodeURIComponent((await params).ocid);
    if (ocid.length > 200) return jsonError(404, 'Proses tidak ditemukan.');
    const body = await recordPackage(`${url.protocol}//${url.host}`, ocid);
    if (!body) return jsonError(404, 'Proses tidak ditemukan.');
    return NextResponse.json(body, { headers: { 'cache-control': 'public, max-age=60, s-maxage=60' } });
  } catch (error) {
    return apiError(error);
  }
}
