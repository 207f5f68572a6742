import { currentActor, authorize } from '@/lib/auth/actor';
import { importTemplateRows } from '@/lib/msme/bulk-import';
import { apiError } from '@/lib/server/api';
import { toCsv } from '@/lib/spreadsheet/csv';
import { toXlsx } from '@/lib/spreadsheet/xlsx';

export async function GET(request: Request) {
  try {
    authorize(await currentActor(), ['DINAS_ADMIN']);
    const rows = importTemplateRows();
    if (new URL(request.url).searchParams.get('format') === 'xlsx') {
      return new Response(new Uint8Array(toXlsx(rows, 'Pendataan UMKM')), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': 'attachment; filename="templat-pendataan-umkm.xlsx"',
        },
      });
    }
    return new Response(toCsv(rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="templat-pendataan-umkm.csv"',
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
