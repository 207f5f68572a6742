import { tableToCsv } from './csv';
import { tablesToXlsx } from './xlsx';
import type { SheetTable } from './table';

/** A download of typed tables as CSV (the first table; default) or XLSX (all, one sheet each). */
export async function spreadsheetResponse(
  tables: SheetTable | SheetTable[],
  { format, filename }: { format: string | null | undefined; filename: string },
) {
  const list = Array.isArray(tables) ? tables : [tables];
  const xlsx = format === 'xlsx';
  const body = xlsx ? await tablesToXlsx(list) : tableToCsv(list[0]);
  return new Response(body as BodyInit, {
    headers: {
      'content-type': xlsx
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}.${xlsx ? 'xlsx' : 'csv'}"`,
      'cache-control': 'no-store',
    },
  });
}
