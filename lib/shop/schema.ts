import { z } from 'zod';
import { whatsappSchema } from '@/lib/validation/identity';

export const cartLineSchema = z.object({
  productId: z.string({ error: 'Produk wajib dipilih.' }).min(1, 'Produk wajib dipilih.').max(40),
  quantity: z.coerce
    .number({ error: 'Jumlah harus angka.' })
    .int('Jumlah harus bilangan bulat.')
    .min(1, 'Jumlah minimal 1.')
    .max(10_000, 'Jumlah maksimal 10.000.'),
});

export const paymentMethods = ['BANK_TRANSFER', 'CASH_ON_DELIVERY', 'STRIPE'] as const;

export const checkoutSchema = z.object({
  deliveryName: z
    .string({ error: 'Nama penerima wajib diisi.' })
    .trim()
    .min(2, 'Nama penerima minimal 2 karakter.')
    .max(120, 'Nama penerima maksimal 120 karakter.'),
  deliveryPhone: whatsappSchema,
  deliveryAddress: z
    .string({ error: 'Alamat pengiriman wajib diisi.' })
    .trim()
    .min(10, 'Tulis alamat pengiriman lengkap (minimal 10 karakter).')
    .max(500, 'Alamat maksimal 500 karakter.'),
  notes: z.string().trim().max(500, 'Catatan maksimal 500 karakter.').default(''),
  paymentMethod: z.enum(paymentMethods, { error: 'Pilih metode pembayaran.' }),
});

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
