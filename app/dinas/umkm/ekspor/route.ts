import { currentActor } from '@/lib/auth/actor';
import { registryExportRows, registryFilterSchema } from '@/lib/msme/registry';
import { apiError } from '@/lib/server/api';
import { toCsv } from '@/lib/spreadsheet/csv';
import { toXlsx } from '@/lib/spreadsheet/xlsx';

export async function GET(request: Request) {
  try {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const rows = await registryExportRows(await currentActor(), registryFilterSchema.parse(params));
    const stamp = new Date().toISOString().slice(0, 10);
    if (params.format === 'xlsx') {
      return new Response(new Uint8Array(toXlsx(rows, 'Registri UMKM')), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="registri-umkm-${stamp}.xlsx"`,
          'cache-control': 'no-store',
        },
      });
    }
    return new Response(toCsv(rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="registri-umkm-${stamp}.csv"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
