import { NextResponse } from 'next/server';
import { publicCoverage, publicCoverageRows } from '@/lib/programs/coverage';
import { coverageQuerySchema } from '@/lib/programs/schema';
import { apiError } from '@/lib/server/api';
import { toCsv } from '@/lib/spreadsheet/csv';

// Public coverage figures (no sign-in, no personal data, small counts suppressed): JSON, or CSV
// with ?format=csv. Described in /api/v1/openapi.json.
export async function GET(request: Request) {
  try {
    const { format } = coverageQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const data = await publicCoverage();
    // As long as the server keeps the figures (lib/programs/coverage.ts), so a change shows within a minute.
    const headers = { 'cache-control': 'public, max-age=60' };
    if (format === 'csv')
      return new Response(toCsv(publicCoverageRows(data)), {
        headers: {
          ...headers,
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="cakupan-program-${data.generatedAt.slice(0, 10)}.csv"`,
        },
      });
    return NextResponse.json(data, { headers });
  } catch (error) {
    return apiError(error);
  }
}
