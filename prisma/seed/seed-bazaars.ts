// One past bazaar with sales recorded and one upcoming with booths partly assigned.
import type { Tx } from '../../lib/db/client';

export async function seedBazaars(db: Tx) {
  const msmes = await db.msme.findMany({
    where: { status: 'VERIFIED' },
    orderBy: { slug: 'asc' },
    take: 12,
    select: { id: true },
  });
  const organizer = await db.opd.findUniqueOrThrow({ where: { code: 'DISKOPUKMPERINDAG' } });
  const day = 86_400_000;
  const plans = [
    {
      name: 'Medan Fair UMKM 2026',
      venue: 'Lapangan Merdeka Medan',
      start: Date.now() - 40 * day,
      booths: 8,
      members: msmes.slice(0, 6),
      sales: true,
    },
    {
      name: 'Bazar Ramadan Pasar Rakyat',
      venue: 'Halaman Masjid Raya Al-Mashun',
      start: Date.now() + 20 * day,
      booths: 12,
      members: msmes.slice(4, 10),
      sales: false,
    },
  ];
  for (const plan of plans) {
    const bazaar = await db.bazaar.create({
      data: {
        name: plan.name,
        venue: plan.venue,
        startsAt: new Date(plan.start),
        endsAt: new Date(plan.start + 3 * day),
        organizerOpdId: organizer.id,
        description: 'Bazar produk UMKM binaan Kota Medan: kuliner, oleh-oleh, kerajinan, dan fashion.',
        booths: {
          create: Array.from({ length: plan.booths }, (_, i) => ({
            code: `A${String(i + 1).padStart(2, '0')}`,
          })),
        },
      },
      include: { booths: { orderBy: { code: 'asc' } } },
    });
    for (const [i, msme] of plan.members.entries()) {
      const assigned = i < plan.members.length - 2;
      await db.bazaarParticipant.create({
        data: {
          bazaarId: bazaar.id,
          msmeId: msme.id,
          status: assigned ? 'ACCEPTED' : 'APPLIED',
          boothId: assigned ? bazaar.booths[i].id : null,
          salesIdr: plan.sales && assigned ? BigInt(1_500_000 + i * 750_000) : null,
        },
      });
    }
  }
}
