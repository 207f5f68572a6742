import 'server-only';
import { notifyMsme } from '@/lib/notify/notify';
import { formatWib } from '@/lib/format/time';
import { z } from 'zod';
import { rupiahField } from '@/lib/format/rupiah-input';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { whenParsed } from '@/lib/validation/when-parsed';
import { wibDateTimeField } from '@/lib/format/wib-date-time';

const wib = wibDateTimeField;

export const bazaarSchema = z
  .object({
    name: z.string({ error: 'Nama wajib diisi.' }).trim().min(5, 'Nama minimal 5 karakter.').max(200),
    venue: z.string({ error: 'Tempat wajib diisi.' }).trim().min(3, 'Tempat minimal 3 karakter.').max(200),
    startsAt: wib('Mulai'),
    endsAt: wib('Selesai'),
    organizerOpdId: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined),
    description: z.string().trim().max(2000).default(''),
    booths: z.coerce
      .number({ error: 'Jumlah stan harus angka.' })
      .int()
      .min(1, 'Minimal 1 stan.')
      .max(500, 'Maksimal 500 stan.'),
  })
  .refine((b) => b.endsAt > b.startsAt, {
    path: ['endsAt'],
    message: 'Selesai harus setelah mulai.',
    ...whenParsed('startsAt', 'endsAt'),
  });

const salesSchema = z.object({
  salesIdr: rupiahField('Omzet', { min: 0, max: 10_000_000_000 }),
});

export async function createBazaar(actor: Actor | null, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const data = bazaarSchema.parse(input);
  if (
    data.organizerOpdId &&
    !(await db.opd.findUnique({ where: { id: data.organizerOpdId }, select: { id: true } }))
  ) {
    throw new DomainError(
      'OPD penyelenggara tidak ditemukan.',
      { organizerOpdId: ['OPD tidak ditemukan.'] },
      404,
    );
  }
  return db.$transaction(async (tx) => {
    const bazaar = await tx.bazaar.create({
      data: {
        name: data.name,
        venue: data.venue,
        startsAt: data.startsAt,
        endsAt: data.endsAt,
        organizerOpdId: data.organizerOpdId,
        description: data.description,
        booths: {
          create: Array.from({ length: data.booths }, (_, i) => ({
            code: `A${String(i + 1).padStart(2, '0')}`,
          })),
        },
      },
      select: { id: true },
    });
    await audit(tx, admin, {
      action: 'bazaar.create',
      entityType: 'Bazaar',
      entityId: bazaar.id,
      after: { name: data.name, booths: data.booths },
    });
    return bazaar;
  });
}

export async function listBazaars(actor: Actor | null) {
  authorize(actor, ['DINAS_ADMIN']);
  const bazaars = await db.bazaar.findMany({
    orderBy: { startsAt: 'desc' },
    include: {
      organizerOpd: { select: { name: true } },
      _count: { select: { booths: true, participants: true } },
    },
  });
  const totals = await db.bazaarParticipant.groupBy({ by: ['bazaarId'], _sum: { salesIdr: true } });
  return bazaars.map((b) => ({
    ...b,
    salesIdr: totals.find((t) => t.bazaarId === b.id)?._sum.salesIdr ?? 0n,
  }));
}

export async function getBazaar(actor: Actor | null, id: string) {
  authorize(actor, ['DINAS_ADMIN']);
  const bazaar = await db.bazaar.findUnique({
    where: { id },
    include: {
      booths: {
        orderBy: { code: 'asc' },
        include: { participant: { select: { msme: { select: { name: true } } } } },
      },
      participants: {
        orderBy: { id: 'asc' },
        include: { msme: { select: { id: true, name: true } }, booth: { select: { code: true } } },
      },
    },
  });
  if (!bazaar) throw new DomainError('Bazar tidak ditemukan.', undefined, 404);
  return bazaar;
}

/** An owner applies; the Dinas invites. Either way a UMKM appears once per bazaar. */
export async function joinBazaar(actor: Actor | null, bazaarId: string, msmeIdForInvite?: string) {
  const person = authorize(actor, ['MSME_OWNER', 'DINAS_ADMIN']);
  const msmeId = person.role === 'MSME_OWNER' ? person.msmeId : msmeIdForInvite;
  if (!msmeId)
    throw new DomainError(
      person.role === 'MSME_OWNER' ? 'Daftarkan usaha Anda terlebih dahulu.' : 'Pilih UMKM.',
      { msmeId: ['Pilih UMKM.'] },
      422,
    );
  const [bazaar, msme] = await Promise.all([
    db.bazaar.findUnique({ where: { id: bazaarId }, select: { endsAt: true } }),
    db.msme.findUnique({ where: { id: msmeId }, select: { status: true } }),
  ]);
  if (!bazaar) throw new DomainError('Bazar tidak ditemukan.', undefined, 404);
  if (bazaar.endsAt < new Date()) throw new DomainError('Bazar sudah selesai.', undefined, 409);
  if (!msme || msme.status !== 'VERIFIED')
    throw new DomainError(
      'Hanya UMKM binaan terverifikasi yang dapat ikut bazar.',
      { msmeId: ['UMKM belum terverifikasi.'] },
      422,
    );
  if (
    await db.bazaarParticipant.findUnique({
      where: { bazaarId_msmeId: { bazaarId, msmeId } },
      select: { id: true },
    })
  ) {
    throw new DomainError('UMKM ini sudah terdaftar di bazar ini.', { msmeId: ['Sudah terdaftar.'] }, 409);
  }
  return db.$transaction(async (tx) => {
    const entry = await tx.bazaarParticipant.create({
      data: { bazaarId, msmeId, status: person.role === 'MSME_OWNER' ? 'APPLIED' : 'INVITED' },
      select: { id: true },
    });
    if (person.role === 'DINAS_ADMIN') {
      const [b, m] = await Promise.all([
        tx.bazaar.findUniqueOrThrow({
          where: { id: bazaarId },
          select: { name: true, startsAt: true, venue: true },
        }),
        tx.msme.findUniqueOrThrow({ where: { id: msmeId }, select: { name: true } }),
      ]);
      await notifyMsme(tx, msmeId, {
        kind: 'bazaar.invited',
        params: { bazaar: b.name, msme: m.name, when: `${formatWib(b.startsAt)}, ${b.venue}` },
        link: '/umkm/bazar',
        key: `bazaar:${entry.id}:invited`,
      });
    }
    await audit(tx, person, {
      action: person.role === 'MSME_OWNER' ? 'bazaar.apply' : 'bazaar.invite',
      entityType: 'Bazaar',
      entityId: bazaarId,
      after: { msmeId },
    });
    return entry;
  });
}

