import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { AccessDenied } from '@/lib/auth/actor';
import ExcelJS from 'exceljs';
import { importMsmes, importTemplate } from '@/lib/msme/bulk-import';
import { toCsv, parseCsv } from '@/lib/spreadsheet/csv';
import { readXlsx } from '@/lib/spreadsheet/xlsx';
import { demoActor } from './support/actors';

const template = await importTemplate();

/** A workbook as a person saves it from Excel: one sheet, the header in row 1. */
async function userXlsx(table: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Pendataan UMKM');
  for (const row of table) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function rows() {
  const header = template.columns.map((c) => c.key);
  const example = template.columns.map((c) => c.example);
  const stamp = String(Date.now()).slice(-6);
  const row = (changes: Record<string, string>) => header.map((column, i) => changes[column] ?? example[i]);
  return [
    header,
    row({
      nama_usaha: 'Keripik Uji Satu',
      nib: `77${stamp}00001`,
      nik: `127105450785${stamp.slice(-3)}1`,
      whatsapp: `0821${stamp}01`,
    }),
    row({
      nama_usaha: 'Keripik Uji Dua',
      nib: '123',
      nik: `127105450785${stamp.slice(-3)}2`,
      whatsapp: `0821${stamp}02`,
    }),
    row({
      nama_usaha: 'Keripik Uji Tiga',
      nib: `77${stamp}00003`,
      nik: `127105450785${stamp.slice(-3)}3`,
      whatsapp: `0821${stamp}03`,
      kecamatan: 'Medan Antah',
    }),
    row({
      nama_usaha: 'Keripik Uji Empat',
      nib: `77${stamp}00004`,
      nik: `127105450785${stamp.slice(-3)}4`,
      whatsapp: `0821${stamp}04`,
      kelurahan: 'Sei Agul',
      pirt: '999',
    }),
    row({
      nama_usaha: 'Keripik Uji Lima',
      nib: `77${stamp}00005`,
      nik: `127105450785${stamp.slice(-3)}5`,
      whatsapp: `0821${stamp}05`,
      skala: 'menengah',
    }),
  ];
}

const file = (bytes: Uint8Array | string, name: string) =>
  new File([typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes)], name);

describe('bulk import', () => {
  it('reports every bad row by row and column before writing anything, then imports the valid rows once', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const csv = toCsv(rows());
    const before = await db.msme.count();
    const report = await importMsmes(admin, file(csv, 'pendataan.csv'), false);
    expect(report).toMatchObject({ rows: 5, valid: 2, imported: 0 });
    expect(report.issues).toEqual(
      expect.arrayContaining([
        { row: 3, column: 'nib', message: 'NIB harus 13 digit angka (dari OSS).' },
        expect.objectContaining({ row: 4, column: 'kecamatan' }),
        expect.objectContaining({ row: 5, column: 'kelurahan' }),
        expect.objectContaining({ row: 5, column: 'pirt' }),
      ]),
    );
    expect(await db.msme.count()).toBe(before);

    const imported = await importMsmes(admin, file(csv, 'pendataan.csv'), true);
    expect(imported.imported).toBe(2);
    expect(await db.msme.count()).toBe(before + 2);
    const five = await db.msme.findFirstOrThrow({ where: { name: 'Keripik Uji Lima' } });
    expect(five).toMatchObject({ status: 'SUBMITTED', size: 'MEDIUM', kecamatanCode: '12.71.01' });

    const again = await importMsmes(admin, file(csv, 'pendataan.csv'), true);
    expect(again).toMatchObject({ imported: 0, alreadyImported: 2 });
    expect(await db.msme.count()).toBe(before + 2);
  });

  it('reads the same data from XLSX', async () => {
    const table = rows();
    expect(await readXlsx(await userXlsx(table))).toEqual(table.map((r) => r.map(String)));
    const report = await importMsmes(
      await demoActor('DINAS_ADMIN'),
      file(await userXlsx(table), 'pendataan.xlsx'),
      false,
    );
    expect(report.valid).toBe(2);
    // Excel keeps a NIK typed into a number cell as a number: it is read back digit for digit.
    const nik = table[1][template.columns.findIndex((c) => c.key === 'nik')];
    const asNumbers = table.map((r, i) => (i === 1 ? r.map((v) => (v === nik ? Number(nik) : v)) : r));
    expect((await readXlsx(await userXlsx(asNumbers)))[1]).toContain(nik);
  });

  it('refuses a file that is neither CSV nor XLSX, or lacks columns', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    await expect(importMsmes(admin, file(new Uint8Array([0, 1, 2, 0, 5]), 'x.bin'), false)).rejects.toThrow(
      /CSV atau XLSX/,
    );
    await expect(importMsmes(admin, file('nama_usaha\nA\n', 'x.csv'), false)).rejects.toThrow(
      /Kolom wajib tidak ada/,
    );
  });

  it('is for Dinas admins only', async () => {
    for (const role of ['SHOPPER', 'MSME_OWNER', 'OPD_STAFF'] as const) {
      await expect(
        importMsmes(await demoActor(role), file(toCsv(rows()), 'x.csv'), true),
      ).rejects.toBeInstanceOf(AccessDenied);
    }
  });
});

describe('forgiving place names', () => {
  it('reads a kecamatan or kelurahan written differently, says how it read it, and suggests for a typo', async () => {
    const [header, ...body] = rows();
    const at = (key: string) => header.indexOf(key);
    const variant = (row: (string | number)[], kecamatan: string, kelurahan: string) =>
      row.map((v, i) => (i === at('kecamatan') ? kecamatan : i === at('kelurahan') ? kelurahan : v));
    const table = [
      header,
      variant(body[0], 'Kec. medan  kota', 'Pasarbaru'),
      variant(body[4], 'Medan Kotta', 'Pasar Baru'),
      variant(body[2], 'Medan Antah Berantah', 'Pasar Baru'),
    ];
    const report = await importMsmes(await demoActor('DINAS_ADMIN'), file(toCsv(table), 'x.csv'), false);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        { row: 2, column: 'kecamatan', message: 'Kecamatan "Kec. medan  kota" dibaca sebagai Medan Kota.' },
        { row: 2, column: 'kelurahan', message: 'Kelurahan "Pasarbaru" dibaca sebagai Pasar Baru.' },
        { row: 3, column: 'kecamatan', message: 'Kecamatan "Medan Kotta" dibaca sebagai Medan Kota.' },
      ]),
    );
    expect(report.issues.filter((i) => i.column === 'kecamatan')).toEqual([
      expect.objectContaining({ row: 4, message: expect.stringMatching(/tidak ada di Kota Medan/) }),
    ]);
  });
});

describe('CSV', () => {
  it('round-trips quotes, commas and newlines, and defuses formulas', () => {
    const table = [
      ['a,b', 'say "hi"', 'line\nbreak'],
      ['=1+1', '@x', 'ok'],
    ];
    const parsed = parseCsv(toCsv(table));
    expect(parsed[0]).toEqual(table[0]);
    expect(parsed[1]).toEqual(["'=1+1", "'@x", 'ok']);
  });

  it('reads semicolon-separated files from Excel in Indonesian locale', () => {
    expect(parseCsv('a;b\n1;2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
