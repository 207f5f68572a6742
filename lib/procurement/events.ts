import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { eventSchema, needSchema } from './schema';

/** OPD staff act for their own OPD only; every query below carries that OPD's id. */
export function opdStaff(actor: Actor | null) {
  const staff = authorize(actor, ['OPD_STAFF']);
  if (!staff.opdId)
    throw new DomainError('Akun Anda belum terhubung ke OPD. Hubungi admin Dinas.', undefined, 409);
  return { staff, opdId: staff.opdId };
}

export const activeOrderStatuses = [
  'ORDERED',
  'ACCEPTED',
  'DELIVERED',
  'INSPECTED',
  'HANDED_OVER',
  'PAID',
] as const;

export async function createEvent(actor: Actor | null, input: unknown) {
  const { staff, opdId } = opdStaff(actor);
  const data = eventSchema.parse(input);
  if (
    data.kecamatanCode &&
    !(await db.kecamatan.findUnique({ where: { code: data.kecamatanCode }, select: { code: true } }))
  ) {
    throw new DomainError(
      'Kecamatan tidak ditemukan.',
      { kecamatanCode: ['Kecamatan tidak ditemukan.'] },
      422,
    );
  }
  return db.$transaction(async (tx) => {
    const event = await tx.procurementEvent.create({
      data: { ...data, paguIdr: BigInt(data.paguIdr), opdId, createdById: staff.id },
      select: { id: true },
    });
    await audit(tx, staff, {
      action: 'procurement.event.create',
      entityType: 'ProcurementEvent',
      entityId: event.id,
      after: { name: data.name, paguIdr: data.paguIdr },
    });
    return event;
  });
}

export async function listEvents(actor: Actor | null) {
  const { opdId } = opdStaff(actor);
  return db.procurementEvent.findMany({
    where: { opdId },
    orderBy: { startsAt: 'desc' },
    select: {
      id: true,
      name: true,
      startsAt: true,
      venue: true,
      paguIdr: true,
      status: true,
      _count: { select: { orders: true, needs: true } },
    },
  });
}

export async function getEvent(actor: Actor | null, id: string) {
  const { opdId } = opdStaff(actor);
  const event = await db.procurementEvent.findFirst({
    where: { id, opdId },
    include: {
      kecamatan: { select: { name: true } },
      opd: { select: { name: true } },
      needs: { orderBy: { deliveryFrom: 'asc' } },
      rfqs: {
        orderBy: { createdAt: 'desc' },
        include: {
          need: { select: { description: true, quantity: true, unit: true } },
          invitations: { include: { msme: { select: { id: true, name: true, whatsapp: true } } } },
          quotes: {
            orderBy: { totalIdr: 'asc' },
            include: {
              msme: { select: { id: true, name: true } },
              order: { select: { id: true } },
              sampleAsset: { select: { key: true } },
            },
          },
        },
      },
      orders: {
        orderBy: { createdAt: 'desc' },
        select: {
          id: true,
          number: true,
          status: true,
          totalIdr: true,
          msme: { select: { name: true } },
          need: { select: { description: true } },
        },
      },
    },
  });
  if (!event) throw new DomainError('Kegiatan tidak ditemukan.', undefined, 404);
  const committed = event.orders
    .filter((o) => (activeOrderStatuses as readonly string[]).includes(o.status))
    .reduce((sum, o) => sum + o.totalIdr, 0n);
  return { ...event, committedIdr: committed };
}

export async function addNeed(actor: Actor | null, eventId: string, input: unknown) {
  const { staff, opdId } = opdStaff(actor);
  const data = needSchema.parse(input);
  const event = await db.procurementEvent.findFirst({ where: { id: eventId, opdId }, select: { id: true } });
  if (!event) throw new DomainError('Kegiatan tidak ditemukan.', undefined, 404);
  if (
    data.categoryId &&
    !(await db.category.findUnique({ where: { id: data.categoryId }, select: { id: true } }))
  ) {
    throw new DomainError('Kategori tidak ditemukan.', { categoryId: ['Kategori tidak ditemukan.'] }, 422);
  }
  return db.$transaction(async (tx) => {
    const need = await tx.eventNeed.create({ data: { ...data, eventId }, select: { id: true } });
    await audit(tx, staff, {
      action: 'procurement.need.create',
      entityType: 'ProcurementEvent',
      entityId: eventId,
      after: { need: need.id, description: data.description, quantity: data.quantity },
    });
    return need;
  });
}
