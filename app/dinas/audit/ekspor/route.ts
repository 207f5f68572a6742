import { currentActor } from '@/lib/auth/actor';
import { auditExportRows, auditFilterSchema } from '@/lib/audit/viewer';
import { apiError } from '@/lib/server/api';
import { spreadsheetResponse } from '@/lib/spreadsheet/response';

export async function GET(request: Request) {
  try {
    const actor = await currentActor();
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const table = await auditExportRows(actor, auditFilterSchema.parse(params));
    return spreadsheetResponse(table, {
      format: params.format,
      filename: `log-audit-${new Date().toISOString().slice(0, 10)}`,
    });
  } catch (error) {
    return apiError(error);
  }
}
