import 'server-only';
import { issueAidReceipt, issueAttendanceList } from './documents';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { dateOnlyToDb } from '@/lib/format/date-only';
import { programForManager } from './programs';
import { attendanceSchema, deliverySchema, sessionSchema } from './schema';

// What a program delivered: sessions with attendance, equipment with its value, certificates (kept
// on the UMKM's own certifications) and marketing outcomes (a bazaar entry or channel listing).

/** The program's accepted beneficiaries with what each received, its sessions and attendance. */
export async function programRecord(actor: Actor | null, programId: string) {
  const { program } = await programForManager(actor, programId);
  const [beneficiaries, sessions, applications] = await Promise.all([
    db.programBeneficiary.findMany({
      where: { programId, status: 'ACCEPTED' },
      orderBy: { acceptedAt: 'asc' },
      include: {
        msme: {
          select: {
            id: true,
            name: true,
            kecamatan: { select: { name: true } },
            bazaarEntries: { select: { id: true, bazaar: { select: { name: true } } } },
            products: {
              select: {
                listings: {
                  select: {
                    id: true,
                    product: { select: { name: true } },
                    partner: { select: { name: true } },
                  },
                },
              },
            },
          },
        },
        cooperative: { select: { id: true, name: true, kecamatan: { select: { name: true } } } },
        deliveries: { orderBy: { deliveredOn: 'asc' }, include: { certification: true } },
        attendance: true,
      },
    }),
    db.programSession.findMany({ where: { programId }, orderBy: { heldOn: 'asc' } }),
    db.programBeneficiary.findMany({
      where: { programId, status: 'DECLINED' },
      include: { msme: { select: { name: true } }, cooperative: { select: { name: true } } },
    }),
  ]);
  const documents = await db.programDocument.findMany({
    where: { programId, isCurrent: true },
    select: { id: true, kind: true, deliveryId: true, sessionId: true, number: true, verificationCode: true },
  });
  const receiptOf = new Map(documents.filter((d) => d.deliveryId).map((d) => [d.deliveryId!, d]));
  const attendanceListOf = new Map(documents.filter((d) => d.sessionId).map((d) => [d.sessionId!, d]));
  return { program, beneficiaries, sessions, declined: applications, receiptOf, attendanceListOf };
}

export async function addSession(actor: Actor | null, programId: string, input: unknown) {
  const { person, program } = await programForManager(actor, programId);
  const data = sessionSchema.parse(input);
  if (program.kind === 'EQUIPMENT_AID' || program.kind === 'COOPERATIVE_AID')
    throw new DomainError(
      'Sesi dan kehadiran hanya untuk pelatihan, pendampingan dan fasilitasi.',
      undefined,
      422,
    );
  return db.$transaction(async (tx) => {
    const session = await tx.programSession.create({
      data: { programId, title: data.title, heldOn: dateOnlyToDb(data.heldOn), venue: data.venue },
      select: { id: true },
    });
    await audit(tx, person, {
      action: 'program.session.add',
      entityType: 'AidProgram',
      entityId: programId,
      after: { sessionId: session.id, title: data.title },
    });
    return session;
  });
}

/** Everyone ticked was present, every other beneficiary absent: one save per session. */
export async function recordAttendance(actor: Actor | null, sessionId: string, input: unknown) {
  const session = await db.programSession.findUnique({
    where: { id: sessionId },
    select: { programId: true },
  });
  const { person } = await programForManager(actor, session?.programId ?? '-');
  const { present } = attendanceSchema.parse(input);
  if (!session) throw new DomainError('Sesi tidak ditemukan.', undefined, 404);
  const beneficiaries = await db.programBeneficiary.findMany({
    where: { programId: session.programId, status: 'ACCEPTED' },
    select: { id: true },
  });
  const known = new Set(beneficiaries.map((b) => b.id));
  if (present.some((id) => !known.has(id)))
    throw new DomainError(
      'Ada peserta yang bukan penerima program ini.',
      { present: ['Peserta tidak dikenal.'] },
      422,
    );
  return db.$transaction(async (tx) => {
    for (const b of beneficiaries) {
      const isPresent = present.includes(b.id);
      await tx.sessionAttendance.upsert({
        where: { sessionId_beneficiaryId: { sessionId, beneficiaryId: b.id } },
        create: { sessionId, beneficiaryId: b.id, present: isPresent },
        update: { present: isPresent, recordedAt: new Date() },
      });
    }
    await audit(tx, person, {
      action: 'program.attendance',
      entityType: 'ProgramSession',
      entityId: sessionId,
      after: { present: present.length, absent: beneficiaries.length - present.length },
    });
    // The attendance list, signed by whoever recorded it; a re-recording supersedes the last one.
    await issueAttendanceList(tx, sessionId, person.name);
    return { present: present.length, absent: beneficiaries.length - present.length };
  });
}

