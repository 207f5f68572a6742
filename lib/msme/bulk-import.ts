import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { sealPii } from '@/lib/security/pii';
import { msmeSlugBase } from './slug';
import { parseCsv } from '@/lib/spreadsheet/csv';
import { readXlsx } from '@/lib/spreadsheet/xlsx';
import type { Template, TemplateColumn } from '@/lib/spreadsheet/template';
import { matchPlace } from '@/lib/format/place-match';
import { registrationSchema } from './schema';
import { dateOnlyToDb, excelSerialDate } from '@/lib/format/date-only';
import type { Translate } from '@/lib/i18n/translate';

/** A date cell as typed, or, when Excel stored it as a day number (46616), that day. */
const spreadsheetDate = (value: string) => excelSerialDate(value) ?? value;

// The re-registration drive's spreadsheet. Column names are what the template's header row says.
export const importColumns = [
  ['nama_usaha', 'Bika Ambon Kak Ros'],
  ['nama_pemilik', 'Rosmawati Lubis'],
  ['nik', '1271054507850001'],
  ['nib', '9120012345678'],
  ['npwp', ''],
  ['kbli', '10792'],
  ['skala', 'mikro'],
  ['kategori', 'oleh-oleh'],
  ['kecamatan', 'Medan Kota'],
  ['kelurahan', 'Pasar Baru'],
  ['alamat', 'Jl. Brigjend Katamso No. 12'],
  ['whatsapp', '081260001234'],
  ['tahun_berdiri', '2015'],
  ['jumlah_karyawan', '3'],
  ['modal_usaha', '50.000.000'],
  ['omzet_tahunan', '300.000.000'],
  ['sertifikat_halal', 'ID12110000123450'],
  ['halal_berlaku_sampai', '2029-12-31'],
  ['pirt', '2127101010123-27'],
  ['pirt_berlaku_sampai', '2028-06-30'],
] as const;

type Column = (typeof importColumns)[number][0];
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;

const rowSchema = registrationSchema.omit({
  bankName: true,
  bankAccount: true,
  bankAccountHolder: true,
  description: true,
  categoryId: true,
  kecamatanCode: true,
  kelurahanCode: true,
});

export type ImportIssue = { row: number; column: string; message: string };
export type ImportReport = {
  rows: number;
  valid: number;
  alreadyImported: number;
  issues: ImportIssue[];
  warnings: ImportIssue[];
  imported: number;
};

const sizeNames: Record<string, 'MICRO' | 'SMALL' | 'MEDIUM'> = {
  mikro: 'MICRO',
  micro: 'MICRO',
  kecil: 'SMALL',
  small: 'SMALL',
  menengah: 'MEDIUM',
  medium: 'MEDIUM',
};

export async function readRows(bytes: Uint8Array): Promise<string[][]> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) {
    try {
      return await readXlsx(bytes);
    } catch (error) {
      throw new DomainError(
        (error as Error).message || 'Berkas XLSX tidak dapat dibaca.',
        { file: ['Berkas XLSX tidak dapat dibaca.'] },
        422,
      );
    }
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000'))
    throw new DomainError(
      'Berkas harus CSV atau XLSX.',
      { file: ['Berkas harus CSV atau XLSX (gunakan templat).'] },
      422,
    );
  return parseCsv(text);
}

/**
 * The rows of an uploaded CSV or XLSX import, header first, after the checks every import shares:
 * a file was chosen, at most 5 MB, some data, at most MAX_IMPORT_ROWS rows.
 */
export async function readImportFile(file: File | null): Promise<string[][]> {
  if (!file || file.size === 0)
    throw new DomainError('Pilih berkas CSV atau XLSX.', { file: ['Pilih berkas CSV atau XLSX.'] }, 422);
  if (file.size > MAX_IMPORT_BYTES)
    throw new DomainError('Berkas terlalu besar.', { file: ['Ukuran berkas maksimal 5 MB.'] }, 422);
  const table = await readRows(new Uint8Array(await file.arrayBuffer()));
  if (table.length < 2)
    throw new DomainError(
      'Berkas tidak berisi data.',
      { file: ['Berkas kosong atau hanya berisi judul kolom.'] },
      422,
    );
  if (table.length - 1 > MAX_IMPORT_ROWS)
    throw new DomainError(
      `Paling banyak ${MAX_IMPORT_ROWS} baris per impor.`,
      { file: [`Paling banyak ${MAX_IMPORT_ROWS} baris per impor.`] },
      422,
    );
  return table;
}

