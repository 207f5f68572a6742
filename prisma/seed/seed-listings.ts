// Channel listings at every stage, including live ones with their external URLs.
import type { Tx } from '../../lib/db/client';
import type { ListingStage } from '../../lib/generated/prisma/enums';

const path: ListingStage[] = ['NOT_STARTED', 'PREPARING', 'SUBMITTED', 'UNDER_REVIEW', 'LIVE'];
const endings: ListingStage[][] = [
  ['NOT_STARTED'],
  ['NOT_STARTED', 'PREPARING'],
  ['NOT_STARTED', 'PREPARING', 'SUBMITTED'],
  ['NOT_STARTED', 'PREPARING', 'SUBMITTED', 'UNDER_REVIEW'],
  path,
  path,
  path,
  [...path, 'SUSPENDED'],
  [...path, 'DELISTED'],
  ['NOT_STARTED', 'PREPARING', 'SUBMITTED', 'UNDER_REVIEW', 'REJECTED'],
];

export async function seedListings(db: Tx, adminId: string) {
  const partners = await db.channelPartner.findMany({ orderBy: { name: 'asc' } });
  const products = await db.product.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { slug: 'asc' },
    take: 60,
    select: { id: true, slug: true },
  });
  for (let i = 0; i < products.length; i++) {
    const product = products[i];
    const partner = partners[(i * 5) % partners.length];
    const stages = endings[i % endings.length];
    const final = stages[stages.length - 1];
    const start = Date.UTC(2026, 3, 1 + (i % 20));
    const changes = stages.map((stage, n) => ({
      stage,
      at: new Date(start + n * (5 + (i % 9)) * 86_400_000),
    }));
    const live = stages.includes('LIVE');
    await db.channelListing.create({
      data: {
        productId: product.id,
        partnerId: partner.id,
        stage: final,
        stageChangedAt: changes[changes.length - 1].at,
        facilitatorId: adminId,
        externalUrl: live ? `${partner.website}/etalase-umkm-medan/${product.slug}` : null,
        storeSku: partner.kind === 'MODERN_RETAIL' && live ? `MDN-${String(10000 + i)}` : null,
        rejectionReason:
          final === 'REJECTED' ? 'Label kemasan belum mencantumkan komposisi dan tanggal kedaluwarsa.' : null,
        createdAt: changes[0].at,
        stageChanges: {
          create: changes.map((change, n) => ({
            fromStage: n === 0 ? null : changes[n - 1].stage,
            toStage: change.stage,
            at: change.at,
            byUserId: adminId,
          })),
        },
      },
    });
  }
}
