import { z } from 'zod';
import { whatsappSchema } from '@/lib/validation/identity';
import { dateOnlyField } from '@/lib/format/date-only';

export const cartLineSchema = z.object({
  productId: z.string({ error: 'Produk wajib dipilih.' }).min(1, 'Produk wajib dipilih.').max(40),
  quantity: z.coerce
    .number({ error: 'Jumlah harus angka.' })
    .int('Jumlah harus bilangan bulat.')
    .min(1, 'Jumlah minimal 1.')
    .max(10_000, 'Jumlah maksimal 10.000.'),
});

export const paymentMethods = ['BANK_TRANSFER', 'CASH_ON_DELIVERY', 'STRIPE'] as const;

const address = z
  .string()
  .trim()
  .max(500, 'Alamat maksimal 500 karakter.')
  .refine((v) => v === '' || v.length >= 10, 'Tulis alamat pengiriman lengkap (minimal 10 karakter).');

/** Per UMKM order: pickup or delivery, its address (else the checkout's), and the wanted day. */
const groupSchema = z.object({
  fulfilment: z
    .enum(['DELIVERY', 'PICKUP'], { error: 'Pilih diantar atau ambil sendiri.' })
    .default('DELIVERY'),
  address: address.optional(),
  date: dateOnlyField('Tanggal diantar/diambil').optional(),
});

/** Form posts name group fields "groups.<msmeId>.date"; this gathers them into a record. */
function gatherGroups(input: unknown) {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  const groups: Record<string, Record<string, unknown>> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const match = /^groups\.([\w-]{1,40})\.(\w+)$/.exec(key);
    if (!match) rest[key] = value;
    else (groups[match[1]] ??= {})[match[2]] = value;
  }
  const given = (input as { groups?: unknown }).groups;
  return { ...rest, groups: given && typeof given === 'object' ? given : groups };
}

export const checkoutSchema = z.preprocess(
  gatherGroups,
  z.object({
    deliveryName: z
      .string({ error: 'Nama penerima wajib diisi.' })
      .trim()
      .min(2, 'Nama penerima minimal 2 karakter.')
      .max(120, 'Nama penerima maksimal 120 karakter.'),
    deliveryPhone: whatsappSchema,
    // The address and day every UMKM order uses unless its own group says otherwise.
    deliveryAddress: address.default(''),
    deliveryDate: dateOnlyField('Tanggal diantar/diambil').optional(),
    notes: z.string().trim().max(500, 'Catatan maksimal 500 karakter.').default(''),
    paymentMethod: z.enum(paymentMethods, { error: 'Pilih metode pembayaran.' }),
    groups: z.record(z.string().max(40), groupSchema).default({}),
  }),
);

export type CheckoutInput = z.infer<typeof checkoutSchema>;

export const shopOrderActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('confirm') }),
  z.object({ action: z.literal('payment-received') }),
  z.object({ action: z.literal('ship') }),
  z.object({ action: z.literal('done') }),
  z.object({
    action: z.literal('cancel'),
    reason: z
      .string({ error: 'Tuliskan alasan pembatalan.' })
      .trim()
      .min(5, 'Tuliskan alasan pembatalan (minimal 5 karakter).')
      .max(500),
  }),
]);