/**
 * The one-line result of a check, or of an import when `importedTemplate` ("{imported} … {summary}")
 * is given, for the form: translated here, as it holds numbers.
 */
export function importSummary(t: Translate, report: ImportReport, importedTemplate: string | null) {
  const summary = t('{rows} baris: {valid} valid, {invalid} bermasalah, {already} sudah pernah diimpor.', {
    rows: report.rows,
    valid: report.valid,
    invalid: report.rows - report.valid,
    already: report.alreadyImported,
  });
  const failed = report.rows - report.valid;
  // Said plainly, first: how many rows failed (the box is not green then, import-form.tsx).
  const failures = failed
    ? `${t('{failed} dari {rows} baris gagal dan tidak diimpor; lihat laporan per baris.', { failed, rows: report.rows })} `
    : '';
  return (
    failures +
    (importedTemplate
      ? t(importedTemplate, { imported: report.imported, summary })
      : t('Hasil pemeriksaan — belum ada yang disimpan. {summary}', { summary }))
  );
}

/** Validates every row (which row, which column, why) and, when `commit`, imports the valid ones in one transaction. */
export async function importMsmes(
  actor: Actor | null,
  file: File | null,
  commit: boolean,
): Promise<ImportReport> {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const table = await readImportFile(file);
  const header = table[0].map((h) => h.trim().toLowerCase());
  const missing = importColumns
    .map(([c]) => c)
    .filter(
      (c) =>
        !header.includes(c) &&
        ![
          'npwp',
          'modal_usaha',
          'omzet_tahunan',
          'sertifikat_halal',
          'halal_berlaku_sampai',
          'pirt',
          'pirt_berlaku_sampai',
        ].includes(c),
    );
  if (missing.length)
    throw new DomainError(
      `Kolom wajib tidak ada: ${missing.join(', ')}. Gunakan templat.`,
      { file: [`Kolom wajib tidak ada: ${missing.join(', ')}.`] },
      422,
    );

  const [categories, kecamatan, kelurahan] = await Promise.all([
    db.category.findMany({ select: { id: true, slug: true, name: true } }),
    db.kecamatan.findMany({ select: { code: true, name: true } }),
    db.kelurahan.findMany({ select: { code: true, name: true, kecamatanCode: true } }),
  ]);
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  const issues: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const good: {
    rowNumber: number;
    data: z.infer<typeof rowSchema>;
    categoryId: string;
    kecamatanCode: string;
    kelurahanCode: string;
  }[] = [];
  const seenNib = new Map<string, number>();

  for (let i = 1; i < table.length; i++) {
    const rowNumber = i + 1; // as the spreadsheet numbers it, header = row 1
    const cell = (c: Column) => (table[i][header.indexOf(c)] ?? '').trim();
    const rowIssues: ImportIssue[] = [];
    const category = categories.find(
      (c) => c.slug === norm(cell('kategori')) || norm(c.name) === norm(cell('kategori')),
    );
    if (!category)
      rowIssues.push({
        row: rowNumber,
        column: 'kategori',
        message: `Kategori "${cell('kategori')}" tidak dikenal. Pilihan: ${categories.map((c) => c.slug).join(', ')}.`,
      });
    // Place names as people type them: "Tanjung Sari" is Tanjungsari (reported), a typo gets the
    // closest name as a suggestion.
    const kecMatch = matchPlace(cell('kecamatan'), kecamatan);
    const kec = kecMatch.found;
    if (kecMatch.found === null)
      rowIssues.push({
        row: rowNumber,
        column: 'kecamatan',
        message: `Kecamatan "${cell('kecamatan')}" tidak ada di Kota Medan.${kecMatch.suggestion ? ` Maksud Anda ${kecMatch.suggestion.name}?` : ''}`,
      });
    else if (!kecMatch.exact)
      warnings.push({
        row: rowNumber,
        column: 'kecamatan',
        message: `Kecamatan "${cell('kecamatan')}" dibaca sebagai ${kecMatch.found.name}.`,
      });
    const kelMatch = kec
      ? matchPlace(
          cell('kelurahan'),
          kelurahan.filter((k) => k.kecamatanCode === kec.code),
        )
      : null;
    const kel = kelMatch?.found ?? null;
    if (kec && kelMatch && kelMatch.found === null)
      rowIssues.push({
        row: rowNumber,
        column: 'kelurahan',
        message: `Kelurahan "${cell('kelurahan')}" tidak ada di Kecamatan ${kec.name}.${kelMatch.suggestion ? ` Maksud Anda ${kelMatch.suggestion.name}?` : ''}`,
      });
    else if (kelMatch?.found && !kelMatch.exact)
      warnings.push({
        row: rowNumber,
        column: 'kelurahan',
        message: `Kelurahan "${cell('kelurahan')}" dibaca sebagai ${kelMatch.found.name}.`,
      });
    const certifications = [
      ...(cell('sertifikat_halal')
        ? [
            {
              type: 'HALAL',
              number: cell('sertifikat_halal'),
              expiresAt: spreadsheetDate(cell('halal_berlaku_sampai')),
            },
          ]
        : []),
      ...(cell('pirt')
        ? [{ type: 'PIRT', number: cell('pirt'), expiresAt: spreadsheetDate(cell('pirt_berlaku_sampai')) }]
        : []),
    ];
    const parsed = rowSchema.safeParse({
      name: cell('nama_usaha'),
      ownerName: cell('nama_pemilik'),
      nik: cell('nik'),
      nib: cell('nib'),
      npwp: cell('npwp') || undefined,
      kbli: cell('kbli'),
      size: sizeNames[norm(cell('skala'))] ?? cell('skala'),
      address: cell('alamat'),
      whatsapp: cell('whatsapp'),
      yearFounded: cell('tahun_berdiri'),
      employees: cell('jumlah_karyawan'),
      capitalIdr: cell('modal_usaha'),
      annualTurnoverIdr: cell('omzet_tahunan'),
      certifications,
    });
    if (!parsed.success) {
      const columnOf: Record<string, Column> = {
        name: 'nama_usaha',
        ownerName: 'nama_pemilik',
        size: 'skala',
        address: 'alamat',
        yearFounded: 'tahun_berdiri',
        employees: 'jumlah_karyawan',
        capitalIdr: 'modal_usaha',
        annualTurnoverIdr: 'omzet_tahunan',
        nik: 'nik',
        nib: 'nib',
        npwp: 'npwp',
        kbli: 'kbli',
        whatsapp: 'whatsapp',
      };
      for (const issue of parsed.error.issues) {
        const [field, index, sub] = issue.path as (string | number)[];
        const column =
          field === 'certifications'
            ? certifications[index as number]?.type === 'HALAL'
              ? sub === 'expiresAt'
                ? 'halal_berlaku_sampai'
                : 'sertifikat_halal'
              : sub === 'expiresAt'
                ? 'pirt_berlaku_sampai'
                : 'pirt'
            : (columnOf[field as string] ?? String(field));
        rowIssues.push({ row: rowNumber, column, message: issue.message });
      }
    }
    if (parsed.success) {
      const first = seenNib.get(parsed.data.nib);
      if (first)
        rowIssues.push({
          row: rowNumber,
          column: 'nib',
          message: `NIB sama dengan baris ${first} di berkas ini.`,
        });
      else seenNib.set(parsed.data.nib, rowNumber);
    }
    if (rowIssues.length || !parsed.success || !category || !kec || !kel) {
      issues.push(...rowIssues);
      continue;
    }
    good.push({
      rowNumber,
      data: parsed.data,
      categoryId: category.id,
      kecamatanCode: kec.code,
      kelurahanCode: kel.code,
    });
  }

  // Rows already imported (same NIB import key) are skipped, so re-importing a file creates nothing twice.
  const key = env.PII_ENCRYPTION_KEY!;
  const already = new Set(
    (
      await db.msme.findMany({
        where: { importKey: { in: good.map((g) => `nib:${g.data.nib}`) } },
        select: { importKey: true },
      })
    ).map((m) => m.importKey),
  );
  const fresh = good.filter((g) => !already.has(`nib:${g.data.nib}`));
  const sealed = fresh.map((g) => ({ ...g, nik: sealPii(key, g.data.nik) }));
  const existing = await db.msme.findMany({
    where: {
      OR: [
        { nib: { in: fresh.map((g) => g.data.nib) } },
        { nikHash: { in: sealed.map((s) => s.nik.hash) } },
        { whatsapp: { in: fresh.map((g) => g.data.whatsapp) } },
      ],
    },
    select: { name: true, nib: true, nikHash: true, whatsapp: true },
  });
  for (const s of sealed) {
    for (const other of existing) {
      if (other.nib === s.data.nib)
        warnings.push({
          row: s.rowNumber,
          column: 'nib',
          message: `Kemungkinan duplikat: NIB sama dengan "${other.name}".`,
        });
      if (other.nikHash === s.nik.hash)
        warnings.push({
          row: s.rowNumber,
          column: 'nik',
          message: `Kemungkinan duplikat: NIK sama dengan "${other.name}".`,
        });
      if (other.whatsapp === s.data.whatsapp)
        warnings.push({
          row: s.rowNumber,
          column: 'whatsapp',
          message: `Kemungkinan duplikat: WhatsApp sama dengan "${other.name}".`,
        });
    }
  }
  const report: ImportReport = {
    rows: table.length - 1,
    valid: good.length,
    alreadyImported: good.length - fresh.length,
    issues,
    warnings,
    imported: 0,
  };
  if (!commit || sealed.length === 0) return report;

  await db.$transaction(
    async (tx) => {
      const bases = [...new Set(sealed.map((s) => msmeSlugBase(s.data.name)))];
      const usedSlugs = new Set(
        (
          await tx.msme.findMany({
            where: { OR: bases.map((base) => ({ slug: { startsWith: base } })) },
            select: { slug: true },
          })
        ).map((m) => m.slug),
      );
      for (const s of sealed) {
        let slug = msmeSlugBase(s.data.name);
        for (let n = 2; usedSlugs.has(slug); n++) slug = `${msmeSlugBase(s.data.name)}-${n}`;
        usedSlugs.add(slug);
        const msme = await tx.msme.create({
          data: {
            slug,
            name: s.data.name,
            ownerName: s.data.ownerName,
            nikCipher: s.nik.cipher,
            nikHash: s.nik.hash,
            nikLast4: s.nik.last4,
            nib: s.data.nib,
            npwp: s.data.npwp,
            kbli: s.data.kbli,
            size: s.data.size,
            categoryId: s.categoryId,
            kecamatanCode: s.kecamatanCode,
            kelurahanCode: s.kelurahanCode,
            address: s.data.address,
            whatsapp: s.data.whatsapp,
            yearFounded: s.data.yearFounded,
            employees: s.data.employees,
            capitalIdr: s.data.capitalIdr === undefined ? null : BigInt(s.data.capitalIdr),
            annualTurnoverIdr:
              s.data.annualTurnoverIdr === undefined ? null : BigInt(s.data.annualTurnoverIdr),
            status: 'SUBMITTED',
            submittedAt: new Date(),
            importKey: `nib:${s.data.nib}`,
            certifications: {
              create: s.data.certifications.map((c) => ({
                type: c.type,
                number: c.number,
                expiresAt: dateOnlyToDb(c.expiresAt),
              })),
            },
          },
          select: { id: true },
        });
        await audit(tx, admin, {
          action: 'msme.import',
          entityType: 'Msme',
          entityId: msme.id,
          after: { row: s.rowNumber, file: file?.name ?? null },
        });
      }
    },
    { timeout: 120_000 },
  );
  return { ...report, imported: sealed.length };
}