export async function recordDelivery(actor: Actor | null, beneficiaryId: string, input: unknown) {
  const entry = await db.programBeneficiary.findUnique({
    where: { id: beneficiaryId },
    select: { id: true, programId: true, status: true, msmeId: true },
  });
  const { person } = await programForManager(actor, entry?.programId ?? '-');
  const d = deliverySchema.parse(input);
  if (!entry || entry.status !== 'ACCEPTED')
    throw new DomainError(
      'Hanya penerima yang sudah diterima yang dapat dicatat penyerahannya.',
      undefined,
      409,
    );
  let bazaarEntryId: string | undefined;
  let channelListingId: string | undefined;
  if (d.kind === 'MARKETING') {
    const [type, id] = d.outcome.split(':');
    const owned =
      type === 'bazaar'
        ? await db.bazaarParticipant.findFirst({
            where: { id, msmeId: entry.msmeId ?? '-' },
            select: { id: true },
          })
        : await db.channelListing.findFirst({
            where: { id, product: { msmeId: entry.msmeId ?? '-' } },
            select: { id: true },
          });
    if (!owned)
      throw new DomainError(
        'Bazar atau listing itu bukan milik penerima ini.',
        { outcome: ['Pilih bazar atau listing penerima ini.'] },
        422,
      );
    if (type === 'bazaar') bazaarEntryId = id;
    else channelListingId = id;
  }
  if (d.kind === 'CERTIFICATE' && !entry.msmeId)
    throw new DomainError('Sertifikat dicatat untuk UMKM.', undefined, 422);
  return db.$transaction(async (tx) => {
    let certificationId: string | undefined;
    if (d.kind === 'CERTIFICATE') {
      const cert = await tx.certification.upsert({
        where: {
          msmeId_type_number: {
            msmeId: entry.msmeId!,
            type: d.certificationType!,
            number: d.certificationNumber,
          },
        },
        create: {
          msmeId: entry.msmeId!,
          type: d.certificationType!,
          number: d.certificationNumber,
          issuedAt: dateOnlyToDb(d.deliveredOn),
          expiresAt: d.certificationExpiresOn ? dateOnlyToDb(d.certificationExpiresOn) : null,
        },
        update: {},
        select: { id: true },
      });
      certificationId = cert.id;
    }
    const delivery = await tx.programDelivery.create({
      data: {
        beneficiaryId,
        kind: d.kind,
        description: d.description,
        quantity: d.quantity,
        valueIdr: BigInt(d.valueIdr),
        deliveredOn: dateOnlyToDb(d.deliveredOn),
        certificationId,
        bazaarEntryId,
        channelListingId,
        recordedById: person.id,
      },
      select: { id: true },
    });
    await audit(tx, person, {
      action: 'program.delivery',
      entityType: 'ProgramBeneficiary',
      entityId: beneficiaryId,
      after: { deliveryId: delivery.id, kind: d.kind, valueIdr: d.valueIdr },
    });
    await issueAidReceipt(tx, delivery.id, person.name);
    return delivery;
  });
}

/** An owner's own applications, outcomes and help received, with what was delivered and attended. */
export async function ownerProgramHistory(actor: Actor | null) {
  const owner = authorize(actor, ['MSME_OWNER']);
  if (!owner.msmeId) return [];
  const entries = await db.programBeneficiary.findMany({
    where: { msmeId: owner.msmeId },
    orderBy: { addedAt: 'desc' },
    include: {
      program: {
        select: {
          id: true,
          name: true,
          kind: true,
          startsOn: true,
          endsOn: true,
          opd: { select: { name: true } },
        },
      },
      deliveries: {
        orderBy: { deliveredOn: 'asc' },
        include: { certification: { select: { type: true, number: true } } },
      },
      attendance: { include: { session: { select: { title: true, heldOn: true } } } },
    },
  });
  const receipts = await db.programDocument.findMany({
    where: { deliveryId: { in: entries.flatMap((e) => e.deliveries.map((d) => d.id)) }, isCurrent: true },
    select: { id: true, deliveryId: true, number: true, verificationCode: true },
  });
  const receiptOf = new Map(receipts.map((r) => [r.deliveryId!, r]));
  return entries.map((e) => ({
    ...e,
    deliveries: e.deliveries.map((d) => ({ ...d, receipt: receiptOf.get(d.id) ?? null })),
  }));
}
