import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { slugify } from '@/lib/format/slug';
import { storeImage } from '@/lib/uploads/images';
import { expireCatalog } from './cache-tags';
import { madeForEventCategories, productSchema, productStatusSchema } from './product-schema';
import { stillValid } from '@/lib/msme/certificates';

export const MAX_PRODUCT_PHOTOS = 8;

/** The owner's business id; owners without a registered business cannot manage products. */
function ownMsmeId(actor: Actor | null) {
  const owner = authorize(actor, ['MSME_OWNER']);
  if (!owner.msmeId) throw new DomainError('Daftarkan usaha Anda terlebih dahulu.', undefined, 409);
  return { owner, msmeId: owner.msmeId };
}

const notFound = () => new DomainError('Produk tidak ditemukan.', undefined, 404);

async function validate(msmeId: string, input: unknown) {
  const data = productSchema.parse(input);
  const category = await db.category.findUnique({ where: { id: data.categoryId }, select: { slug: true } });
  const errors: Record<string, string[]> = {};
  if (!category) errors.categoryId = ['Kategori tidak ditemukan.'];
  if (category && madeForEventCategories.includes(category.slug)) {
    if (data.dailyCapacity === null)
      errors.dailyCapacity = ['Produk katering wajib mencantumkan kapasitas per hari.'];
  }
  if (data.halal) {
    const halal = await db.certification.findFirst({
      where: { msmeId, type: 'HALAL', ...stillValid() },
      select: { id: true },
    });
    if (!halal)
      errors.halal = ['Tanda halal memerlukan sertifikat halal yang masih berlaku di profil usaha.'];
  }
  if (Object.keys(errors).length) throw new DomainError('Periksa kembali isian yang ditandai.', errors, 422);
  return data;
}

export async function listOwnProducts(actor: Actor | null) {
  const { msmeId } = ownMsmeId(actor);
  return db.product.findMany({
    where: { msmeId },
    orderBy: [{ status: 'asc' }, { updatedAt: 'desc' }],
    select: {
      id: true,
      slug: true,
      name: true,
      priceIdr: true,
      unit: true,
      status: true,
      stock: true,
      halal: true,
      _count: { select: { images: true } },
    },
  });
}

export async function getOwnProduct(actor: Actor | null, id: string) {
  const { msmeId } = ownMsmeId(actor);
  const product = await db.product.findFirst({
    where: { id, msmeId },
    include: {
      msme: { select: { status: true } },
      images: {
        orderBy: { position: 'asc' },
        select: { id: true, url: true, alt: true, asset: { select: { key: true } } },
      },
    },
  });
  if (!product) throw notFound();
  return product;
}

export async function createProduct(actor: Actor | null, input: unknown) {
  const { owner, msmeId } = ownMsmeId(actor);
  const data = await validate(msmeId, input);
  return db.$transaction(async (tx) => {
    const base = slugify(data.name) || 'produk';
    let slug = base;
    for (let n = 2; await tx.product.findUnique({ where: { slug }, select: { id: true } }); n++)
      slug = `${base}-${n}`;
    const product = await tx.product.create({
      data: { ...data, slug, msmeId },
      select: { id: true, slug: true },
    });
    await audit(tx, owner, {
      action: 'product.create',
      entityType: 'Product',
      entityId: product.id,
      after: { name: data.name, priceIdr: data.priceIdr },
    });
    return product;
  });
}

export async function updateProduct(actor: Actor | null, id: string, input: unknown) {
  const { owner, msmeId } = ownMsmeId(actor);
  const data = await validate(msmeId, input);
  await db.$transaction(async (tx) => {
    const before = await tx.product.findFirst({
      where: { id, msmeId },
      select: { priceIdr: true, name: true },
    });
    if (!before) throw notFound();
    await tx.product.update({ where: { id, msmeId }, data });
    await audit(tx, owner, {
      action: 'product.update',
      entityType: 'Product',
      entityId: id,
      before,
      after: { name: data.name, priceIdr: data.priceIdr },
    });
  });
  // After commit: a visitor arriving in between would otherwise cache the old product again.
  expireCatalog([], true);
}

export async function setProductStatus(actor: Actor | null, id: string, status: unknown) {
  const { owner, msmeId } = ownMsmeId(actor);
  const next = productStatusSchema.parse(status);
  const businessVerified = await db.$transaction(async (tx) => {
    const before = await tx.product.findFirst({
      where: { id, msmeId },
      select: { status: true, msme: { select: { status: true } }, _count: { select: { images: true } } },
    });
    if (!before) throw notFound();
    if (next === 'PUBLISHED' && before._count.images === 0) {
      throw new DomainError(
        'Tambahkan minimal satu foto sebelum menayangkan produk.',
        { photo: ['Produk yang tayang wajib memiliki foto.'] },
        422,
      );
    }
    await tx.product.update({
      where: { id, msmeId },
      data: { status: next, ...(next === 'PUBLISHED' ? { publishedAt: new Date() } : {}) },
    });
    await audit(tx, owner, {
      action: 'product.status',
      entityType: 'Product',
      entityId: id,
      before: { status: before.status },
      after: { status: next },
    });
    return before.msme.status === 'VERIFIED';
  });
  expireCatalog([], true);
  // A published product shows in the catalog only once its business is verified binaan.
  return { live: next === 'PUBLISHED' && businessVerified, businessVerified };
}

export async function addProductPhoto(actor: Actor | null, id: string, file: File | null) {
  const { owner, msmeId } = ownMsmeId(actor);
  const product = await db.product.findFirst({
    where: { id, msmeId },
    select: { name: true, _count: { select: { images: true } } },
  });
  if (!product) throw notFound();
  if (product._count.images >= MAX_PRODUCT_PHOTOS)
    throw new DomainError(
      `Paling banyak ${MAX_PRODUCT_PHOTOS} foto per produk.`,
      { photo: [`Paling banyak ${MAX_PRODUCT_PHOTOS} foto per produk.`] },
      422,
    );
  const asset = await storeImage(file, owner.id);
  await db.$transaction(async (tx) => {
    await tx.productImage.create({
      data: { productId: id, assetId: asset.id, alt: product.name, position: product._count.images },
    });
    await audit(tx, owner, {
      action: 'product.photo.add',
      entityType: 'Product',
      entityId: id,
      after: { asset: asset.key },
    });
  });
  expireCatalog([], true);
  return asset;
}

export async function removeProductPhoto(actor: Actor | null, productId: string, imageId: string) {
  const { owner, msmeId } = ownMsmeId(actor);
  const removed = await db.$transaction(async (tx) => {
    const result = await tx.productImage.deleteMany({
      where: { id: imageId, productId, product: { msmeId } },
    });
    if (result.count === 0) throw new DomainError('Foto tidak ditemukan.', undefined, 404);
    await audit(tx, owner, {
      action: 'product.photo.remove',
      entityType: 'Product',
      entityId: productId,
      before: { imageId },
    });
    return result.count;
  });
  expireCatalog([], true);
  return removed;
}
