import { tableToCsv } from './csv';
import { tablesToXlsx } from './xlsx';
import { templateCsv, templateXlsx, type Template } from './template';
import type { SheetTable } from './table';

/** A spreadsheet download: XLSX bytes or CSV text, named `${filename}.xlsx|csv`, never cached. */
function download(body: Uint8Array | string, xlsx: boolean, filename: string) {
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

/** Typed tables as CSV (the first table; default) or XLSX (all, one sheet each). */
export async function spreadsheetResponse(
  tables: SheetTable | SheetTable[],
  { format, filename }: { format: string | null | undefined; filename: string },
) {
  const list = Array.isArray(tables) ? tables : [tables];
  const xlsx = format === 'xlsx';
  return download(xlsx ? await tablesToXlsx(list) : tableToCsv(list[0]), xlsx, filename);
}

/** An import template as XLSX (with lists and instructions) or CSV (header and example row). */
export async function templateResponse(
  template: Template,
  { format, filename }: { format: string | null; filename: string },
) {
  const xlsx = format === 'xlsx';
  return download(xlsx ? await templateXlsx(template) : templateCsv(template), xlsx, filename);
}
