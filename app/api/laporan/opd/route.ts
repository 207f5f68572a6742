import { currentActor, authorize } from '@/lib/auth/actor';
import { opdSpendingFor, spendingOrderRows, spendingReportRows } from '@/lib/procurement/transparency';
import { toCsv } from '@/lib/spreadsheet/csv';
import { toXlsxSheets } from '@/lib/spreadsheet/xlsx';
import { apiError } from '@/lib/server/api';

// The accountability report as a file: OPD staff get their own OPD, Dinas admins every OPD. The
// workbook has the months and, on a second sheet, one row per order; CSV is one table, so
// ?sheet=pesanan chooses the orders.
export async function GET(request: Request) {
  try {
    const actor = authorize(await currentActor(), ['OPD_STAFF', 'DINAS_ADMIN']);
    const opdId = actor.role === 'OPD_STAFF' ? (actor.opdId ?? '-') : undefined;
    const params = new URL(request.url).searchParams;
    const [months, orders] = await Promise.all([opdSpendingFor(opdId), spendingOrderRows(opdId)]);
    if (params.get('format') === 'xlsx') {
      const workbook = toXlsxSheets([
        { name: 'Belanja UMKM per bulan', rows: spendingReportRows(months) },
        { name: 'Pesanan', rows: orders },
      ]);
      return new Response(new Uint8Array(workbook), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': 'attachment; filename="laporan-belanja-umkm.xlsx"',
        },
      });
    }
    const perOrder = params.get('sheet') === 'pesanan';
    return new Response(toCsv(perOrder ? orders : spendingReportRows(months)), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="laporan-belanja-umkm${perOrder ? '-pesanan' : ''}.csv"`,
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
