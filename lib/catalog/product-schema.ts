import { z } from 'zod';
import { rupiahField } from '@/lib/format/rupiah-input';

import { units } from './units';

export { units };

// Categories whose products are made for an order date: they must state capacity and lead time.
export const madeForEventCategories = ['katering', 'snack-box'];

const optionalInt = (label: string, min: number, max: number) =>
  z
    .union([z.literal(''), z.coerce.number({ error: `${label} harus angka.` })])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v))
    .pipe(
      z
        .number()
        .int(`${label} harus angka bulat.`)
        .min(min, `${label} minimal ${min}.`)
        .max(max, `${label} maksimal ${max}.`)
        .nullable(),
    );

export const productSchema = z.object({
  name: z
    .string({ error: 'Nama produk wajib diisi.' })
    .trim()
    .min(3, 'Nama produk minimal 3 karakter.')
    .max(120, 'Nama produk maksimal 120 karakter.'),
  description: z.string().trim().max(4000, 'Deskripsi maksimal 4000 karakter.').default(''),
  categoryId: z.string({ error: 'Pilih kategori.' }).min(1, 'Pilih kategori.'),
  priceIdr: rupiahField('Harga', { max: 1_000_000_000 }),
  unit: z.enum(units, { error: 'Pilih satuan dari daftar.' }),
  minOrder: z.coerce
    .number({ error: 'Minimum pesanan harus angka.' })
    .int('Minimum pesanan harus angka bulat.')
    .min(1, 'Minimum pesanan minimal 1.')
    .max(100_000, 'Minimum pesanan terlalu besar.'),
  dailyCapacity: optionalInt('Kapasitas per hari', 1, 1_000_000),
  leadTimeDays: z.coerce
    .number({ error: 'Waktu persiapan harus angka.' })
    .int('Waktu persiapan harus angka bulat.')
    .min(0, 'Waktu persiapan tidak boleh negatif.')
    .max(90, 'Waktu persiapan maksimal 90 hari.'),
  stock: optionalInt('Stok', 0, 1_000_000),
  halal: z
    .union([z.boolean(), z.enum(['on', 'true', 'false', ''])])
    .optional()
    .transform((v) => v === true || v === 'on' || v === 'true'),
});
export type ProductInput = z.infer<typeof productSchema>;

export const productStatusSchema = z.enum(['DRAFT', 'PUBLISHED', 'ARCHIVED'], {
  error: 'Status produk tidak dikenal.',
});
