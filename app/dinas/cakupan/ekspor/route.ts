import { currentActor } from '@/lib/auth/actor';
import { coverageForDinas } from '@/lib/programs/coverage';
import { apiError } from '@/lib/server/api';
import { spreadsheetResponse } from '@/lib/spreadsheet/response';
import { coverageExportTables } from '../rows';

export async function GET(request: Request) {
  try {
    const data = await coverageForDinas(await currentActor());
    // CSV is one table: the kecamatan one; the workbook has both.
    return spreadsheetResponse(coverageExportTables(data), {
      format: new URL(request.url).searchParams.get('format'),
      filename: `cakupan-program-${new Date().toISOString().slice(0, 10)}`,
    });
  } catch (error) {
    return apiError(error);
  }
}