const columnNotes: Record<Column, [TemplateColumn['kind'], string, boolean?]> = {
  nama_usaha: ['text', 'Nama usaha seperti di papan nama', true],
  nama_pemilik: ['text', 'Nama lengkap pemilik sesuai KTP', true],
  nik: ['id', 'NIK pemilik, 16 angka (kolom teks: jangan diubah jadi angka)', true],
  nib: ['id', 'NIB dari OSS, 13 angka; kosongkan bila belum punya'],
  npwp: ['id', 'NPWP usaha atau pemilik, 15 atau 16 angka; boleh kosong'],
  kbli: ['id', 'Kode KBLI 5 angka dari NIB; boleh kosong'],
  skala: ['text', 'mikro, kecil atau menengah (pilih dari daftar)', true],
  kategori: ['text', 'Kategori produk (pilih dari daftar)', true],
  kecamatan: ['text', 'Salah satu dari 21 kecamatan Kota Medan (pilih dari daftar)', true],
  kelurahan: ['text', 'Kelurahan di kecamatan itu (daftar mengikuti kecamatan yang dipilih)', true],
  alamat: ['text', 'Jalan dan nomor', true],
  whatsapp: ['id', 'Nomor WhatsApp, misalnya 081260001234'],
  tahun_berdiri: ['number', 'Tahun usaha mulai, misalnya 2015'],
  jumlah_karyawan: ['number', 'Jumlah karyawan termasuk pemilik'],
  modal_usaha: ['rupiah', 'Modal usaha dalam Rupiah, misalnya 50.000.000'],
  omzet_tahunan: ['rupiah', 'Omzet setahun dalam Rupiah, misalnya 300.000.000'],
  sertifikat_halal: ['id', 'Nomor sertifikat halal; boleh kosong'],
  halal_berlaku_sampai: ['date', 'Tanggal akhir sertifikat halal, hh/bb/tttt'],
  pirt: ['id', 'Nomor P-IRT; boleh kosong'],
  pirt_berlaku_sampai: ['date', 'Tanggal akhir P-IRT, hh/bb/tttt'],
};

