// XLSX on exceljs (decision 019): exports with a title block, a frozen and filterable header,
// fitted column widths and typed cells; templates with instructions and drop-down lists; and the
// reader for what people fill in.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { cellText, generatedAt, wibParts, type Cell, type ColumnKind, type SheetTable } from './table';

const numberFormats: Partial<Record<ColumnKind, string>> = {
  // Shown as "Rp 45.000" by Excel set to Indonesian (the format's "," is its thousands separator).
  rupiah: '"Rp "#,##0',
  number: '#,##0',
  percent: '0.0"%"',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  id: '@',
};

/** Excel has no time zones: a moment is written as its WIB wall clock. */
const wibWallClock = (date: Date) => {
  const p = wibParts(date);
  return new Date(Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm));
};

function cellValue(value: Cell, kind: ColumnKind): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date)
    return kind === 'text' || kind === 'id' ? cellText(value, 'date') : wibWallClock(value);
  if (typeof value === 'bigint') return Number(value);
  if (kind === 'id' || kind === 'text') return String(value);
  return value;
}

const HEADER_ROW = 3;

export function addTableSheet(workbook: ExcelJS.Workbook, table: SheetTable) {
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.getCell(1, 1).value = table.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value = [table.filters || 'Semua data', generatedAt()].join(' · ');
  sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF475569' } };
  const header = sheet.getRow(HEADER_ROW);
  table.columns.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
  for (const [r, row] of table.rows.entries()) {
    const line = sheet.getRow(HEADER_ROW + 1 + r);
    table.columns.forEach((c, i) => {
      const cell = line.getCell(i + 1);
      cell.value = cellValue(row[i], c.kind);
      const format = numberFormats[c.kind];
      if (format) cell.numFmt = format;
    });
  }
  table.columns.forEach((c, i) => {
    const longest = Math.max(
      c.header.length,
      ...table.rows
        .slice(0, 2000)
        .map((row) => cellText(row[i], c.kind).length + (c.kind === 'rupiah' ? 4 : 0)),
    );
    sheet.getColumn(i + 1).width = c.width ?? Math.min(60, Math.max(8, longest + 2));
    if (c.kind === 'id') sheet.getColumn(i + 1).numFmt = '@';
  });
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + Math.max(table.rows.length, 1), column: Math.max(table.columns.length, 1) },
  };
  return sheet;
}

/** A workbook of typed tables, one sheet each, in order. */
export async function tablesToXlsx(tables: SheetTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Etalase UMKM Medan';
  for (const table of tables) addTableSheet(workbook, table);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const d = value;
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return textOf(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * Reads the first worksheet's cells as text (a date as dd/mm/yyyy, a whole number without
 * separators). Throws on a file that is not an XLSX workbook, or one that unpacks to over 20 MB.
 */
export async function readXlsx(
  bytes: Uint8Array,
  limits = { maxUncompressed: 20_000_000 },
): Promise<string[][]> {
  let total = 0;
  try {
    // Sizes only, nothing is unpacked here: a zip bomb is refused before exceljs opens it.
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    throw new Error('Berkas ini bukan lembar kerja XLSX yang dikenali.');
  }
  if (total > limits.maxUncompressed) throw new Error('Berkas XLSX terlalu besar setelah diekstrak.');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new Error('Berkas ini bukan lembar kerja XLSX yang dikenali.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('Berkas ini bukan lembar kerja XLSX yang dikenali.');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = textOf(cell.value);
    });
    rows.push(cells);
  });
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}
