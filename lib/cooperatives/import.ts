import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { dateOnlyToDb, excelSerialDate } from '@/lib/format/date-only';
import { readImportFile, type ImportReport } from '@/lib/msme/bulk-import';
import { cooperativeSchema } from './schema';
import { matchPlace } from '@/lib/format/place-match';
import type { Template, TemplateColumn } from '@/lib/spreadsheet/template';

// The cooperative registry from a spreadsheet, checked row by row like the UMKM import: a dry run
// reports every problem; the import writes the valid rows in one transaction. A row whose legal
// entity number or NIK koperasi is already registered is skipped, so a file can be imported twice.
export const cooperativeColumns = [
  ['nama_koperasi', 'Koperasi Produsen Ulos Sejahtera'],
  ['nomor_badan_hukum', 'AHU-0001234.AH.01.26.TAHUN 2019'],
  ['nik_koperasi', '1271010020000001'],
  ['kecamatan', 'Medan Kota'],
  ['jumlah_anggota', '45'],
  ['ketua', 'Hj. Rosmawati Siregar'],
  ['bidang_usaha', 'simpan pinjam; tenun ulos'],
  ['tanggal_rat_terakhir', '15/03/2026'],
] as const;

const cooperativeNotes: Record<
  (typeof cooperativeColumns)[number][0],
  [TemplateColumn['kind'], string, boolean?]
> = {
  nama_koperasi: ['text', 'Nama koperasi sesuai akta', true],
  nomor_badan_hukum: ['id', 'Nomor badan hukum (AHU); boleh kosong'],
  nik_koperasi: ['id', 'Nomor Induk Koperasi, 16 angka (kolom teks); boleh kosong'],
  kecamatan: ['text', 'Salah satu dari 21 kecamatan Kota Medan (pilih dari daftar)', true],
  jumlah_anggota: ['number', 'Jumlah anggota', true],
  ketua: ['text', 'Nama ketua', true],
  bidang_usaha: ['text', 'Bidang usaha, dipisah titik koma'],
  tanggal_rat_terakhir: ['date', 'Tanggal Rapat Anggota Tahunan terakhir, hh/bb/tttt'],
};

/** The cooperative registry template: instructions, the kecamatan list, text identifiers, an example. */
export async function cooperativeTemplate(): Promise<Template> {
  const kecamatan = await db.kecamatan.findMany({ orderBy: { name: 'asc' }, select: { name: true } });
  return {
    sheet: 'Koperasi',
    title: 'Templat registri koperasi Kota Medan',
    instructions: [
      'Isi satu baris per koperasi di lembar "Koperasi", mulai baris 3 (baris 2 adalah contoh).',
      'Jangan ubah baris judul kolom (baris 1).',
      'Kecamatan dipilih dari daftar; nomor badan hukum dan NIK koperasi adalah teks.',
      'Tanggal hh/bb/tttt, misalnya 15/03/2026. Koperasi yang sudah ada (nomor sama) diperbarui, tidak digandakan.',
    ],
    columns: cooperativeColumns.map(([key, example]) => {
      const [kind, note, required] = cooperativeNotes[key];
      return { key, example, kind, note, required, ...(key === 'kecamatan' ? { list: 'kecamatan' } : {}) };
    }),
    lists: { kecamatan: kecamatan.map((k) => k.name) },
    maxRows: 2_000,
  };
}

