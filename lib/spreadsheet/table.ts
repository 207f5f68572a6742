// A spreadsheet as data: a title, what it was filtered by, typed columns and rows. The XLSX writer
// (exceljs) and the CSV writer (csv-stringify) both read it, so a money column is a number cell
// formatted in Rupiah, a date a date in WIB, and an identifier text, in every export (decision 019).

/**
 * text: words; id: an identifier that must stay text (NIK, NIB, NPWP, phone, account: Excel would
 * turn 1271… into 1.27E+15); rupiah / number: numbers; date: a day; datetime: a moment, in WIB.
 */
export type ColumnKind = 'text' | 'id' | 'rupiah' | 'number' | 'percent' | 'date' | 'datetime';
export type Column = { header: string; kind: ColumnKind; width?: number };
export type Cell = string | number | bigint | Date | null | undefined;

export type SheetTable = {
  /** the sheet's name in the workbook (≤ 31 characters) */
  sheet: string;
  /** the title row: what this is */
  title: string;
  /** what was filtered (empty: everything); the generation time is added by the writer */
  filters?: string;
  columns: Column[];
  rows: Cell[][];
};

export const col = {
  text: (header: string, width?: number): Column => ({ header, kind: 'text', width }),
  id: (header: string): Column => ({ header, kind: 'id' }),
  rupiah: (header: string): Column => ({ header, kind: 'rupiah' }),
  number: (header: string): Column => ({ header, kind: 'number' }),
  percent: (header: string): Column => ({ header, kind: 'percent' }),
  date: (header: string): Column => ({ header, kind: 'date' }),
  datetime: (header: string): Column => ({ header, kind: 'datetime' }),
};

const WIB_MS = 7 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as its WIB wall-clock fields. */
export function wibParts(date: Date) {
  const d = new Date(date.getTime() + WIB_MS);
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    hh: d.getUTCHours(),
    mm: d.getUTCMinutes(),
  };
}

/** How a cell reads as text (CSV, widths): dd/mm/yyyy in WIB, whole numbers without separators. */
export function cellText(value: Cell, kind: ColumnKind): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const p = wibParts(value);
    const day = `${pad(p.d)}/${pad(p.m)}/${p.y}`;
    return kind === 'datetime' ? `${day} ${pad(p.hh)}:${pad(p.mm)}` : day;
  }
  return String(value);
}

/** "dibuat 1 Des 2026 18.05 WIB", for the title block. */
export function generatedAt(now = new Date()) {
  const text = new Intl.DateTimeFormat('id-ID', {
    timeZone: 'Asia/Jakarta',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(now);
  return `dibuat ${text} WIB`;
}
