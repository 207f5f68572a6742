// What a valid UMKM registration is: one definition for the form, the server action, the bulk import.
import { z } from 'zod';
import {
  bankAccountSchema,
  bpomSchema,
  kbliSchema,
  nibSchema,
  nikSchema,
  npwpSchema,
  pirtSchema,
  whatsappSchema,
} from '@/lib/validation/identity';
import { dateOnlyField } from '@/lib/format/date-only';
import { rupiahField } from '@/lib/format/rupiah-input';

const text = (label: string, max: number, min = 1) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(min, min === 1 ? `${label} wajib diisi.` : `${label} minimal ${min} karakter.`)
    .max(max, `${label} maksimal ${max} karakter.`);

const thisYear = new Date().getUTCFullYear();

/** A declared amount that may be left empty (the size class then rests on the chosen class). */
const declaredRupiah = (label: string) =>
  z.preprocess(
    (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
    rupiahField(label, { min: 0, max: 1_000_000_000_000 }).optional(),
  );

export const sizeClasses = ['MICRO', 'SMALL', 'MEDIUM'] as const;

export const sizeHelp: Record<(typeof sizeClasses)[number], string> = {
  MICRO: 'Mikro: modal usaha s.d. Rp1 miliar atau omzet s.d. Rp2 miliar per tahun',
  SMALL: 'Kecil: modal > Rp1–5 miliar atau omzet > Rp2–15 miliar per tahun',
  MEDIUM: 'Menengah: modal > Rp5–10 miliar atau omzet > Rp15–50 miliar per tahun',
};

export const certificationTypes = ['HALAL', 'PIRT', 'BPOM_MD', 'BPOM_ML', 'PP55'] as const;

export const certificationSchema = z
  .object({
    type: z.enum(certificationTypes, { error: 'Jenis sertifikat tidak dikenal.' }),
    number: z
      .string()
      .trim()
      .min(1, 'Nomor sertifikat wajib diisi.')
      .max(60, 'Nomor sertifikat terlalu panjang.'),
    expiresAt: dateOnlyField('Tanggal berlaku'),
  })
  .transform((cert, ctx) => {
    const schema =
      cert.type === 'PIRT'
        ? pirtSchema
        : cert.type === 'BPOM_MD' || cert.type === 'BPOM_ML'
          ? bpomSchema
          : null;
    if (!schema) return cert;
    const parsed = schema.safeParse(cert.number);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: parsed.error.issues[0].message });
      return z.NEVER;
    }
    if (cert.type !== 'PIRT' && !parsed.data.startsWith(cert.type === 'BPOM_MD' ? 'MD' : 'ML')) {
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        message: `Nomor ${cert.type === 'BPOM_MD' ? 'BPOM MD harus diawali MD' : 'BPOM ML harus diawali ML'}.`,
      });
      return z.NEVER;
    }
    return { ...cert, number: parsed.data };
  });

const fields = {
  name: text('Nama usaha', 120, 3),
  ownerName: text('Nama pemilik', 120, 2),
  nik: nikSchema,
  nib: nibSchema,
  npwp: npwpSchema.optional(),
  kbli: kbliSchema,
  size: z.enum(sizeClasses, { error: 'Pilih skala usaha: mikro, kecil, atau menengah.' }),
  categoryId: z.string({ error: 'Pilih kategori usaha.' }).min(1, 'Pilih kategori usaha.'),
  kecamatanCode: z
    .string({ error: 'Pilih kecamatan.' })
    .regex(/^12\.71\.\d{2}$/, 'Pilih kecamatan di Kota Medan.'),
  kelurahanCode: z.string({ error: 'Pilih kelurahan.' }).regex(/^12\.71\.\d{2}\.\d{4}$/, 'Pilih kelurahan.'),
  address: text('Alamat', 300, 5),
  whatsapp: whatsappSchema,
  yearFounded: z.coerce
    .number({ error: 'Tahun berdiri harus angka.' })
    .int('Tahun berdiri harus angka bulat.')
    .min(1900, 'Tahun berdiri paling awal 1900.')
    .max(thisYear, `Tahun berdiri tidak boleh melewati ${thisYear}.`),
  employees: z.coerce
    .number({ error: 'Jumlah karyawan harus angka.' })
    .int('Jumlah karyawan harus angka bulat.')
    .min(0, 'Jumlah karyawan tidak boleh negatif.')
    .max(300, 'Usaha dengan lebih dari 300 karyawan bukan UMKM.'),
  // PP 7/2021: the size class follows capital (without land and buildings) and annual turnover.
  capitalIdr: declaredRupiah('Modal usaha'),
  annualTurnoverIdr: declaredRupiah('Omzet per tahun'),
  description: z.string().trim().max(2000, 'Deskripsi maksimal 2000 karakter.').optional(),
  bankName: text('Nama bank', 60),
  bankAccount: bankAccountSchema,
  bankAccountHolder: text('Nama pemilik rekening', 120, 2),
  certifications: z.array(certificationSchema).max(10, 'Paling banyak 10 sertifikat.').default([]),
};

/** Everything the Dinas needs before it can verify the business. */
export const registrationSchema = z.object(fields);
export type Registration = z.infer<typeof registrationSchema>;

/** A draft may be incomplete, but what it holds must already be valid. */
export const draftSchema = registrationSchema.partial().extend({ name: fields.name });
export type RegistrationDraft = z.infer<typeof draftSchema>;

/** Blank form fields mean "not filled in yet". */
export function dropBlanks(input: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(input).filter(([, v]) => !(typeof v === 'string' && v.trim() === '')),
  );
}

export const reviewSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({
    decision: z.literal('return'),
    reason: z
      .string({ error: 'Tuliskan alasan perbaikan.' })
      .trim()
      .min(10, 'Tuliskan alasan perbaikan (minimal 10 karakter) agar pemilik tahu apa yang harus diperbaiki.')
      .max(1000),
  }),
]);
