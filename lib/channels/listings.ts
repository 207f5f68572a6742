import 'server-only';
import { notifyMsme } from '@/lib/notify/notify';

const stageWordsEn: Record<string, string> = {
  NOT_STARTED: 'not started',
  PREPARING: 'preparing documents',
  SUBMITTED: 'submitted',
  UNDER_REVIEW: 'under review by the partner',
  LIVE: 'live',
  SUSPENDED: 'suspended',
  DELISTED: 'delisted',
  REJECTED: 'rejected',
};
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { expireCatalog } from '@/lib/catalog/cache-tags';
import { checkReadiness, foodCategories } from './readiness';
import { allowedMoves, listingRequestSchema, moveSchema, stageLabel, type Stage } from './schema';

const listingInclude = {
  partner: {
    select: {
      id: true,
      name: true,
      slug: true,
      requirements: { orderBy: { code: 'asc' }, select: { code: true, label: true, required: true } },
    },
  },
  product: {
    select: {
      id: true,
      slug: true,
      name: true,
      dailyCapacity: true,
      stock: true,
      category: { select: { slug: true } },
      _count: { select: { images: true } },
      msme: {
        select: {
          id: true,
          name: true,
          nib: true,
          npwp: true,
          nikHash: true,
          bankAccountLast4: true,
          address: true,
          certifications: { select: { type: true, expiresAt: true } },
        },
      },
    },
  },
  facilitator: { select: { name: true } },
  stageChanges: {
    orderBy: { at: 'asc' },
    select: { fromStage: true, toStage: true, at: true, reason: true, override: true },
  },
} as const;

type LoadedListing = NonNullable<Awaited<ReturnType<typeof loadListing>>>;

function loadListing(id: string, msmeId?: string) {
  return db.channelListing.findFirst({
    where: { id, ...(msmeId ? { product: { msmeId } } : {}) },
    include: listingInclude,
  });
}

function readinessOf(listing: LoadedListing) {
  return checkReadiness({
    msme: listing.product.msme,
    product: {
      imageCount: listing.product._count.images,
      dailyCapacity: listing.product.dailyCapacity,
      stock: listing.product.stock,
      food: foodCategories.includes(listing.product.category.slug),
    },
    confirmed: listing.confirmedRequirements,
    requirements: listing.partner.requirements,
  });
}

