import { z } from 'zod';

export const stages = [
  'NOT_STARTED',
  'PREPARING',
  'SUBMITTED',
  'UNDER_REVIEW',
  'LIVE',
  'SUSPENDED',
  'DELISTED',
  'REJECTED',
] as const;
export type Stage = (typeof stages)[number];

/** Allowed moves between stages; anything else is refused with a message. */
export const allowedMoves: Record<Stage, Stage[]> = {
  NOT_STARTED: ['PREPARING'],
  PREPARING: ['SUBMITTED', 'NOT_STARTED'],
  SUBMITTED: ['UNDER_REVIEW', 'REJECTED'],
  UNDER_REVIEW: ['LIVE', 'REJECTED'],
  LIVE: ['SUSPENDED', 'DELISTED'],
  SUSPENDED: ['LIVE', 'DELISTED'],
  DELISTED: ['PREPARING'],
  REJECTED: ['PREPARING'],
};

export const stageLabel: Record<Stage, string> = {
  NOT_STARTED: 'Belum mulai',
  PREPARING: 'Menyiapkan dokumen',
  SUBMITTED: 'Diajukan',
  UNDER_REVIEW: 'Ditinjau mitra',
  LIVE: 'Tayang',
  SUSPENDED: 'Ditangguhkan',
  DELISTED: 'Diturunkan',
  REJECTED: 'Ditolak',
};

export const moveSchema = z
  .object({
    to: z.enum(stages, { error: 'Tahap tujuan tidak dikenal.' }),
    externalUrl: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .pipe(
        z
          .url({
            protocol: /^https?$/,
            error: 'Tautan harus URL http(s) yang lengkap, contoh https://shopee.co.id/toko/produk.',
          })
          .max(500)
          .optional(),
      ),
    storeSku: z
      .string()
      .trim()
      .max(60)
      .optional()
      .transform((v) => v || undefined),
    reason: z
      .string()
      .trim()
      .max(500)
      .optional()
      .transform((v) => v || undefined),
    override: z
      .enum(['on', 'true'])
      .optional()
      .transform((v) => !!v),
  })
  .refine((m) => m.to !== 'LIVE' || !!m.externalUrl, {
    path: ['externalUrl'],
    message: 'Tautan listing wajib diisi untuk tahap Tayang.',
  })
  .refine((m) => m.to !== 'REJECTED' || (m.reason?.length ?? 0) >= 5, {
    path: ['reason'],
    message: 'Tuliskan alasan penolakan dari mitra.',
  })
  .refine((m) => !m.override || (m.reason?.length ?? 0) >= 10, {
    path: ['reason'],
    message: 'Pengecualian kelengkapan wajib disertai alasan (minimal 10 karakter).',
  });

export const listingRequestSchema = z.object({
  productId: z.string({ error: 'Pilih produk.' }).min(1, 'Pilih produk.'),
  partnerId: z.string({ error: 'Pilih mitra.' }).min(1, 'Pilih mitra.'),
});
