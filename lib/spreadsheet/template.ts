// Import templates a person can fill in without reading a manual: the data sheet first (its header
// row holds the column keys the importer reads), identifier columns formatted as text, drop-down
// lists of the valid values (kelurahan follow the chosen kecamatan), an example row, and a sheet of
// instructions. On exceljs, like the exports (decision 019).
import ExcelJS from 'exceljs';
import { toCsv } from './csv';

export type TemplateColumn = {
  key: string;
  example: string;
  kind: 'text' | 'id' | 'number' | 'date' | 'rupiah';
  required?: boolean;
  note: string;
  /** a list in `lists` the cell must be one of */
  list?: string;
  /** a list per value of another column (kelurahan per kecamatan) */
  listBy?: { parent: string; lists: Record<string, string[]> };
};

export type Template = {
  sheet: string;
  title: string;
  instructions: string[];
  columns: TemplateColumn[];
  lists: Record<string, string[]>;
  maxRows: number;
};

// exceljs keeps range validations in `dataValidations` (written as one sqref), not in its types.
type Validations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };
const validationsOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as Validations).dataValidations;

const letter = (n: number) => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};
/** An Excel name for a list of one parent value: "Medan Kota" → "L_Medan_Kota". */
export const listName = (value: string) => `L_${value.replace(/[^A-Za-z0-9]+/g, '_')}`;

export async function templateXlsx(template: Template): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Etalase UMKM Medan';
  const data = workbook.addWorksheet(template.sheet.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const help = workbook.addWorksheet('Petunjuk');
  const lists = workbook.addWorksheet('Daftar', { state: 'hidden' });

  // Lists: one column each, then one per parent value for dependent lists, each with a name.
  let listColumn = 0;
  const ranges: Record<string, string> = {};
  const addList = (name: string, values: string[]) => {
    listColumn++;
    lists.getCell(1, listColumn).value = name;
    values.forEach((v, i) => (lists.getCell(i + 2, listColumn).value = v));
    const c = letter(listColumn);
    ranges[name] = `Daftar!$${c}$2:$${c}$${Math.max(values.length + 1, 2)}`;
    workbook.definedNames.add(ranges[name], listName(name));
  };
  for (const [name, values] of Object.entries(template.lists)) addList(name, values);
  for (const column of template.columns)
    if (column.listBy)
      for (const [parent, values] of Object.entries(column.listBy.lists)) addList(parent, values);

  const last = template.maxRows + 1;
  template.columns.forEach((column, i) => {
    const c = letter(i + 1);
    data.getCell(1, i + 1).value = column.key;
    const example = data.getCell(2, i + 1);
    example.value =
      column.kind === 'number' && column.example ? Number(column.example) : column.example || null;
    data.getColumn(i + 1).width = Math.min(40, Math.max(column.key.length, column.example.length) + 4);
    if (column.kind === 'id' || column.kind === 'date') data.getColumn(i + 1).numFmt = '@';
    const range = `${c}2:${c}${last}`;
    if (column.list)
      validationsOf(data).add(range, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [ranges[column.list]],
        showErrorMessage: true,
        errorTitle: column.key,
        error: `Pilih dari daftar (${column.note})`,
      });
    if (column.listBy) {
      const parent = letter(template.columns.findIndex((p) => p.key === column.listBy!.parent) + 1);
      validationsOf(data).add(range, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [`INDIRECT("L_"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($${parent}2," ","_"),"-","_"),".","_"))`],
        showErrorMessage: true,
        errorTitle: column.key,
        error: `Pilih ${column.key} dari daftar ${column.listBy.parent} yang dipilih.`,
      });
    }
  });
  data.getRow(1).font = { bold: true };
  data.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
  data.getRow(2).font = { italic: true, color: { argb: 'FF475569' } };
  data.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: template.columns.length } };

  help.getCell('A1').value = template.title;
  help.getCell('A1').font = { bold: true, size: 13 };
  template.instructions.forEach((line, i) => (help.getCell(i + 3, 1).value = `${i + 1}. ${line}`));
  const start = template.instructions.length + 4;
  ['Kolom', 'Wajib', 'Keterangan', 'Contoh'].forEach((h, i) => (help.getCell(start, i + 1).value = h));
  help.getRow(start).font = { bold: true };
  template.columns.forEach((column, i) => {
    const row = help.getRow(start + 1 + i);
    row.values = [column.key, column.required ? 'ya' : '', column.note, column.example];
  });
  help.getColumn(1).width = 24;
  help.getColumn(2).width = 8;
  help.getColumn(3).width = 70;
  help.getColumn(4).width = 30;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The CSV form: the header of keys and the example row. */
export function templateCsv(template: Template) {
  return toCsv([template.columns.map((c) => c.key), template.columns.map((c) => c.example)]);
}