/** The owner's products with each listing's stage and what is still missing. */
export async function ownerChannelOverview(actor: Actor | null) {
  const owner = authorize(actor, ['MSME_OWNER']);
  if (!owner.msmeId) throw new DomainError('Daftarkan usaha Anda terlebih dahulu.', undefined, 409);
  const [listings, products, partners] = await Promise.all([
    db.channelListing.findMany({
      where: { product: { msmeId: owner.msmeId } },
      include: listingInclude,
      orderBy: { createdAt: 'desc' },
    }),
    db.product.findMany({
      where: { msmeId: owner.msmeId, status: { not: 'ARCHIVED' } },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    db.channelPartner.findMany({
      where: { active: true },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
  ]);
  return { listings: listings.map((l) => ({ ...l, readiness: readinessOf(l) })), products, partners };
}

/** An owner asks the Dinas to start a listing of one of its products with a partner. */
export async function requestListing(actor: Actor | null, input: unknown) {
  const owner = authorize(actor, ['MSME_OWNER']);
  const data = listingRequestSchema.parse(input);
  const product = await db.product.findFirst({
    where: { id: data.productId, msmeId: owner.msmeId ?? '-' },
    select: { id: true },
  });
  if (!product)
    throw new DomainError('Produk tidak ditemukan.', { productId: ['Produk tidak ditemukan.'] }, 404);
  const partner = await db.channelPartner.findFirst({
    where: { id: data.partnerId, active: true },
    select: { id: true, name: true },
  });
  if (!partner)
    throw new DomainError('Mitra tidak ditemukan.', { partnerId: ['Mitra tidak ditemukan.'] }, 404);
  if (
    await db.channelListing.findUnique({
      where: { productId_partnerId: { productId: product.id, partnerId: partner.id } },
      select: { id: true },
    })
  ) {
    throw new DomainError(
      `Produk ini sudah terdaftar untuk ${partner.name}.`,
      { partnerId: [`Sudah ada listing ${partner.name} untuk produk ini.`] },
      409,
    );
  }
  return db.$transaction(async (tx) => {
    const listing = await tx.channelListing.create({
      data: {
        productId: product.id,
        partnerId: partner.id,
        requestedByOwner: true,
        stageChanges: {
          create: { toStage: 'NOT_STARTED', byUserId: owner.id, reason: 'Diminta pemilik UMKM' },
        },
      },
      select: { id: true },
    });
    await audit(tx, owner, {
      action: 'channel.listing.request',
      entityType: 'ChannelListing',
      entityId: listing.id,
      after: { partner: partner.name },
    });
    return listing;
  });
}

export async function listListings(actor: Actor | null, filter: { partner?: string; stage?: string } = {}) {
  authorize(actor, ['DINAS_ADMIN']);
  const stage = filter.stage && filter.stage in stageLabel ? (filter.stage as Stage) : undefined;
  return db.channelListing.findMany({
    where: { ...(filter.partner ? { partner: { slug: filter.partner } } : {}), ...(stage ? { stage } : {}) },
    orderBy: [{ stageChangedAt: 'desc' }],
    take: 300,
    select: {
      id: true,
      stage: true,
      stageChangedAt: true,
      requestedByOwner: true,
      externalUrl: true,
      partner: { select: { name: true } },
      product: { select: { name: true, msme: { select: { name: true } } } },
    },
  });
}

export async function getListing(actor: Actor | null, id: string) {
  authorize(actor, ['DINAS_ADMIN']);
  const listing = await loadListing(id);
  if (!listing) throw new DomainError('Listing tidak ditemukan.', undefined, 404);
  return { ...listing, readiness: readinessOf(listing) };
}

/** A facilitator ticks (or unticks) a requirement that the UMKM's data cannot show. */
export async function confirmRequirement(actor: Actor | null, id: string, code: string, confirmed: boolean) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const listing = await loadListing(id);
  if (!listing) throw new DomainError('Listing tidak ditemukan.', undefined, 404);
  if (!listing.partner.requirements.some((r) => r.code === code))
    throw new DomainError('Persyaratan tidak dikenal untuk mitra ini.', undefined, 422);
  const next = confirmed
    ? [...new Set([...listing.confirmedRequirements, code])]
    : listing.confirmedRequirements.filter((c) => c !== code);
  await db.$transaction(async (tx) => {
    await tx.channelListing.update({ where: { id }, data: { confirmedRequirements: next } });
    await audit(tx, admin, {
      action: 'channel.requirement.confirm',
      entityType: 'ChannelListing',
      entityId: id,
      after: { code, confirmed },
    });
  });
}

/**
 * Moves a listing to another stage by the rules in schema.ts: no jumps (not started → live), a URL
 * to go live, a reason to reject; submission needs every required item met, unless the admin
 * overrides with a recorded reason. Each move is a stage change row and an audit entry.
 */
export async function moveListing(actor: Actor | null, id: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const move = moveSchema.parse(input);
  const listing = await loadListing(id);
  if (!listing) throw new DomainError('Listing tidak ditemukan.', undefined, 404);
  if (!allowedMoves[listing.stage].includes(move.to)) {
    throw new DomainError(
      `Tidak bisa langsung dari "${stageLabel[listing.stage]}" ke "${stageLabel[move.to]}". Tahap berikutnya: ${allowedMoves[listing.stage].map((s) => stageLabel[s]).join(', ')}.`,
      undefined,
      409,
    );
  }
  if (move.to === 'SUBMITTED') {
    const missing = readinessOf(listing).filter((r) => r.required && !r.met);
    if (missing.length && !move.override) {
      throw new DomainError(
        `Belum lengkap: ${missing.map((m) => m.label).join(', ')}.`,
        { override: ['Lengkapi persyaratan, atau centang pengecualian dan tulis alasannya.'] },
        422,
      );
    }
  }
  const now = new Date();
  await db.$transaction(async (tx) => {
    const moved = await tx.channelListing.updateMany({
      where: { id, stage: listing.stage },
      data: {
        stage: move.to,
        stageChangedAt: now,
        facilitatorId: admin.id,
        ...(move.to === 'LIVE'
          ? { externalUrl: move.externalUrl, storeSku: move.storeSku ?? listing.storeSku }
          : {}),
        ...(move.to === 'REJECTED' ? { rejectionReason: move.reason } : {}),
      },
    });
    if (moved.count !== 1)
      throw new DomainError('Listing baru saja berubah. Muat ulang halaman.', undefined, 409);
    await tx.listingStageChange.create({
      data: {
        listingId: id,
        fromStage: listing.stage,
        toStage: move.to,
        at: now,
        byUserId: admin.id,
        reason: move.reason,
        override: move.override,
      },
    });
    await notifyMsme(tx, listing.product.msme.id, {
      kind: 'channel.stage',
      params: {
        product: listing.product.name,
        partner: listing.partner.name,
        stage: stageLabel[move.to],
        stageEn: stageWordsEn[move.to],
        reason: move.reason ?? '',
      },
      link: '/umkm/kanal',
      key: `listing:${id}:${move.to}:${now.getTime()}`,
    });
    await audit(tx, admin, {
      action: 'channel.listing.move',
      entityType: 'ChannelListing',
      entityId: id,
      before: { stage: listing.stage },
      after: {
        stage: move.to,
        url: move.externalUrl ?? null,
        override: move.override,
        reason: move.reason ?? null,
      },
    });
  });
  if (move.to === 'LIVE' || listing.stage === 'LIVE') expireCatalog([listing.product.slug], true);
  return { from: listing.stage, to: move.to };
}

/** Moves several listings; each by the same rules, each reported on its own. */
export async function bulkMove(actor: Actor | null, ids: string[], input: unknown) {
  authorize(actor, ['DINAS_ADMIN']);
  const results: { id: string; ok: boolean; message: string }[] = [];
  for (const id of ids.slice(0, 200)) {
    try {
      const r = await moveListing(actor, id, input);
      results.push({ id, ok: true, message: `${stageLabel[r.from]} → ${stageLabel[r.to]}` });
    } catch (error) {
      results.push({ id, ok: false, message: error instanceof Error ? error.message : 'Gagal' });
    }
  }
  return results;
}
