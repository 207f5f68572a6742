// Shop orders a buyer can complete: transfer details per UMKM order for its buyer only, a receipt
// photo the UMKM sees, release of unpaid orders, pickup or delivery on a day the lead time allows,
// a cart ordered in another tab, and catalog facets that count what their links show.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { placeOrder } from '@/lib/shop/checkout';
import { recentCheckout, setCartQuantity } from '@/lib/shop/cart';
import { listIncomingShopOrders, updateShopOrder } from '@/lib/shop/orders';
import { receiptKeyFor, releaseUnpaidTransfers, transferDetails, uploadReceipt } from '@/lib/shop/transfer';
import { addDays, todayInMedan } from '@/lib/format/date-only';
import { catalogListPage } from '@/lib/catalog/list-page';
import { facets, searchCatalog } from '@/lib/catalog/search';
import { productQuerySchema } from '@/lib/catalog/search-schema';
import { newActor } from './support/actors';
import { delivery, sellerWithProduct, shopperWithCart } from './support/shop';
import { pngFile } from './support/fixtures';
import { GET as publicImage } from '@/app/api/uploads/[...key]/route';

const origin = 'http://localhost:3000';

describe('bank transfer', () => {
  it("shows the UMKM's account, exact amount, reference and deadline to that order's buyer only", async () => {
    const a = await sellerWithProduct(10, 20_000);
    const b = await sellerWithProduct(null, 35_000);
    const shopper = await shopperWithCart([
      { productId: a.product.id, quantity: 2 },
      { productId: b.product.id, quantity: 1 },
    ]);
    const before = Date.now();
    const placed = await placeOrder(shopper, { ...delivery, paymentMethod: 'BANK_TRANSFER' }, origin);
    const orders = await db.shopOrder.findMany({
      where: { checkoutId: placed.checkoutId },
      include: { msme: true },
    });
    const details = await transferDetails(
      shopper,
      orders.map((o) => o.id),
    );
    for (const order of orders) {
      const info = details[order.id];
      expect(info.accountNumber).toMatch(/^10\d+$/);
      expect(info.bankName).toBe('Bank Sumut');
      expect(info.amountIdr).toBe(order.totalIdr);
      expect(info.reference).toMatch(/^TRF-[0-9A-F]{8}$/);
      expect(info.deadline!.getTime()).toBeGreaterThanOrEqual(before + 23 * 3_600_000);
    }
    expect(new Set(Object.values(details).map((d) => d.reference)).size).toBe(2);
    // Another shopper learns nothing, not even that the orders exist.
    const other = await newActor('SHOPPER');
    expect(
      await transferDetails(
        other,
        orders.map((o) => o.id),
      ),
    ).toEqual({});
    await expect(transferDetails(a.owner, [orders[0].id])).rejects.toMatchObject({ status: 403 });
  });

  it('lets the buyer upload a receipt that only the buyer and that UMKM can open, before it is marked paid', async () => {
    const { owner, product } = await sellerWithProduct(10, 20_000);
    const shopper = await shopperWithCart([{ productId: product.id, quantity: 1 }]);
    const placed = await placeOrder(shopper, { ...delivery, paymentMethod: 'BANK_TRANSFER' }, origin);
    const order = await db.shopOrder.findFirstOrThrow({ where: { checkoutId: placed.checkoutId } });
    await expect(uploadReceipt(shopper, order.id, null)).rejects.toMatchObject({
      fieldErrors: { receipt: ['Pilih foto untuk diunggah.'] },
    });
    const other = await newActor('SHOPPER');
    await expect(uploadReceipt(other, order.id, await pngFile())).rejects.toMatchObject({ status: 404 });
    await uploadReceipt(shopper, order.id, await pngFile());
    const seen = (await listIncomingShopOrders(owner)).find((o) => o.id === order.id)!;
    expect(seen.receiptUploadedAt).not.toBeNull();
    const key = await receiptKeyFor(owner, order.id);
    // Not through the public image route, even with the key.
    expect(key.startsWith('private/')).toBe(true);
    const publicRoute = await publicImage(new Request(`http://localhost/api/uploads/${key}-800.webp`), {
      params: Promise.resolve({ key: `${key}-800.webp`.split('/') }),
    });
    expect(publicRoute.status).toBe(404);
    expect(await receiptKeyFor(shopper, order.id)).toBe(key);
    await expect(receiptKeyFor(other, order.id)).rejects.toMatchObject({ status: 404 });
    const stranger = await sellerWithProduct(1);
    await expect(receiptKeyFor(stranger.owner, order.id)).rejects.toMatchObject({ status: 404 });
    await updateShopOrder(owner, order.id, { action: 'payment-received' });
    await expect(uploadReceipt(shopper, order.id, await pngFile())).rejects.toThrow(/sudah dikonfirmasi/);
  });

  it('releases an order unpaid by its deadline and returns its stock, but waits when a receipt was sent', async () => {
    const { product } = await sellerWithProduct(10, 20_000);
    const unpaid = await shopperWithCart([{ productId: product.id, quantity: 3 }]);
    const withReceipt = await shopperWithCart([{ productId: product.id, quantity: 2 }]);
    const p1 = await placeOrder(unpaid, { ...delivery, paymentMethod: 'BANK_TRANSFER' }, origin);
    const p2 = await placeOrder(withReceipt, { ...delivery, paymentMethod: 'BANK_TRANSFER' }, origin);
    const o2 = await db.shopOrder.findFirstOrThrow({ where: { checkoutId: p2.checkoutId } });
    await uploadReceipt(withReceipt, o2.id, await pngFile());
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(5);
    await releaseUnpaidTransfers(new Date(Date.now() + 25 * 3_600_000));
    const o1 = await db.shopOrder.findFirstOrThrow({ where: { checkoutId: p1.checkoutId } });
    expect(o1).toMatchObject({ status: 'CANCELLED', cancelReason: expect.stringMatching(/batas waktu/) });
    expect((await db.shopOrder.findUniqueOrThrow({ where: { id: o2.id } })).status).toBe('PLACED');
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(8);
    // Released once: running again changes nothing.
    await releaseUnpaidTransfers(new Date(Date.now() + 26 * 3_600_000));
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(8);
  });

  it('refuses a transfer to a UMKM that has no account registered', async () => {
    const { owner, product } = await sellerWithProduct(10);
    await db.msme.update({ where: { id: owner.msmeId! }, data: { bankAccountCipher: null } });
    const shopper = await shopperWithCart([{ productId: product.id, quantity: 1 }]);
    await expect(
      placeOrder(shopper, { ...delivery, paymentMethod: 'BANK_TRANSFER' }, origin),
    ).rejects.toMatchObject({
      fieldErrors: { paymentMethod: [expect.stringMatching(/belum mencantumkan rekening/)] },
    });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
  });
});

