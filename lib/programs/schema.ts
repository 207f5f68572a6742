// What comes in from forms and the API for programs, checked before anything is read or written.
import { z } from 'zod';
import { rupiahField } from '@/lib/format/rupiah-input';
import { dateOnlyField } from '@/lib/format/date-only';
import { budgetSources, overrideReasons, programKinds } from './labels';
import { whenParsed } from '@/lib/validation/when-parsed';

const sizes = ['MICRO', 'SMALL', 'MEDIUM'] as const;
const certTypes = ['HALAL', 'PIRT', 'BPOM_MD', 'BPOM_ML', 'SNI', 'PP55', 'OTHER'] as const;

/** A form's multi-select arrives as one string or several; the API sends an array. */
const list = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v]),
    z.array(item).max(50),
  );

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.enum(values, { error: message }).optional(),
  );

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());

const count = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} harus angka.` })
    .int(`${label} harus angka bulat.`)
    .min(min, `${label} minimal ${min}.`)
    .max(max, `${label} maksimal ${max}.`);

/** "12.71.01=10" per line (or kecamatan name=10): seats reserved for a kecamatan. */
const kecamatanQuotaLines = z
  .string()
  .max(2000)
  .default('')
  .transform((text, ctx) => {
    const out: { kecamatan: string; quota: number }[] = [];
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    for (const [i, line] of lines.entries()) {
      const m = /^(.+?)\s*[=:]\s*(\d{1,5})$/.exec(line);
      if (!m) {
        ctx.addIssue({
          code: 'custom',
          message: `Baris ${i + 1} kuota kecamatan tidak terbaca. Tulis "Medan Kota = 10".`,
        });
        return z.NEVER;
      }
      out.push({ kecamatan: m[1].trim(), quota: Number(m[2]) });
    }
    return out;
  });

export const programSchema = z
  .object({
    name: z
      .string({ error: 'Nama program wajib diisi.' })
      .trim()
      .min(5, 'Nama program minimal 5 karakter.')
      .max(200),
    kind: z.enum(programKinds, { error: 'Pilih jenis program.' }),
    opdId: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((v) => v || undefined),
    description: z.string().trim().max(3000).default(''),
    budgetIdr: rupiahField('Anggaran', { min: 0, max: 1_000_000_000_000 }),
    budgetSource: z.enum(budgetSources, { error: 'Pilih sumber anggaran.' }),
    activityCode: z
      .string({ error: 'Kode kegiatan wajib diisi.' })
      .trim()
      .min(3, 'Kode kegiatan minimal 3 karakter.')
      .max(60, 'Kode kegiatan maksimal 60 karakter.'),
    startsOn: dateOnlyField('Tanggal mulai'),
    endsOn: dateOnlyField('Tanggal selesai'),
    quota: count('Kuota', 1, 100_000),
    kecamatanQuotas: kecamatanQuotaLines,
    quotaReleaseOn: z.preprocess(
      (v) => (v === '' ? undefined : v),
      dateOnlyField('Tanggal pelepasan kuota').optional(),
    ),
    openForApplications: checkbox,
    eligibleSizes: list(z.enum(sizes, { error: 'Skala usaha tidak dikenal.' })),
    eligibleCategoryIds: list(z.string().max(40)),
    eligibleKecamatanCodes: list(z.string().regex(/^12\.71\.\d{2}$/, 'Kecamatan tidak dikenal.')),
    verifiedOnly: checkbox,
    requiresCertification: optionalEnum(certTypes, 'Sertifikat tidak dikenal.'),
    lacksCertification: optionalEnum(certTypes, 'Sertifikat tidak dikenal.'),
    neverHelpedOfKind: checkbox,
  })
  .refine((p) => p.endsOn >= p.startsOn, {
    path: ['endsOn'],
    message: 'Tanggal selesai tidak boleh sebelum mulai.',
  })
  .refine((p) => !p.quotaReleaseOn || p.kecamatanQuotas.length > 0, {
    path: ['quotaReleaseOn'],
    message: 'Tanggal pelepasan hanya berlaku bila ada kuota per kecamatan.',
    ...whenParsed('quotaReleaseOn', 'kecamatanQuotas'),
  })
  .refine((p) => p.kecamatanQuotas.length === 0 || p.quotaReleaseOn, {
    path: ['quotaReleaseOn'],
    message: 'Isi tanggal kapan sisa kuota kecamatan kembali ke kuota kota.',
    ...whenParsed('quotaReleaseOn', 'kecamatanQuotas'),
  })
  .refine((p) => p.kecamatanQuotas.reduce((s, q) => s + q.quota, 0) <= p.quota, {
    path: ['kecamatanQuotas'],
    message: 'Jumlah kuota kecamatan melebihi kuota program.',
    ...whenParsed('kecamatanQuotas', 'quota'),
  })
  .refine((p) => !p.requiresCertification || p.requiresCertification !== p.lacksCertification, {
    path: ['lacksCertification'],
    message: 'Sertifikat yang disyaratkan dan yang belum dimiliki tidak boleh sama.',
    ...whenParsed('requiresCertification', 'lacksCertification'),
  });

const id = z.string().trim().min(1).max(40);

/** A batch: ticked candidates and/or NIBs pasted one per line. */
export const nominationSchema = z
  .object({
    msmeIds: list(id),
    cooperativeIds: list(id),
    nibs: z.string().max(20_000).default(''),
    note: z.string().trim().max(500).default(''),
  })
  .transform((b) => ({
    ...b,
    nibLines: b.nibs
      .split(/\r?\n/)
      .map((l) => l.replace(/[\s.-]/g, ''))
      .filter(Boolean),
  }))
  .refine((b) => b.msmeIds.length + b.cooperativeIds.length + b.nibLines.length > 0, {
    path: ['msmeIds'],
    message: 'Pilih minimal satu calon penerima.',
  })
  .refine((b) => b.msmeIds.length + b.cooperativeIds.length + b.nibLines.length <= 500, {
    path: ['msmeIds'],
    message: 'Paling banyak 500 penerima per kali usul.',
  });

export const applicationSchema = z.object({
  note: z.string().trim().max(1000, 'Catatan maksimal 1000 karakter.').default(''),
});

export const decisionSchema = z
  .object({
    decision: z.enum(['ACCEPT', 'DECLINE'], { error: 'Pilih terima atau tolak.' }),
    reason: z.string().trim().max(1000, 'Alasan maksimal 1000 karakter.').default(''),
  })
  .refine((d) => d.decision === 'ACCEPT' || d.reason.length >= 5, {
    path: ['reason'],
    message: 'Tulis alasan penolakan (minimal 5 karakter).',
  });

export const overrideSchema = z.object({
  reasonCode: z.enum(overrideReasons, { error: 'Pilih alasan pengecualian.' }),
  reason: z
    .string({ error: 'Penjelasan wajib diisi.' })
    .trim()
    .min(10, 'Penjelasan minimal 10 karakter.')
    .max(1000, 'Penjelasan maksimal 1000 karakter.'),
});

export const sessionSchema = z.object({
  title: z
    .string({ error: 'Judul sesi wajib diisi.' })
    .trim()
    .min(3, 'Judul sesi minimal 3 karakter.')
    .max(200),
  heldOn: dateOnlyField('Tanggal sesi'),
  venue: z.string().trim().max(200).default(''),
});

export const attendanceSchema = z.object({ present: list(id) });

export const deliverySchema = z
  .object({
    kind: z.enum(['EQUIPMENT', 'CERTIFICATE', 'MARKETING', 'OTHER'], { error: 'Pilih jenis penyerahan.' }),
    description: z.string().trim().max(500).default(''),
    quantity: z.preprocess((v) => (v === '' || v === undefined ? 1 : v), count('Jumlah', 1, 100_000)),
    valueIdr: z.preprocess((v) => v ?? '', rupiahField('Nilai', { min: 0, max: 10_000_000_000, emptyAs: 0 })),
    deliveredOn: dateOnlyField('Tanggal penyerahan'),
    certificationType: optionalEnum(certTypes, 'Sertifikat tidak dikenal.'),
    certificationNumber: z.string().trim().max(60).default(''),
    certificationExpiresOn: z.preprocess(
      (v) => (v === '' ? undefined : v),
      dateOnlyField('Berlaku sampai').optional(),
    ),
    outcome: z
      .string()
      .trim()
      .max(60)
      .default('')
      .refine((v) => v === '' || /^(bazaar|listing):[\w-]{1,40}$/.test(v), 'Hasil pemasaran tidak dikenal.'),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'EQUIPMENT' && d.description.length < 3)
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'Tulis barang yang diserahkan.' });
    if (d.kind === 'EQUIPMENT' && d.valueIdr < 1)
      ctx.addIssue({ code: 'custom', path: ['valueIdr'], message: 'Nilai peralatan harus lebih dari Rp 0.' });
    if (d.kind === 'CERTIFICATE' && !d.certificationType)
      ctx.addIssue({ code: 'custom', path: ['certificationType'], message: 'Pilih jenis sertifikat.' });
    if (d.kind === 'CERTIFICATE' && d.certificationNumber.length < 3)
      ctx.addIssue({ code: 'custom', path: ['certificationNumber'], message: 'Tulis nomor sertifikat.' });
    if (d.kind === 'MARKETING' && !d.outcome)
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'Pilih bazar atau listing yang dihasilkan.',
      });
    if (d.kind === 'OTHER' && d.description.length < 3)
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'Tulis apa yang diserahkan.' });
  });

export const kindSettingSchema = z.object({
  kind: z.enum(programKinds, { error: 'Pilih jenis program.' }),
  overlapWindowMonths: count('Jendela tumpang tindih (bulan)', 1, 60),
});

export const duplicateVerdictSchema = z.object({
  msmeAId: id,
  msmeBId: id,
  verdict: z.enum(['SAME', 'DIFFERENT'], { error: 'Pilih sama atau berbeda.' }),
  reason: z.string({ error: 'Alasan wajib diisi.' }).trim().min(5, 'Alasan minimal 5 karakter.').max(500),
});

export const coverageQuerySchema = z.object({
  format: z.enum(['json', 'csv']).default('json'),
});
