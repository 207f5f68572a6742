// The catalog query: one definition for the /products page, GET /api/v1/products and its OpenAPI document.
import { z } from 'zod';
import { searchText } from '@/lib/validation/search-text';
import { rupiahField } from '@/lib/format/rupiah-input';

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,80}$/, 'harus berupa slug, contoh: medan-kota');
const rupiah = rupiahField('Harga', { min: 0, max: 1_000_000_000 }).describe(
  'Rupiah bulat; 35000, 35.000 dan Rp 35.000 dibaca sama',
);

/**
 * A query string's parameters without the empty ones: the filter form always sends every box
 * (`minPrice=&availability=`), and an empty box means "no filter", not an invalid one.
 */
export function withoutBlanks<T extends Record<string, unknown>>(params: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => !(typeof v === 'string' && v.trim() === '')),
  ) as Partial<T>;
}

export const sorts = ['relevance', 'newest', 'price-asc', 'price-desc'] as const;

export const productQuerySchema = z
  .object({
    q: searchText(100).optional().describe('Kata kunci; mengerti imbuhan dan salah ketik bahasa Indonesia'),
    category: slug.optional().describe('Slug kategori, contoh: oleh-oleh'),
    kecamatan: slug.optional().describe('Slug kecamatan, contoh: medan-kota'),
    halal: z.enum(['true', 'false'], { error: 'harus true atau false' }).optional(),
    channel: slug.optional().describe('Slug mitra kanal tempat produk juga dijual, contoh: shopee'),
    availability: z.enum(['ready', 'made-to-order'], { error: 'harus ready atau made-to-order' }).optional(),
    minPrice: rupiah.optional(),
    maxPrice: rupiah.optional(),
    sort: z.enum(sorts, { error: `harus salah satu dari ${sorts.join(', ')}` }).optional(),
    cursor: z
      .string()
      .max(200, 'kursor tidak valid')
      .optional()
      .describe('nextCursor dari halaman sebelumnya'),
    limit: z.coerce
      .number({ error: 'harus angka' })
      .int('harus bilangan bulat')
      .min(1, 'minimal 1')
      .max(100, 'maksimal 100')
      .default(24),
  })
  .refine((v) => v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice, {
    path: ['maxPrice'],
    message: 'harus lebih besar atau sama dengan minPrice',
  });

export type ProductQuery = z.infer<typeof productQuerySchema>;

export const productItemSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  priceIdr: z.number().int().describe('Harga dalam Rupiah (bilangan bulat)'),
  unit: z.string(),
  category: z.object({ slug: z.string(), name: z.string() }),
  imageUrl: z.string(),
  halal: z.boolean(),
  stock: z.number().int().nullable().describe('null = dibuat sesuai pesanan'),
  minOrder: z.number().int(),
  leadTimeDays: z.number().int(),
  msme: z.object({ id: z.string(), slug: z.string(), name: z.string(), kecamatan: z.string().nullable() }),
  channels: z.array(z.object({ partner: z.string(), url: z.string() })),
});

export const productPageSchema = z.object({
  items: z.array(productItemSchema),
  nextCursor: z.string().nullable(),
});
export const apiErrorSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
