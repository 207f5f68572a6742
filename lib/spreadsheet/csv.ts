// CSV on csv-stringify and csv-parse. Written with a BOM so Excel opens UTF-8 names correctly; a
// cell that starts with = + - @ (or a tab or CR) gets a leading ' so a spreadsheet never runs it as
// a formula (CSV injection). Read with either separator Excel uses here (comma or semicolon).
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { cellText, type Cell, type SheetTable } from './table';

const defuse = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** Plain rows (open data with machine column names): header first. */
export function toCsv(rows: (string | number)[][]) {
  return (
    '\ufeff' +
    stringify(
      rows.map((row) => row.map((v) => defuse(String(v)))),
      // A line break inside a cell is quoted too (by default only the record delimiter is).
      { record_delimiter: '\r\n', quoted_match: /[\r\n;]/ },
    )
  );
}

/** A typed table as CSV: the header row and the data (the title block is for XLSX only). */
export function tableToCsv(table: SheetTable) {
  const rows = table.rows.map((row) =>
    row.map((v: Cell, i) => cellText(v, table.columns[i]?.kind ?? 'text')),
  );
  return toCsv([table.columns.map((c) => c.header), ...rows]);
}

/** Parses CSV text (comma or semicolon separated, quoted cells, BOM) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\ufeff/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const semicolons = firstLine.match(/;/g)?.length ?? 0;
  const delimiter = semicolons > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = parse(source, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}