/** Gives a participant a booth: a booth holds one UMKM, and a UMKM holds one booth per bazaar. */
export async function assignBooth(
  actor: Actor | null,
  bazaarId: string,
  participantId: string,
  boothId: string,
) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  return db.$transaction(async (tx) => {
    const [participant, booth] = await Promise.all([
      tx.bazaarParticipant.findFirst({
        where: { id: participantId, bazaarId },
        select: { id: true, boothId: true, msmeId: true, bazaar: { select: { name: true } } },
      }),
      tx.bazaarBooth.findFirst({
        where: { id: boothId, bazaarId },
        select: { id: true, code: true, participant: { select: { id: true } } },
      }),
    ]);
    if (!participant) throw new DomainError('Peserta tidak ditemukan di bazar ini.', undefined, 404);
    if (!booth)
      throw new DomainError(
        'Stan tidak ditemukan di bazar ini.',
        { boothId: ['Stan tidak ditemukan.'] },
        404,
      );
    if (booth.participant && booth.participant.id !== participantId)
      throw new DomainError(
        `Stan ${booth.code} sudah dipakai UMKM lain.`,
        { boothId: [`Stan ${booth.code} sudah terisi.`] },
        409,
      );
    await tx.bazaarParticipant.update({
      where: { id: participantId },
      data: { boothId, status: 'ACCEPTED' },
    });
    await notifyMsme(tx, participant.msmeId, {
      kind: 'bazaar.booth',
      params: { bazaar: participant.bazaar.name, booth: booth.code },
      link: '/umkm/bazar',
      key: `bazaar:${participantId}:booth:${booth.code}`,
    });
    await audit(tx, admin, {
      action: 'bazaar.booth.assign',
      entityType: 'Bazaar',
      entityId: bazaarId,
      before: { boothId: participant.boothId },
      after: { participantId, booth: booth.code },
    });
    return booth.code;
  });
}

/** After the bazaar has started, each UMKM records its own sales. */
export async function recordBazaarSales(actor: Actor | null, bazaarId: string, input: unknown) {
  const owner = authorize(actor, ['MSME_OWNER']);
  const { salesIdr } = salesSchema.parse(input);
  const entry = await db.bazaarParticipant.findFirst({
    where: { bazaarId, msmeId: owner.msmeId ?? '-', status: 'ACCEPTED' },
    select: { id: true, bazaar: { select: { startsAt: true } } },
  });
  if (!entry) throw new DomainError('Anda tidak memiliki stan di bazar ini.', undefined, 404);
  if (entry.bazaar.startsAt > new Date())
    throw new DomainError(
      'Omzet dicatat setelah bazar dimulai.',
      { salesIdr: ['Bazar belum dimulai.'] },
      409,
    );
  await db.$transaction(async (tx) => {
    await tx.bazaarParticipant.update({ where: { id: entry.id }, data: { salesIdr: BigInt(salesIdr) } });
    await audit(tx, owner, {
      action: 'bazaar.sales',
      entityType: 'Bazaar',
      entityId: bazaarId,
      after: { salesIdr },
    });
  });
}

export async function ownerBazaars(actor: Actor | null) {
  const owner = authorize(actor, ['MSME_OWNER']);
  const now = new Date();
  const [open, mine] = await Promise.all([
    db.bazaar.findMany({
      where: { endsAt: { gte: now }, participants: { none: { msmeId: owner.msmeId ?? '-' } } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, name: true, venue: true, startsAt: true, endsAt: true },
    }),
    db.bazaarParticipant.findMany({
      where: { msmeId: owner.msmeId ?? '-' },
      include: {
        bazaar: { select: { id: true, name: true, venue: true, startsAt: true, endsAt: true } },
        booth: { select: { code: true } },
      },
    }),
  ]);
  return { open, mine: mine.map((m) => ({ ...m, started: m.bazaar.startsAt <= now })) };
}

/** Public: upcoming bazaars and the UMKM with a booth there. */
export async function upcomingBazaars() {
  return db.bazaar.findMany({
    where: { endsAt: { gte: new Date() } },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      name: true,
      venue: true,
      startsAt: true,
      endsAt: true,
      description: true,
      organizerOpd: { select: { name: true } },
      participants: {
        where: { status: 'ACCEPTED' },
        orderBy: { booth: { code: 'asc' } },
        select: { booth: { select: { code: true } }, msme: { select: { name: true, slug: true } } },
      },
    },
  });
}
