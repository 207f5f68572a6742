import { currentActor } from '@/lib/auth/actor';
import { auditExportRows, auditFilterSchema } from '@/lib/audit/viewer';
import { apiError } from '@/lib/server/api';
import { toCsv } from '@/lib/spreadsheet/csv';

export async function GET(request: Request) {
  try {
    const actor = await currentActor();
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const rows = await auditExportRows(actor, auditFilterSchema.parse(params));
    return new Response(toCsv(rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="log-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
