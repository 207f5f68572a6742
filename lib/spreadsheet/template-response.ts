import { templateCsv, templateXlsx, type Template } from './template';

/** An import template as XLSX (with lists and instructions) or CSV (header and example row). */
export async function templateResponse(
  template: Template,
  { format, filename }: { format: string | null; filename: string },
) {
  const xlsx = format === 'xlsx';
  return new Response((xlsx ? await templateXlsx(template) : templateCsv(template)) as BodyInit, {
    headers: {
      'content-type': xlsx
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}.${xlsx ? 'xlsx' : 'csv'}"`,
      'cache-control': 'no-store',
    },
  });
}
