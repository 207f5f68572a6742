// Every schema that takes Rupiah reads "35.000" as 35000 (issue #12): one parser, checked here
// through each schema, and once end to end through the product data layer.
import { describe, expect, it } from 'vitest';
import { readRupiah } from '@/lib/format/rupiah-input';
import { productSchema } from '@/lib/catalog/product-schema';
import { productQuerySchema, withoutBlanks } from '@/lib/catalog/search-schema';
import { eventSchema, paymentSchema, quoteSchema } from '@/lib/procurement/schema';
import { createProduct, getOwnProduct } from '@/lib/catalog/owner-products';
import { db } from '@/lib/server/db';
import { ownerWithBusiness } from './support/fixtures';

const typedTheSame = [
  '35000',
  '35.000',
  'Rp 35.000',
  'Rp35.000',
  'rp. 35.000',
  '35.000,00',
  'Rp 35.000,-',
  ' 35 000 ',
];

describe('readRupiah', () => {
  it.each(typedTheSame)('reads %j as 35000', (typed) => {
    expect(readRupiah(typed)).toEqual({ ok: true, value: 35000 });
  });

  it('reads millions and JSON numbers', () => {
    expect(readRupiah('1.250.000')).toEqual({ ok: true, value: 1_250_000 });
    expect(readRupiah(45000)).toEqual({ ok: true, value: 45000 });
  });

  it.each(['35,000', '35.5', '3.50.000', '35.000.0', '1,2,3', 'tiga puluh', '35.000,5x', '-'])(
    'refuses the ambiguous or unreadable %j',
    (typed) => {
      expect(readRupiah(typed)).toMatchObject({ ok: false, reason: 'format' });
    },
  );

  it.each(['35.000,50', '35000,5', 35000.5])('refuses fractional rupiah %j', (typed) => {
    expect(readRupiah(typed)).toEqual({ ok: false, reason: 'fraction' });
  });
});

describe('every money field uses it', () => {
  const issues = (result: {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  }) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

  it('product price', () => {
    const base = { name: 'Bolu', categoryId: 'c', unit: 'kotak', minOrder: '1', leadTimeDays: '0' };
    for (const typed of typedTheSame) {
      expect(productSchema.parse({ ...base, priceIdr: typed }).priceIdr).toBe(35000);
    }
    expect(issues(productSchema.safeParse({ ...base, priceIdr: '35.000,50' })).priceIdr).toBe(
      'Harga harus Rupiah bulat, tanpa sen.',
    );
    expect(issues(productSchema.safeParse({ ...base, priceIdr: '35,000' })).priceIdr).toMatch(
      /Harga tidak terbaca.*35\.000/,
    );
  });

  it('quote unit price, pagu and the catalog price filter', () => {
    expect(quoteSchema.parse({ unitPriceIdr: 'Rp 27.500' }).unitPriceIdr).toBe(27500);
    const event = eventSchema.parse({
      name: 'Rapat koordinasi',
      startsAt: '2099-01-02T09:00',
      venue: 'Balai Kota',
      participants: '40',
      paguIdr: '12.500.000',
      budgetSource: 'APBD',
    });
    expect(event.paguIdr).toBe(12_500_000);
    // Taxes are no longer typed as money: the rate is typed and the amounts computed (tax.ts).
    const payment = paymentSchema.parse({
      method: 'TRANSFER',
      paidAt: '2026-11-30',
      ppnRate: '',
      withholding: 'PPH23',
      opdNpwp: '00.123.456.7-121.000',
    });
    expect(payment).toMatchObject({ ppnRate: 0, opdNpwp: '001234567121000' });
    expect(productQuerySchema.parse({ minPrice: '10.000', maxPrice: 'Rp 50.000' })).toMatchObject({
      minPrice: 10000,
      maxPrice: 50000,
    });
  });
});

describe('a product priced "35.000" on the owner form', () => {
  it('is stored as Rp 35.000, and "35.000,50" writes nothing', async () => {
    const owner = await ownerWithBusiness({ verify: true });
    const category = await db.category.findUniqueOrThrow({ where: { slug: 'oleh-oleh' } });
    const input = {
      name: 'Bika Ambon Pandan',
      categoryId: category.id,
      priceIdr: '35.000',
      unit: 'kotak',
      minOrder: '1',
      leadTimeDays: '1',
    };
    const { id } = await createProduct(owner, input);
    expect((await getOwnProduct(owner, id)).priceIdr).toBe(35000);
    const before = await db.product.count({ where: { msmeId: owner.msmeId! } });
    await expect(createProduct(owner, { ...input, priceIdr: '35.000,50' })).rejects.toThrow();
    expect(await db.product.count({ where: { msmeId: owner.msmeId! } })).toBe(before);
  });
});

describe('English messages', () => {
  it('translates label-based and counted messages, and leaves unknown text in Indonesian', async () => {
    const { phrases } = await import('@/lib/i18n/phrases');
    const t = phrases('en');
    expect(t('Harga harus Rupiah bulat, tanpa sen.')).toBe('Price must be whole rupiah, without sen.');
    expect(t('Terlalu banyak unggahan foto. Coba lagi dalam 5 menit.')).toBe(
      'Too many photo uploads. Try again in 5 minutes.',
    );
    expect(t('Masuk keranjang (3).')).toBe('Added to the cart (3).');
    expect(t('Teks yang belum diterjemahkan')).toBe('Teks yang belum diterjemahkan');
    expect(
      t(
        'Total pesanan kegiatan menjadi Rp 12.000.000, melebihi pagu Rp 10.000.000. Sisa pagu: Rp 1.500.000.',
      ),
    ).toBe(
      "The event's orders would total Rp 12.000.000, above its budget of Rp 10.000.000. Budget left: Rp 1.500.000.",
    );
    expect(t('Pesanan berstatus PAID tidak dapat dibatalkan.')).toBe(
      'An order with status PAID cannot be cancelled.',
    );
    expect(t('Stok Bika Ambon tinggal 2.')).toBe('Only 2 of Bika Ambon left.');
    expect(t('Listing dipindah ke tahap "Tayang".')).toMatch(/^Listing moved to the stage "(?!Tayang)/);
    expect(phrases('id')('Pagu {n}', { n: 'Rp 5.000' })).toBe('Pagu Rp 5.000');
  });
});

describe('the catalog filter form', () => {
  it('treats empty price boxes as no bound, so the other filters still apply', () => {
    const parsed = productQuerySchema.safeParse(
      withoutBlanks({
        halal: 'true',
        minPrice: '',
        maxPrice: ' ',
        availability: '',
        category: 'oleh-oleh',
      }),
    );
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ halal: 'true', category: 'oleh-oleh' });
    expect(parsed.data?.minPrice).toBeUndefined();
  });

  it('refuses prices whose grouping is ambiguous', () => {
    for (const typed of ['0.500', '035.000', '0035000']) expect(readRupiah(typed).ok).toBe(false);
    expect(readRupiah('Rp')).toEqual({ ok: false, reason: 'empty' });
    expect(readRupiah('0')).toEqual({ ok: true, value: 0 });
  });
});
