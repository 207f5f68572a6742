import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { AccessDenied } from '@/lib/auth/actor';
import {
  assignBooth,
  createBazaar,
  getBazaar,
  joinBazaar,
  recordBazaarSales,
  upcomingBazaars,
} from '@/lib/channels/bazaars';
import { demoActor } from './support/actors';
import { ownerWithBusiness } from './support/fixtures';
import { inDays } from './support/procurement';

describe('bazaars', () => {
  it('assigns booths without doubles: no booth twice, no UMKM twice', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const bazaar = await createBazaar(admin, {
      name: 'Bazar Uji Stan',
      venue: 'Lapangan Merdeka',
      startsAt: inDays(5),
      endsAt: inDays(6),
      booths: '2',
    });
    const a = await ownerWithBusiness({ verify: true });
    const b = await ownerWithBusiness({ verify: true });
    const entryA = await joinBazaar(a, bazaar.id);
    await expect(joinBazaar(a, bazaar.id)).rejects.toMatchObject({ status: 409 });
    const entryB = await joinBazaar(admin, bazaar.id, b.msmeId!);
    const { booths } = await getBazaar(admin, bazaar.id);
    expect(await assignBooth(admin, bazaar.id, entryA.id, booths[0].id)).toBe('A01');
    await expect(assignBooth(admin, bazaar.id, entryB.id, booths[0].id)).rejects.toThrow(/sudah dipakai/);
    await assignBooth(admin, bazaar.id, entryB.id, booths[1].id);
    // The invited UMKM was told of the invitation and of its booth; the other of its booth only.
    const kindsOf = async (userId: string) =>
      (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })).map(
        (n) => n.kind,
      );
    expect(await kindsOf(b.id)).toEqual(['bazaar.invited', 'bazaar.booth']);
    expect(await kindsOf(a.id)).toEqual(['bazaar.booth']);
    await expect(assignBooth(a, bazaar.id, entryB.id, booths[0].id)).rejects.toBeInstanceOf(AccessDenied);
    const upcoming = await upcomingBazaars();
    expect(upcoming.find((u) => u.id === bazaar.id)?.participants.map((p) => p.booth?.code)).toEqual([
      'A01',
      'A02',
    ]);
    await expect(recordBazaarSales(a, bazaar.id, { salesIdr: '100000' })).rejects.toThrow(
      /setelah bazar dimulai/,
    );
  });

  it('lets UMKM record their own sales after it starts, and totals them', async () => {
    const past = await db.bazaar.findFirstOrThrow({
      where: { name: 'Medan Fair UMKM 2026' },
      include: { participants: { where: { status: 'ACCEPTED' }, take: 1, include: { msme: true } } },
    });
    const participant = past.participants[0];
    const user = await db.user.create({
      data: {
        email: `bz-${participant.id}@test.local`,
        name: 'Pemilik',
        role: 'MSME_OWNER',
        passwordHash: 'x',
      },
    });
    if (!participant.msme.ownerUserId)
      await db.msme.update({ where: { id: participant.msmeId }, data: { ownerUserId: user.id } });
    const owner = {
      id: participant.msme.ownerUserId ?? user.id,
      email: '',
      name: '',
      role: 'MSME_OWNER' as const,
      opdId: null,
      msmeId: participant.msmeId,
    };
    await recordBazaarSales(owner, past.id, { salesIdr: 'Rp 2.750.000' });
    expect((await db.bazaarParticipant.findUniqueOrThrow({ where: { id: participant.id } })).salesIdr).toBe(
      2_750_000n,
    );
    await expect(recordBazaarSales(owner, past.id, { salesIdr: '-1' })).rejects.toThrow();
  });
});
