import { currentActor } from '@/lib/auth/actor';
import { coverageForDinas } from '@/lib/programs/coverage';
import { apiError } from '@/lib/server/api';
import { spreadsheetResponse } from '@/lib/spreadsheet/response';
import { coverageExportRows } from '../rows';

export async function GET(request: Request) {
  try {
    const data = await coverageForDinas(await currentActor());
    return spreadsheetResponse(coverageExportRows(data), {
      format: new URL(request.url).searchParams.get('format'),
      filename: `cakupan-program-${new Date().toISOString().slice(0, 10)}`,
      sheet: 'Cakupan',
    });
  } catch (error) {
    return apiError(error);
  }
}
