import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { AccessDenied } from '@/lib/auth/actor';
import { DomainError } from '@/lib/server/action';
import {
  addProductPhoto,
  createProduct,
  getOwnProduct,
  removeProductPhoto,
  setProductStatus,
  updateProduct,
} from '@/lib/catalog/owner-products';
import { demoActor, newActor } from './support/actors';
import { ownerWithBusiness, pngFile } from './support/fixtures';

async function productInput(overrides: Record<string, unknown> = {}) {
  const category = await db.category.findUniqueOrThrow({ where: { slug: 'oleh-oleh' } });
  return {
    name: 'Bolu Meranti Pandan',
    description: 'Bolu gulung pandan.',
    categoryId: category.id,
    priceIdr: '85000',
    unit: 'kotak',
    minOrder: '1',
    dailyCapacity: '',
    leadTimeDays: '1',
    stock: '',
    halal: 'on',
    ...overrides,
  };
}

describe('owner products', () => {
  it('creates a draft, refuses to publish without a photo, publishes with one', async () => {
    const owner = await ownerWithBusiness({ verify: true });
    const { id } = await createProduct(owner, await productInput());
    const product = await getOwnProduct(owner, id);
    expect(product).toMatchObject({ status: 'DRAFT', priceIdr: 85000, stock: null, halal: true });
    await expect(setProductStatus(owner, id, 'PUBLISHED')).rejects.toThrow(/minimal satu foto/);
    const asset = await addProductPhoto(owner, id, await pngFile(2400, 1600));
    const stored = await db.asset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(stored.widths).toEqual([400, 800, 1600]);
    expect(fs.existsSync(path.join(process.env.UPLOADS_DIR!, `${asset.key}-1600.webp`))).toBe(true);
    await setProductStatus(owner, id, 'PUBLISHED');
    expect((await getOwnProduct(owner, id)).status).toBe('PUBLISHED');
  });

  it('gives field errors for a zero price, a negative stock and an unknown unit, and writes nothing', async () => {
    const owner = await ownerWithBusiness();
    const before = await db.product.count({ where: { msmeId: owner.msmeId! } });
    const error = await createProduct(
      owner,
      await productInput({ priceIdr: '0', stock: '-3', unit: 'ton' }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(z.ZodError);
    const messages = Object.fromEntries(
      (error as z.ZodError).issues.map((i) => [i.path.join('.'), i.message]),
    );
    expect(messages.priceIdr).toBe('Harga harus lebih dari Rp 0.');
    expect(messages.stock).toBe('Stok minimal 0.');
    expect(messages.unit).toBe('Pilih satuan dari daftar.');
    expect(await db.product.count({ where: { msmeId: owner.msmeId! } })).toBe(before);
  });

  it('requires capacity for catering, and a valid halal certificate for the halal flag', async () => {
    const owner = await newActor('MSME_OWNER');
    const msme = await db.msme.create({
      data: {
        slug: `tanpa-halal-${Date.now()}`,
        name: 'Tanpa Halal',
        ownerName: 'X',
        ownerUserId: owner.id,
        certifications: { create: { type: 'HALAL', number: 'LAMA', expiresAt: new Date('2020-01-01') } },
      },
    });
    const actor = { ...owner, msmeId: msme.id };
    const katering = await db.category.findUniqueOrThrow({ where: { slug: 'katering' } });
    const error = await createProduct(
      actor,
      await productInput({ categoryId: katering.id, dailyCapacity: '' }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.fieldErrors.dailyCapacity[0]).toMatch(/kapasitas per hari/);
    expect(error.fieldErrors.halal[0]).toMatch(/sertifikat halal yang masih berlaku/);
  });

  it('refuses uploads that are not images, too big, or too many pixels', async () => {
    const owner = await ownerWithBusiness();
    const { id } = await createProduct(owner, await productInput({ halal: '' }));
    const fake = new File([new TextEncoder().encode('<?php echo 1; ?>')], 'foto.jpg', { type: 'image/jpeg' });
    await expect(addProductPhoto(owner, id, fake)).rejects.toThrow(/bukan gambar/);
    const huge = new File([new Uint8Array(41 * 1024 * 1024)], 'besar.png', { type: 'image/png' });
    await expect(addProductPhoto(owner, id, huge)).rejects.toThrow(/terlalu besar/);
    await expect(addProductPhoto(owner, id, await pngFile(16000, 8000))).rejects.toThrow(/terlalu besar/);
    expect(await db.productImage.count({ where: { productId: id } })).toBe(0);
  });

  it("never lets an owner touch another owner's product", async () => {
    const alice = await ownerWithBusiness();
    const bob = await ownerWithBusiness();
    const { id } = await createProduct(alice, await productInput({ halal: '' }));
    await addProductPhoto(alice, id, await pngFile());
    const image = await db.productImage.findFirstOrThrow({ where: { productId: id } });
    const notFound = { status: 404 };
    await expect(getOwnProduct(bob, id)).rejects.toMatchObject(notFound);
    await expect(
      updateProduct(bob, id, await productInput({ halal: '', priceIdr: '1000' })),
    ).rejects.toMatchObject(notFound);
    await expect(setProductStatus(bob, id, 'ARCHIVED')).rejects.toMatchObject(notFound);
    await expect(addProductPhoto(bob, id, await pngFile())).rejects.toMatchObject(notFound);
    await expect(removeProductPhoto(bob, id, image.id)).rejects.toMatchObject(notFound);
    const after = await getOwnProduct(alice, id);
    expect(after).toMatchObject({ priceIdr: 85000, status: 'DRAFT' });
    expect(after.images).toHaveLength(1);
  });

  it('keeps product management to owners with a business', async () => {
    for (const role of ['SHOPPER', 'OPD_STAFF', 'DINAS_ADMIN'] as const) {
      await expect(createProduct(await demoActor(role), await productInput())).rejects.toBeInstanceOf(
        AccessDenied,
      );
    }
    await expect(createProduct(await newActor('MSME_OWNER'), await productInput())).rejects.toThrow(
      /Daftarkan usaha/,
    );
  });
});

describe('publishing before the business is verified', () => {
  it('says the product is not live yet, and verification makes it public at once', async () => {
    const { reviewMsme } = await import('@/lib/msme/review');
    const { cachedPage, freshPage, pageKey } = await import('@/lib/page-cache/page-cache');
    const { productPage } = await import('@/lib/catalog/product-page');
    const owner = await ownerWithBusiness(); // submitted, not yet verified
    const { id } = await createProduct(owner, await productInput({ halal: '' }));
    await addProductPhoto(owner, id, await pngFile());
    expect(await setProductStatus(owner, id, 'PUBLISHED')).toEqual({ live: false, businessVerified: false });
    const { slug } = await getOwnProduct(owner, id);
    expect(await productPage(slug)).toBeNull();
    // A page and an API answer cached before the decision…
    const key = pageKey('id', '/products');
    const apiKey = pageKey('api', '/api/v1/products?q=bolu');
    for (const k of [key, apiKey])
      await cachedPage(k, async () => ({
        html: 'lama',
        nonce: 'n',
        headers: [],
        storedAt: Date.now(),
      }));
    expect(freshPage(key)).not.toBeNull();
    const { revalidateTag } = await import('next/cache');
    vi.mocked(revalidateTag).mockClear();
    await reviewMsme(await demoActor('DINAS_ADMIN'), owner.msmeId!, { decision: 'approve' });
    // The cached catalog data (unstable_cache, tagged) is expired at once, not left to run out…
    expect(revalidateTag).toHaveBeenCalledWith('catalog', { expire: 0 });
    // …and the pages and API answers are gone in the same step, and the product page is there.
    expect(freshPage(key)).toBeNull();
    expect(freshPage(apiKey)).toBeNull();
    expect((await productPage(slug))?.id).toBe(id);
  });
});
