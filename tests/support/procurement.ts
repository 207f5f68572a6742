import { db } from '@/lib/server/db';
import type { Actor } from '@/lib/auth/actor';
import { createEvent, addNeed } from '@/lib/procurement/events';
import { demoActor } from './actors';

/** "YYYY-MM-DDTHH:00" in WIB, `days` calendar days after today in Medan (also after 17:00 UTC). */
export const inDays = (days: number, hour = 9) => {
  const medan = new Date(Date.now() + 7 * 3_600_000); // WIB wall clock in the UTC fields
  const day = new Date(
    Date.UTC(medan.getUTCFullYear(), medan.getUTCMonth(), medan.getUTCDate() + days, hour),
  );
  return day.toISOString().slice(0, 16);
};

/** An event of the demo OPD (Diskominfo) with one catering need of `quantity` boxes in 10 days. */
export async function eventWithNeed(options: { paguIdr?: number; quantity?: number; staff?: Actor } = {}) {
  const staff = options.staff ?? (await demoActor('OPD_STAFF'));
  const event = await createEvent(staff, {
    name: 'Rapat Koordinasi Uji',
    startsAt: inDays(10),
    venue: 'Balai Kota Medan',
    participants: '100',
    paguIdr: String(options.paguIdr ?? 10_000_000),
    budgetSource: 'APBD',
    activityCode: '2.16.01',
  });
  const katering = await db.category.findUniqueOrThrow({ where: { slug: 'katering' } });
  const need = await addNeed(staff, event.id, {
    kind: 'CATERING',
    description: 'Nasi kotak makan siang',
    categoryId: katering.id,
    quantity: String(options.quantity ?? 100),
    unit: 'kotak',
    deliveryFrom: inDays(10, 11),
    deliveryTo: inDays(10, 12),
  });
  return { staff, eventId: event.id, needId: need.id };
}

/** The owner account of a seeded verified catering UMKM (made on the fly for the test). */
export async function cateringOwner(msmeId: string): Promise<Actor> {
  const msme = await db.msme.findUniqueOrThrow({ where: { id: msmeId }, select: { ownerUserId: true } });
  let userId = msme.ownerUserId;
  if (!userId) {
    const user = await db.user.create({
      data: {
        email: `owner-${msmeId}@test.local`,
        name: 'Pemilik Katering',
        role: 'MSME_OWNER',
        passwordHash: 'x',
      },
    });
    await db.msme.update({ where: { id: msmeId }, data: { ownerUserId: user.id } });
    userId = user.id;
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return { id: user.id, email: user.email, name: user.name, role: 'MSME_OWNER', opdId: null, msmeId };
}
