import { NextResponse } from 'next/server';
import { catalogItem } from '@/lib/catalog/search';
import { apiError, jsonError } from '@/lib/server/api';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[a-z0-9]{1,40}$/i.test(id)) return jsonError(404, 'Produk tidak ditemukan.');
  try {
    return NextResponse.json(await catalogItem(id), {
      headers: { 'cache-control': 'public, max-age=60, s-maxage=60, stale-while-revalidate=300' },
    });
  } catch (error) {
    return apiError(error);
  }
}
