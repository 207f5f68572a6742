import { currentActor, authorize } from '@/lib/auth/actor';
import { cooperativeColumns } from '@/lib/cooperatives/import';
import { apiError } from '@/lib/server/api';
import { spreadsheetResponse } from '@/lib/spreadsheet/response';

export async function GET(request: Request) {
  try {
    authorize(await currentActor(), ['DINAS_ADMIN']);
    const rows = [cooperativeColumns.map(([c]) => c), cooperativeColumns.map(([, example]) => example)];
    return spreadsheetResponse(rows, {
      format: new URL(request.url).searchParams.get('format'),
      filename: 'templat-koperasi',
      sheet: 'Koperasi',
    });
  } catch (error) {
    return apiError(error);
  }
}
