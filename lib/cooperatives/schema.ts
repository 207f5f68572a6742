import { z } from 'zod';
import { dateOnlyField, todayInMedan } from '@/lib/format/date-only';

const score = (label: string) =>
  z.coerce
    .number({ error: `${label} harus angka.` })
    .int(`${label} harus angka bulat.`)
    .min(0, `${label} minimal 0.`)
    .max(100, `${label} maksimal 100.`);

const optionalDay = (label: string) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), dateOnlyField(label).optional());

export const cooperativeSchema = z.object({
  name: z
    .string({ error: 'Nama koperasi wajib diisi.' })
    .trim()
    .min(5, 'Nama koperasi minimal 5 karakter.')
    .max(200),
  legalNumber: z
    .string()
    .trim()
    .max(80, 'Nomor badan hukum maksimal 80 karakter.')
    .default('')
    .transform((v) => v || null),
  nik: z
    .string()
    .default('')
    .transform((v) => v.replace(/[\s.-]/g, ''))
    .refine((v) => v === '' || /^\d{16}$/.test(v), 'NIK koperasi harus 16 digit angka.')
    .transform((v) => v || null),
  kecamatanCode: z.string({ error: 'Pilih kecamatan.' }).regex(/^12\.71\.\d{2}$/, 'Pilih kecamatan.'),
  memberCount: z.coerce
    .number({ error: 'Jumlah anggota harus angka.' })
    .int('Jumlah anggota harus angka bulat.')
    .min(9, 'Koperasi primer minimal 9 anggota (UU 6/2023).')
    .max(1_000_000, 'Jumlah anggota maksimal 1000000.'),
  chairName: z
    .string({ error: 'Nama ketua wajib diisi.' })
    .trim()
    .min(3, 'Nama ketua minimal 3 karakter.')
    .max(120),
  businessLines: z
    .string()
    .max(500)
    .default('')
    .transform((v) =>
      v
        .split(/[,;\n]/)
        .map((x) => x.trim())
        .filter(Boolean)
        .slice(0, 20),
    ),
  lastRatOn: optionalDay('Tanggal RAT terakhir').refine((day) => !day || day <= todayInMedan(), {
    message: 'Tanggal RAT tidak boleh di masa depan.',
  }),
});

export const assessmentSchema = z.object({
  year: z.coerce
    .number({ error: 'Tahun harus angka.' })
    .int('Tahun harus angka bulat.')
    .min(2015, 'Tahun minimal 2015.')
    .max(2100, 'Tahun maksimal 2100.'),
  governance: score('Nilai tata kelola'),
  risk: score('Nilai profil risiko'),
  finance: score('Nilai kinerja keuangan'),
  capital: score('Nilai permodalan'),
  note: z.string().trim().max(1000).default(''),
});

export const memberSchema = z.object({
  nib: z
    .string({ error: 'NIB wajib diisi.' })
    .transform((v) => v.replace(/[\s.-]/g, ''))
    .pipe(z.string().regex(/^\d{13}$/, 'NIB harus 13 digit angka.')),
});