describe('delivery or pickup', () => {
  it('asks per UMKM for pickup or delivery, address and day, and refuses a day sooner than the lead time', async () => {
    const slow = await sellerWithProduct(10, 50_000);
    await db.product.update({ where: { id: slow.product.id }, data: { leadTimeDays: 3 } });
    const quick = await sellerWithProduct(10, 20_000);
    const shopper = await shopperWithCart([
      { productId: slow.product.id, quantity: 1 },
      { productId: quick.product.id, quantity: 1 },
    ]);
    const today = todayInMedan();
    const groups = (slowDate: string) => ({
      [`groups.${slow.owner.msmeId}.fulfilment`]: 'DELIVERY',
      [`groups.${slow.owner.msmeId}.address`]: "Jl. Dr. Mansyur No. 5, Medan Baru (rumah Bu Ros'ma)",
      [`groups.${slow.owner.msmeId}.date`]: slowDate,
      [`groups.${quick.owner.msmeId}.fulfilment`]: 'PICKUP',
      [`groups.${quick.owner.msmeId}.date`]: today.split('-').reverse().join('/'),
    });
    const base = { deliveryName: 'Andi', deliveryPhone: '081234567890', paymentMethod: 'CASH_ON_DELIVERY' };
    await expect(
      placeOrder(shopper, { ...base, ...groups(addDays(today, 2)) }, origin),
    ).rejects.toMatchObject({
      fieldErrors: {
        [`groups.${slow.owner.msmeId}.date`]: [expect.stringMatching(/perlu 3 hari persiapan/)],
      },
    });
    expect((await db.product.findUniqueOrThrow({ where: { id: slow.product.id } })).stock).toBe(10);
    const placed = await placeOrder(shopper, { ...base, ...groups(addDays(today, 3)) }, origin);
    const orders = await db.shopOrder.findMany({ where: { checkoutId: placed.checkoutId } });
    const slowOrder = orders.find((o) => o.msmeId === slow.owner.msmeId)!;
    const quickOrder = orders.find((o) => o.msmeId === quick.owner.msmeId)!;
    expect(slowOrder).toMatchObject({
      fulfilment: 'DELIVERY',
      deliveryAddress: "Jl. Dr. Mansyur No. 5, Medan Baru (rumah Bu Ros'ma)",
    });
    expect(slowOrder.wantedOn!.toISOString().slice(0, 10)).toBe(addDays(today, 3));
    expect(quickOrder.fulfilment).toBe('PICKUP');
    const seller = (await listIncomingShopOrders(quick.owner)).find((o) => o.id === quickOrder.id)!;
    expect(seller).toMatchObject({ fulfilment: 'PICKUP' });
    expect(seller.wantedOn!.toISOString().slice(0, 10)).toBe(today);
  });

  it('asks for an address when delivering and none was given', async () => {
    const { owner, product } = await sellerWithProduct(10);
    const shopper = await shopperWithCart([{ productId: product.id, quantity: 1 }]);
    await expect(
      placeOrder(
        shopper,
        {
          deliveryName: 'Andi',
          deliveryPhone: '081234567890',
          deliveryDate: todayInMedan(),
          paymentMethod: 'CASH_ON_DELIVERY',
        },
        origin,
      ),
    ).rejects.toMatchObject({ fieldErrors: { [`groups.${owner.msmeId}.address`]: [expect.any(String)] } });
  });
});

