import { NextResponse } from 'next/server';
import { publicOpdSpending, spendingCsvRows } from '@/lib/procurement/transparency';
import { toCsv } from '@/lib/spreadsheet/csv';
import { apiError, jsonError } from '@/lib/server/api';

// Public: which OPD buys how much from local UMKM, per month. JSON, or CSV with ?format=csv.
export async function GET(request: Request) {
  try {
    const format = new URL(request.url).searchParams.get('format') ?? 'json';
    if (format !== 'json' && format !== 'csv')
      return jsonError(400, 'Parameter tidak valid.', [{ path: 'format', message: 'harus json atau csv' }]);
    const rows = await publicOpdSpending();
    const cache = { 'cache-control': 'public, max-age=300, s-maxage=300' };
    if (format === 'csv')
      return new Response(toCsv(spendingCsvRows(rows)), {
        headers: {
          ...cache,
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="belanja-opd-umkm.csv"',
        },
      });
    return NextResponse.json(
      { generatedAt: new Date().toISOString(), currency: 'IDR', rows },
      { headers: cache },
    );
  } catch (error) {
    return apiError(error);
  }
}
