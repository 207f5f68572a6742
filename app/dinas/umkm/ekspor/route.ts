import { currentActor } from '@/lib/auth/actor';
import { registryExportRows, registryFilterSchema } from '@/lib/msme/registry';
import { apiError } from '@/lib/server/api';
import { spreadsheetResponse } from '@/lib/spreadsheet/response';

export async function GET(request: Request) {
  try {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const table = await registryExportRows(await currentActor(), registryFilterSchema.parse(params));
    return spreadsheetResponse(table, {
      format: params.format,
      filename: `registri-umkm-${new Date().toISOString().slice(0, 10)}`,
    });
  } catch (error) {
    return apiError(error);
  }
}