describe('a cart checked out in another tab', () => {
  it('says so on a stale change and a second checkout instead of "Keranjang kosong."', async () => {
    const { product } = await sellerWithProduct(10);
    const shopper = await shopperWithCart([{ productId: product.id, quantity: 1 }]);
    const placed = await placeOrder(shopper, { ...delivery, paymentMethod: 'CASH_ON_DELIVERY' }, origin);
    expect(await recentCheckout({ userId: shopper.id })).toEqual(placed.orderNumbers);
    const ordered = new RegExp(`sudah dipesan di tab lain \\(pesanan ${placed.orderNumbers[0]}\\)`);
    await expect(
      setCartQuantity({ userId: shopper.id }, { productId: product.id, quantity: 2 }),
    ).rejects.toThrow(ordered);
    await expect(
      placeOrder(shopper, { ...delivery, paymentMethod: 'CASH_ON_DELIVERY' }, origin),
    ).rejects.toThrow(ordered);
  });
});

describe('catalog facets and price filter', () => {
  it('counts for each kecamatan and category what its link shows, with the other filter applied', async () => {
    const query = productQuerySchema.parse({ category: 'katering', limit: '100' });
    const counts = await facets(query);
    expect(counts.kecamatan.length).toBeGreaterThan(0);
    for (const k of counts.kecamatan) {
      const page = await searchCatalog(
        productQuerySchema.parse({ category: 'katering', kecamatan: k.slug, limit: '100' }),
      );
      expect([k.slug, page.items.length]).toEqual([k.slug, k.n]);
    }
    const kota = productQuerySchema.parse({ kecamatan: counts.kecamatan[0].slug, limit: '100' });
    for (const c of (await facets(kota)).categories) {
      const page = await searchCatalog({ ...kota, category: c.slug });
      expect([c.slug, page.items.length]).toEqual([c.slug, c.n]);
    }
  });

  it('reads a price typed 20.000 and drops only an unreadable one, keeping the other filters', async () => {
    const typed = await catalogListPage({ category: 'katering', minPrice: '20.000' });
    expect(typed.filtersIgnored).toBe(false);
    expect(typed.current).toMatchObject({ category: 'katering', minPrice: '20000' });
    expect(typed.items.every((i) => i.priceIdr >= 20_000 && i.category.slug === 'katering')).toBe(true);
    const broken = await catalogListPage({ category: 'katering', halal: 'true', minPrice: '20.0000' });
    expect(broken.ignoredFilters).toEqual(['minPrice']);
    expect(broken.current).toMatchObject({ category: 'katering', halal: 'true', minPrice: undefined });
  });
});
