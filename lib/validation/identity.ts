// Formats of Indonesian identity and permit numbers (../shared/domain/REFERENCE.md), with messages
// in Bahasa Indonesia that say what is wrong. Input may carry spaces, dots and dashes.
import { z } from 'zod';

const digitsOnly = (v: string) => v.replace(/[\s.\-]/g, '');

/** NIK: 16 digits = province(2) city(2) kecamatan(2) DDMMYY (day + 40 for women) serial(4). */
export function nikProblem(nik: string): string | null {
  if (!/^\d{16}$/.test(nik)) return 'NIK harus 16 digit angka.';
  const day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const realDay = day > 40 ? day - 40 : day;
  if (realDay < 1 || realDay > 31 || month < 1 || month > 12) {
    return 'NIK tidak valid: digit ke-7 s.d. 12 harus tanggal lahir DDMMYY (tanggal +40 untuk perempuan).';
  }
  if (nik.slice(12) === '0000') return 'NIK tidak valid: nomor urut (4 digit terakhir) tidak boleh 0000.';
  return null;
}

export const nikSchema = z
  .string({ error: 'NIK wajib diisi.' })
  .transform(digitsOnly)
  .superRefine((v, ctx) => {
    const problem = nikProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const nibSchema = z
  .string({ error: 'NIB wajib diisi.' })
  .transform(digitsOnly)
  .pipe(z.string().regex(/^\d{13}$/, 'NIB harus 13 digit angka (dari OSS).'));

/** NPWP: 16 digits, or the old 15-digit form, which is stored as 0 + 15 digits. */
export const npwpSchema = z
  .string()
  .transform(digitsOnly)
  .pipe(z.string().regex(/^(\d{15}|\d{16})$/, 'NPWP harus 15 atau 16 digit angka.'))
  .transform((v) => (v.length === 15 ? `0${v}` : v));

export const kbliSchema = z
  .string({ error: 'KBLI wajib diisi.' })
  .transform(digitsOnly)
  .pipe(z.string().regex(/^\d{5}$/, 'Kode KBLI harus 5 digit angka, contoh 10792.'));

/** WhatsApp number in international form without "+": 08xx, +628xx and 628xx all become 628xx. */
export const whatsappSchema = z
  .string({ error: 'Nomor WhatsApp wajib diisi.' })
  .transform((v) => v.replace(/[\s\-()+.]/g, ''))
  .transform((v) => (v.startsWith('0') ? `62${v.slice(1)}` : v))
  .pipe(
    z.string().regex(/^628\d{7,11}$/, 'Nomor WhatsApp harus nomor seluler Indonesia, contoh 0812 3456 7890.'),
  );

export const pirtSchema = z
  .string()
  .transform(digitsOnly)
  .pipe(z.string().regex(/^\d{15}$/, 'Nomor P-IRT harus 15 digit, ditulis 1234567890123-45.'))
  .transform((v) => `${v.slice(0, 13)}-${v.slice(13)}`);

export const bpomSchema = z
  .string()
  .transform((v) => v.replace(/[\s.\-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^(MD|ML)\d{12}$/, 'Nomor BPOM harus MD atau ML diikuti 12 digit, contoh MD 224511001234.'),
  );

export const bankAccountSchema = z
  .string()
  .transform(digitsOnly)
  .pipe(z.string().regex(/^\d{6,20}$/, 'Nomor rekening harus 6–20 digit angka.'));
