// Every export opened again with exceljs, as Excel would show it: typed cells (money a number in
// Rupiah format, a date a date, an identifier text), a frozen and filterable header under a title
// block, Indonesian labels and characters; the import templates' text columns and drop-down lists.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { registryExportRows, registryFilterSchema } from '@/lib/msme/registry';
import { auditExportRows, auditFilterSchema } from '@/lib/audit/viewer';
import { opdSpendingFor, spendingOrderRows, spendingReportRows } from '@/lib/procurement/transparency';
import { coverageForDinas } from '@/lib/programs/coverage';
import { coverageExportTables } from '@/app/dinas/cakupan/rows';
import { importTemplate } from '@/lib/msme/bulk-import';
import { cooperativeTemplate } from '@/lib/cooperatives/import';
import { tablesToXlsx } from '@/lib/spreadsheet/xlsx';
import { tableToCsv } from '@/lib/spreadsheet/csv';
import { templateXlsx } from '@/lib/spreadsheet/template';
import type { SheetTable } from '@/lib/spreadsheet/table';
import { demoActor } from './support/actors';
import { ownerWithBusiness } from './support/fixtures';

async function open(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** Opens the table's workbook and checks the layout every export has; returns the sheet. */
async function openedExport(table: SheetTable) {
  const sheet = (await open(await tablesToXlsx([table]))).worksheets[0];
  expect(sheet.getCell('A1').value).toBe(table.title);
  expect(String(sheet.getCell('A2').value)).toMatch(/dibuat \d{1,2} \w{3} \d{4}.* WIB$/);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  expect(sheet.autoFilter).toBeTruthy();
  expect(String(sheet.autoFilter).startsWith('A3:')).toBe(true);
  expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(table.columns.map((c) => c.header));
  for (const i of table.columns.keys()) expect(sheet.getColumn(i + 1).width).toBeGreaterThanOrEqual(8);
  return sheet;
}
const column = (table: SheetTable, header: string) => table.columns.findIndex((c) => c.header === header) + 1;

describe('exports', () => {
  it('the registry: NIB and WhatsApp as text, Indonesian labels and names, the filter in the title block', async () => {
    const owner = await ownerWithBusiness({ verify: true });
    await db.msme.update({ where: { id: owner.msmeId! }, data: { name: "Kedai Ëndang's Ñoño" } });
    const table = await registryExportRows(
      await demoActor('DINAS_ADMIN'),
      registryFilterSchema.parse({ q: 'Kedai Ëndang', status: 'VERIFIED' }),
    );
    expect(table.filters).toBe('Saringan: cari "Kedai Ëndang", status Terverifikasi');
    const sheet = await openedExport(table);
    expect(String(sheet.getCell('A2').value)).toContain('status Terverifikasi');
    const row = sheet.getRow(4);
    expect(row.getCell(1).value).toBe("Kedai Ëndang's Ñoño");
    const nib = row.getCell(column(table, 'NIB'));
    expect(nib.type).toBe(ExcelJS.ValueType.String);
    expect(nib.numFmt).toBe('@');
    expect(row.getCell(column(table, 'Status')).value).toBe('Terverifikasi');
    const csv = tableToCsv(table);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain("Kedai Ëndang's Ñoño");
  });

  it('the OPD report: rupiah as numbers in Rupiah format, order dates as dates in WIB', async () => {
    const orders = await spendingOrderRows();
    const sheet = await openedExport(orders);
    const first = sheet.getRow(4);
    const value = first.getCell(column(orders, 'Nilai pesanan'));
    expect(value.type).toBe(ExcelJS.ValueType.Number);
    expect(value.numFmt).toBe('"Rp "#,##0');
    expect(value.value).toBe(Number(orders.rows[0][column(orders, 'Nilai pesanan') - 1]));
    const ordered = first.getCell(column(orders, 'Tanggal pesan'));
    expect(ordered.type).toBe(ExcelJS.ValueType.Date);
    expect(ordered.numFmt).toBe('dd/mm/yyyy');
    // The WIB day: the stored moment plus seven hours, as the date the OPD saw.
    const moment = orders.rows[0][column(orders, 'Tanggal pesan') - 1] as Date;
    const wib = new Date(moment.getTime() + 7 * 3_600_000);
    expect((ordered.value as Date).getUTCDate()).toBe(wib.getUTCDate());
    expect(first.getCell(column(orders, 'NIB')).type).toBe(ExcelJS.ValueType.String);
    const months = spendingReportRows(await opdSpendingFor());
    const monthly = await openedExport(months);
    expect(monthly.getRow(4).getCell(column(months, 'Belanja ke UMKM')).type).toBe(ExcelJS.ValueType.Number);
    expect(String(monthly.getRow(4).getCell(column(months, 'Bulan')).value)).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    expect(tableToCsv(orders).split('\r\n')[1]).toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });

  it('the audit log: moments as date-times, and CSV defuses a formula someone typed', async () => {
    const table = await auditExportRows(await demoActor('DINAS_ADMIN'), auditFilterSchema.parse({}));
    const sheet = await openedExport({ ...table, rows: table.rows.slice(0, 50) });
    const at = sheet.getRow(4).getCell(column(table, 'Waktu (WIB)'));
    expect(at.type).toBe(ExcelJS.ValueType.Date);
    expect(at.numFmt).toBe('dd/mm/yyyy hh:mm');
    const csv = tableToCsv({
      ...table,
      rows: [['1', new Date(), '=HYPERLINK("x")', '', '', '', '', '', '', '']],
    });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('coverage: counts as numbers, both tables in one workbook', async () => {
    const tables = coverageExportTables(await coverageForDinas(await demoActor('DINAS_ADMIN')));
    const workbook = await open(await tablesToXlsx(tables));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Per kecamatan', 'Per OPD']);
    const sheet = await openedExport(tables[0]);
    expect(sheet.rowCount).toBe(3 + 22); // 21 kecamatan and the city
    expect(sheet.getRow(4).getCell(column(tables[0], 'Terdaftar')).type).toBe(ExcelJS.ValueType.Number);
    expect(workbook.worksheets[1].getRow(4).getCell(column(tables[1], 'Anggaran')).numFmt).toBe('"Rp "#,##0');
  });
});

describe('import templates', () => {
  it('the pendataan template: NIK as text, lists of the 21 kecamatan, kelurahan per kecamatan, instructions, an example', async () => {
    const template = await importTemplate();
    const workbook = await open(await templateXlsx(template));
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Pendataan UMKM', 'visible'],
      ['Petunjuk', 'visible'],
      ['Daftar', 'hidden'],
    ]);
    const data = workbook.worksheets[0];
    const at = (key: string) => template.columns.findIndex((c) => c.key === key) + 1;
    expect(data.getRow(1).getCell(at('nik')).value).toBe('nik');
    const nik = data.getRow(2).getCell(at('nik'));
    expect(nik.type).toBe(ExcelJS.ValueType.String);
    expect(nik.value).toMatch(/^127/);
    expect(nik.numFmt).toBe('@');
    expect(data.getRow(500).getCell(at('nik')).numFmt).toBe('@');
    const kecamatanRule = data.getRow(9).getCell(at('kecamatan')).dataValidation;
    expect(kecamatanRule).toMatchObject({ type: 'list' });
    const [, column, from, to] = /Daftar!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/.exec(kecamatanRule.formulae[0])!;
    const lists = workbook.getWorksheet('Daftar')!;
    const names = Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) =>
      String(lists.getCell(`${column}${Number(from) + i}`).value),
    );
    expect(names).toHaveLength(21);
    expect(names).toContain('Medan Belawan');
    const kelurahanRule = data.getRow(9).getCell(at('kelurahan')).dataValidation;
    expect(kelurahanRule.formulae[0]).toMatch(/^INDIRECT\(/);
    expect(data.getRow(9).getCell(at('skala')).dataValidation).toMatchObject({ type: 'list' });
    const help = workbook.getWorksheet('Petunjuk')!;
    expect(String(help.getCell('A1').value)).toBe('Templat pendataan UMKM Kota Medan');
    expect(JSON.stringify(help.getSheetValues())).toContain('1,27E+15');
  });

  it('the cooperative template: the kecamatan list and the NIK koperasi as text', async () => {
    const template = await cooperativeTemplate();
    const workbook = await open(await templateXlsx(template));
    const data = workbook.worksheets[0];
    const at = (key: string) => template.columns.findIndex((c) => c.key === key) + 1;
    expect(data.getRow(2).getCell(at('nik_koperasi')).type).toBe(ExcelJS.ValueType.String);
    expect(data.getRow(5).getCell(at('kecamatan')).dataValidation).toMatchObject({ type: 'list' });
  });
});