/** The pendataan template: the columns the importer reads, lists of valid values, an example. */
export async function importTemplate(): Promise<Template> {
  const [kecamatan, kelurahan, categories] = await Promise.all([
    db.kecamatan.findMany({ orderBy: { name: 'asc' }, select: { code: true, name: true } }),
    db.kelurahan.findMany({ orderBy: { name: 'asc' }, select: { name: true, kecamatanCode: true } }),
    db.category.findMany({ orderBy: { position: 'asc' }, select: { slug: true } }),
  ]);
  const lists = {
    kecamatan: kecamatan.map((k) => k.name),
    kategori: categories.map((c) => c.slug),
    skala: ['mikro', 'kecil', 'menengah'],
  };
  const kelurahanOf = Object.fromEntries(
    kecamatan.map((k) => [k.name, kelurahan.filter((l) => l.kecamatanCode === k.code).map((l) => l.name)]),
  );
  return {
    sheet: 'Pendataan UMKM',
    title: 'Templat pendataan UMKM Kota Medan',
    instructions: [
      'Isi satu baris per usaha di lembar "Pendataan UMKM", mulai baris 3 (baris 2 adalah contoh: hapus atau timpa).',
      'Jangan ubah baris judul kolom (baris 1): importir membaca kolom menurut namanya.',
      'Kecamatan, kelurahan, kategori dan skala dipilih dari daftar; kelurahan mengikuti kecamatan di baris itu.',
      'NIK, NIB, NPWP dan nomor WhatsApp adalah teks: ketik apa adanya, Excel tidak akan mengubahnya jadi 1,27E+15.',
      'Uang ditulis seperti biasa (50.000.000); tanggal hh/bb/tttt (31/12/2029).',
      `Paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris dan 5 MB per berkas. Unggah di halaman Impor: baris yang salah ditunjukkan dulu, sebelum apa pun disimpan.`,
    ],
    columns: importColumns.map(([key, example]) => {
      const [kind, note, required] = columnNotes[key];
      return {
        key,
        example,
        kind,
        note,
        required,
        ...(key === 'kecamatan' || key === 'kategori' || key === 'skala' ? { list: key } : {}),
        ...(key === 'kelurahan' ? { listBy: { parent: 'kecamatan', lists: kelurahanOf } } : {}),
      };
    }),
    lists,
    maxRows: MAX_IMPORT_ROWS,
  };
}
