import { currentActor, authorize } from '@/lib/auth/actor';
import { opdSpendingFor, spendingReportRows } from '@/lib/procurement/transparency';
import { toCsv } from '@/lib/spreadsheet/csv';
import { toXlsx } from '@/lib/spreadsheet/xlsx';
import { apiError } from '@/lib/server/api';

// The accountability report as a file: OPD staff get their own OPD, Dinas admins every OPD.
export async function GET(request: Request) {
  try {
    const actor = authorize(await currentActor(), ['OPD_STAFF', 'DINAS_ADMIN']);
    const rows = spendingReportRows(
      await opdSpendingFor(actor.role === 'OPD_STAFF' ? (actor.opdId ?? '-') : undefined),
    );
    if (new URL(request.url).searchParams.get('format') === 'xlsx') {
      return new Response(new Uint8Array(toXlsx(rows, 'Belanja UMKM')), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': 'attachment; filename="laporan-belanja-umkm.xlsx"',
        },
      });
    }
    return new Response(toCsv(rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="laporan-belanja-umkm.csv"',
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
