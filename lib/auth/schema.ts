import { z } from 'zod';

export const emailSchema = z
  .string({ error: 'Email wajib diisi.' })
  .trim()
  .toLowerCase()
  .pipe(
    z
      .email({ error: 'Format email tidak valid, contoh: nama@contoh.id.' })
      .max(200, 'Email terlalu panjang.'),
  );

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Kata sandi wajib diisi.' }).min(1, 'Kata sandi wajib diisi.').max(200),
});

export const passwordSchema = z
  .string({ error: 'Kata sandi wajib diisi.' })
  .min(10, 'Kata sandi minimal 10 karakter.')
  .max(200, 'Kata sandi maksimal 200 karakter.')
  .regex(/[a-zA-Z]/, 'Kata sandi harus memuat huruf.')
  .regex(/[0-9]/, 'Kata sandi harus memuat angka.');

export const signUpSchema = z.object({
  name: z
    .string({ error: 'Nama wajib diisi.' })
    .trim()
    .min(2, 'Nama minimal 2 karakter.')
    .max(120, 'Nama maksimal 120 karakter.'),
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(['SHOPPER', 'MSME_OWNER'], { error: 'Pilih Pembeli atau Pemilik UMKM.' }),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z
    .string({ error: 'Tautan tidak lengkap.' })
    .regex(/^[A-Za-z0-9_-]{43}$/, 'Tautan tidak lengkap atau rusak. Salin seluruh tautan dari email.'),
  password: passwordSchema,
});

/** Accounts only a Dinas admin creates. */
export const staffAccountSchema = z
  .object({
    name: signUpSchema.shape.name,
    email: emailSchema,
    // Empty: the new staff member gets an email link to set their own password (the default).
    password: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(passwordSchema.optional()),
    role: z.enum(['OPD_STAFF', 'DINAS_ADMIN'], { error: 'Pilih Staf OPD atau Admin Dinas.' }),
    opdId: z
      .string()
      .trim()
      .transform((v) => v || undefined)
      .optional(),
  })
  .refine((v) => v.role !== 'OPD_STAFF' || !!v.opdId, {
    path: ['opdId'],
    message: 'Pilih OPD untuk staf pengadaan.',
  });
