import { toCsv } from './csv';
import { toXlsx } from './xlsx';

/** A download of `rows` as CSV (default) or XLSX, named `${filename}.csv|xlsx`. */
export function spreadsheetResponse(
  rows: (string | number)[][],
  { format, filename, sheet }: { format: string | null; filename: string; sheet: string },
) {
  const xlsx = format === 'xlsx';
  const body = xlsx ? new Uint8Array(toXlsx(rows, sheet)) : toCsv(rows);
  return new Response(body, {
    headers: {
      'content-type': xlsx
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}.${xlsx ? 'xlsx' : 'csv'}"`,
      'cache-control': 'no-store',
    },
  });
}
