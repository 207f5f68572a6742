import { currentActor, authorize } from '@/lib/auth/actor';
import { opdSpendingFor, spendingOrderRows, spendingReportRows } from '@/lib/procurement/transparency';
import { spreadsheetResponse } from '@/lib/spreadsheet/response';
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
    const scope = actor.role === 'OPD_STAFF' ? (months[0]?.opd ?? 'OPD sendiri') : 'Semua OPD';
    const tables = [spendingReportRows(months), orders].map((t) => ({ ...t, filters: scope }));
    const perOrder = params.get('sheet') === 'pesanan';
    return spreadsheetResponse(perOrder ? [tables[1], tables[0]] : tables, {
      format: params.get('format'),
      filename: `laporan-belanja-umkm${perOrder && params.get('format') !== 'xlsx' ? '-pesanan' : ''}`,
    });
  } catch (error) {
    return apiError(error);
  }
}