export async function importCooperatives(
  actor: Actor | null,
  file: File | null,
  commit: boolean,
): Promise<ImportReport> {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const table = await readImportFile(file);
  const header = table[0].map((h) => h.trim().toLowerCase());
  const missing = ['nama_koperasi', 'kecamatan', 'jumlah_anggota', 'ketua'].filter(
    (c) => !header.includes(c),
  );
  if (missing.length)
    throw new DomainError(
      `Kolom wajib tidak ada: ${missing.join(', ')}. Gunakan templat.`,
      { file: [`Kolom wajib tidak ada: ${missing.join(', ')}.`] },
      422,
    );
  const kecamatan = await db.kecamatan.findMany({ select: { code: true, name: true } });
  const issues: ImportReport['issues'] = [];
  const warnings: ImportReport['warnings'] = [];
  const valid: { row: number; data: ReturnType<typeof cooperativeSchema.parse> }[] = [];
  const seen = new Map<string, number>();
  for (const [i, cells] of table.slice(1).entries()) {
    const row = i + 2;
    const get = (c: string) => (cells[header.indexOf(c)] ?? '').trim();
    const byCode = kecamatan.find((k) => k.code === get('kecamatan'));
    const match = byCode ? { found: byCode, exact: true as const } : matchPlace(get('kecamatan'), kecamatan);
    const kec = match.found;
    if (!kec) {
      const suggestion =
        'suggestion' in match && match.suggestion ? ` Maksud Anda ${match.suggestion.name}?` : '';
      issues.push({
        row,
        column: 'kecamatan',
        message: `Kecamatan "${get('kecamatan')}" tidak ada di Kota Medan.${suggestion}`,
      });
      continue;
    }
    if ('exact' in match && !match.exact)
      warnings.push({
        row,
        column: 'kecamatan',
        message: `Kecamatan "${get('kecamatan')}" dibaca sebagai ${kec.name}.`,
      });
    const rat = get('tanggal_rat_terakhir');
    const parsed = cooperativeSchema.safeParse({
      name: get('nama_koperasi'),
      legalNumber: get('nomor_badan_hukum'),
      nik: get('nik_koperasi'),
      kecamatanCode: kec.code,
      memberCount: get('jumlah_anggota'),
      chairName: get('ketua'),
      businessLines: get('bidang_usaha'),
      lastRatOn: excelSerialDate(rat) ?? rat,
    });
    if (!parsed.success) {
      const columnOf: Record<string, string> = {
        name: 'nama_koperasi',
        legalNumber: 'nomor_badan_hukum',
        nik: 'nik_koperasi',
        memberCount: 'jumlah_anggota',
        chairName: 'ketua',
        businessLines: 'bidang_usaha',
        lastRatOn: 'tanggal_rat_terakhir',
      };
      for (const issue of parsed.error.issues)
        issues.push({
          row,
          column: columnOf[String(issue.path[0])] ?? String(issue.path[0]),
          message: issue.message,
        });
      continue;
    }
    const key = parsed.data.legalNumber ?? parsed.data.nik;
    if (key && seen.has(key)) {
      issues.push({
        row,
        column: 'nomor_badan_hukum',
        message: `Sama dengan baris ${seen.get(key)} di berkas ini.`,
      });
      continue;
    }
    if (key) seen.set(key, row);
    valid.push({ row, data: parsed.data });
  }
  const keys = valid.flatMap((v) => [v.data.legalNumber, v.data.nik].filter((x): x is string => !!x));
  const existing = await db.cooperative.findMany({
    where: { OR: [{ legalNumber: { in: keys } }, { nik: { in: keys } }] },
    select: { legalNumber: true, nik: true },
  });
  const known = new Set(existing.flatMap((e) => [e.legalNumber, e.nik].filter(Boolean)));
  const fresh = valid.filter(
    (v) => !(v.data.legalNumber && known.has(v.data.legalNumber)) && !(v.data.nik && known.has(v.data.nik)),
  );
  const report: ImportReport = {
    rows: table.length - 1,
    valid: valid.length,
    alreadyImported: valid.length - fresh.length,
    issues,
    warnings,
    imported: 0,
  };
  if (!commit || fresh.length === 0) return report;
  await db.$transaction(async (tx) => {
    await tx.cooperative.createMany({
      data: fresh.map((v) => ({
        ...v.data,
        lastRatOn: v.data.lastRatOn ? dateOnlyToDb(v.data.lastRatOn) : null,
      })),
    });
    await audit(tx, admin, {
      action: 'cooperative.import',
      entityType: 'Cooperative',
      entityId: 'import',
      after: { rows: fresh.length },
    });
  });
  return { ...report, imported: fresh.length };
}
