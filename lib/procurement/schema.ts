import { z } from 'zod';
import { rupiahField } from '@/lib/format/rupiah-input';
import { dateOnlyField } from '@/lib/format/date-only';
import { whenParsed } from '@/lib/validation/when-parsed';
import { wibDateTimeField } from '@/lib/format/wib-date-time';
import { percentField } from '@/lib/format/percent-input';

// Date-time fields come from <input type="datetime-local"> in WIB (Medan), without an offset.
const wibDateTime = wibDateTimeField;

const rupiah = (label: string, min = 1) =>
  rupiahField(label, { min, max: 100_000_000_000, ...(min === 0 ? { emptyAs: 0 } : {}) });

const count = (label: string, max = 100_000) =>
  z.coerce
    .number({ error: `${label} harus angka.` })
    .int(`${label} harus bilangan bulat.`)
    .min(1, `${label} minimal 1.`)
    .max(max, `${label} maksimal ${max}.`);

export const eventSchema = z
  .object({
    name: z
      .string({ error: 'Nama kegiatan wajib diisi.' })
      .trim()
      .min(5, 'Nama kegiatan minimal 5 karakter.')
      .max(200),
    startsAt: wibDateTime('Waktu kegiatan'),
    venue: z.string({ error: 'Tempat wajib diisi.' }).trim().min(3, 'Tempat minimal 3 karakter.').max(200),
    kecamatanCode: z
      .string()
      .regex(/^12\.71\.\d{2}$/, 'Pilih kecamatan di Kota Medan.')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    participants: count('Jumlah peserta', 100_000),
    paguIdr: rupiah('Pagu'),
    budgetSource: z.enum(['APBD', 'P_APBD', 'APBN', 'OTHER'], { error: 'Pilih sumber anggaran.' }),
    activityCode: z.string().trim().max(40, 'Kode kegiatan maksimal 40 karakter.').optional(),
  })
  .refine((e) => e.startsAt.getTime() > Date.now(), {
    path: ['startsAt'],
    message: 'Waktu kegiatan tidak boleh di masa lalu.',
    ...whenParsed('startsAt'),
  });

export const needSchema = z
  .object({
    kind: z.enum(['CATERING', 'GOODS'], { error: 'Pilih jenis kebutuhan.' }),
    description: z
      .string({ error: 'Uraian wajib diisi.' })
      .trim()
      .min(3, 'Uraian minimal 3 karakter.')
      .max(300),
    categoryId: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined),
    quantity: count('Jumlah', 1_000_000),
    unit: z.string({ error: 'Satuan wajib diisi.' }).trim().min(2, 'Satuan wajib diisi.').max(30),
    deliveryFrom: wibDateTime('Awal pengantaran'),
    deliveryTo: wibDateTime('Akhir pengantaran'),
  })
  .refine((n) => n.deliveryTo > n.deliveryFrom, {
    path: ['deliveryTo'],
    message: 'Akhir pengantaran harus setelah awalnya.',
    ...whenParsed('deliveryFrom', 'deliveryTo'),
  })
  .refine((n) => n.deliveryFrom.getTime() > Date.now(), {
    path: ['deliveryFrom'],
    message: 'Waktu pengantaran tidak boleh di masa lalu.',
    ...whenParsed('deliveryFrom'),
  });

export const candidateFilterSchema = z.object({
  kecamatan: z
    .string()
    .regex(/^12\.71\.\d{2}$/)
    .optional()
    .catch(undefined),
  halal: z.enum(['true']).optional().catch(undefined),
});

export const rfqSchema = z.object({
  msmeIds: z
    .array(z.string().min(1))
    .min(1, 'Pilih minimal satu UMKM.')
    .max(20, 'Paling banyak 20 UMKM per permintaan.'),
  deadline: wibDateTime('Batas penawaran'),
});

export const quoteSchema = z.object({
  unitPriceIdr: rupiah('Harga satuan'),
  notes: z.string().trim().max(1000, 'Catatan maksimal 1000 karakter.').default(''),
});

export const directOrderSchema = z.object({
  productId: z.string({ error: 'Pilih produk.' }).min(1, 'Pilih produk.'),
  quantity: count('Jumlah', 1_000_000),
});

export const reasonSchema = z.object({
  reason: z
    .string({ error: 'Tuliskan alasannya.' })
    .trim()
    .min(5, 'Tuliskan alasannya (minimal 5 karakter).')
    .max(500),
});

const npwp = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .transform((v) => v.replace(/[\s.\-]/g, ''))
    .pipe(z.string().regex(/^(\d{15}|\d{16})$/, `${label} harus 15 atau 16 angka.`));

/**
 * Recording a payment: the OPD picks what applies (PPN rate, which withholding) and the app
 * computes the amounts (lib/procurement/tax.ts). Nobody types a tax amount.
 */
export const paymentSchema = z.object({
  method: z.enum(['TRANSFER', 'KKPD'], { error: 'Pilih transfer bank atau KKPD.' }),
  paidAt: dateOnlyField('Tanggal bayar'),
  ppnRate: percentField('Tarif PPN', { max: 12, emptyAs: 0 }).default(0),
  withholding: z.enum(['PPH22', 'PPH23', 'PP55'], { error: 'Pilih potongan PPh yang berlaku.' }),
  opdNpwp: npwp('NPWP bendahara OPD'),
  reference: z.string().trim().max(80, 'Nomor referensi maksimal 80 karakter.').optional(),
});

const quantityField = (label: string) =>
  z.coerce
    .number({ error: `${label} harus angka.` })
    .int(`${label} harus bilangan bulat.`)
    .min(0, `${label} tidak boleh negatif.`)
    .max(1_000_000, `${label} terlalu besar.`);

/** Form posts name item fields "items.0.acceptedQuantity"; this gathers them into an array. */
function gatherItems(input: unknown) {
  if (!input || typeof input !== 'object' || Array.isArray((input as { items?: unknown }).items))
    return input;
  const items: Record<string, unknown>[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const match = /^items\.(\d{1,3})\.(\w+)$/.exec(key);
    if (!match) rest[key] = value;
    else (items[Number(match[1])] ??= {})[match[2]] = value;
  }
  return { ...rest, items: items.filter(Boolean) };
}

/** The inspection (pemeriksaan) by the OPD's named inspector, per item of the order. */
export const inspectionSchema = z.preprocess(
  gatherItems,
  z.object({
    inspectorName: z
      .string({ error: 'Nama pemeriksa wajib diisi.' })
      .trim()
      .min(3, 'Nama pemeriksa minimal 3 karakter.')
      .max(120, 'Nama pemeriksa maksimal 120 karakter.'),
    inspectorNip: z
      .string()
      .transform((v) => v.replace(/\s/g, ''))
      .pipe(z.string().regex(/^(\d{18})?$/, 'NIP harus 18 angka.'))
      .optional(),
    note: z.string().trim().max(1000, 'Catatan maksimal 1000 karakter.').default(''),
    items: z
      .array(
        z.object({
          id: z.string().min(1),
          receivedQuantity: quantityField('Jumlah diterima'),
          acceptedQuantity: quantityField('Jumlah yang baik'),
          condition: z.enum(['GOOD', 'PARTLY_DAMAGED', 'NOT_AS_ORDERED'], { error: 'Pilih kondisi barang.' }),
        }),
      )
      .min(1, 'Isi hasil pemeriksaan tiap barang.'),
  }),
);

export const rfqCancelSchema = reasonSchema;
