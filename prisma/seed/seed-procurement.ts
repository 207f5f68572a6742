// OPD events with orders from UMKM, most of them completed (handed over and paid), so the
// transparency figures show something on first start.
import type { Tx } from '../../lib/db/client';
import type { ProcurementStatus } from '../../lib/generated/prisma/enums';
import { computeTaxes } from '../../lib/procurement/tax';

const steps: ProcurementStatus[] = ['ORDERED', 'ACCEPTED', 'DELIVERED', 'INSPECTED', 'HANDED_OVER', 'PAID'];
// Seeded catering is a service: PPh 23 at 2% (the UMKM have NPWP or not, as registered), no PPN.
const seededTaxes = (subtotal: bigint, hasNpwp: boolean) => computeTaxes(subtotal, 0, hasNpwp ? 200 : 400);

const plan: {
  opd: string;
  name: string;
  month: number;
  participants: number;
  venue: string;
  status: ProcurementStatus[];
}[] = [
  {
    opd: 'DISKOMINFO',
    name: 'Sosialisasi Keterbukaan Informasi Publik',
    month: 5,
    participants: 120,
    venue: 'Balai Kota Medan',
    status: ['PAID', 'PAID'],
  },
  {
    opd: 'DISKOMINFO',
    name: 'Rapat Koordinasi Medan Smart City',
    month: 8,
    participants: 60,
    venue: 'Command Center Pemko Medan',
    status: ['PAID'],
  },
  {
    opd: 'DISKOMINFO',
    name: 'Pelatihan Literasi Digital Kecamatan',
    month: 10,
    participants: 80,
    venue: 'Aula Kecamatan Medan Johor',
    status: ['ACCEPTED', 'ORDERED'],
  },
  {
    opd: 'DINKES',
    name: 'Pekan Imunisasi Kota Medan',
    month: 6,
    participants: 200,
    venue: 'Lapangan Merdeka',
    status: ['PAID', 'HANDED_OVER'],
  },
  {
    opd: 'SETDA',
    name: 'Peringatan Hari Jadi Kota Medan',
    month: 6,
    participants: 300,
    venue: 'Istana Maimun',
    status: ['PAID', 'PAID', 'PAID'],
  },
  {
    opd: 'DISDIK',
    name: 'Workshop Kurikulum Merdeka Guru SD',
    month: 7,
    participants: 150,
    venue: 'Gedung Dharma Wanita',
    status: ['PAID', 'DELIVERED'],
  },
  {
    opd: 'DISKOPUKMPERINDAG',
    name: 'Temu Usaha UMKM Naik Kelas',
    month: 9,
    participants: 100,
    venue: 'Medan International Convention Center',
    status: ['PAID', 'PAID'],
  },
  {
    opd: 'BAPPEDA',
    name: 'Musrenbang RKPD Kota Medan',
    month: 3,
    participants: 250,
    venue: 'Hotel Grand Mercure Medan',
    status: ['PAID'],
  },
];

export async function seedProcurement(db: Tx, users: Record<string, string>) {
  const opds = Object.fromEntries(
    (await db.opd.findMany({ select: { id: true, code: true } })).map((o) => [o.code, o.id]),
  );
  const caterers = await db.product.findMany({
    where: {
      status: 'PUBLISHED',
      // The seeded needs are catering (a service, PPh 23), so only food is ordered for them.
      category: { slug: { in: ['katering', 'snack-box'] } },
    },
    orderBy: { slug: 'asc' },
    select: {
      id: true,
      name: true,
      unit: true,
      priceIdr: true,
      msmeId: true,
      msme: { select: { size: true, npwp: true, ownerName: true } },
    },
  });
  const counters = new Map<string, number>();
  let pick = 0;
  for (const [index, event] of plan.entries()) {
    const startsAt = new Date(Date.UTC(2026, event.month, 10 + index, 2));
    const opdId = opds[event.opd];
    const created = await db.procurementEvent.create({
      data: {
        opdId,
        name: event.name,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
        venue: event.venue,
        participants: event.participants,
        paguIdr: BigInt(event.participants * 95_000),
        budgetSource: event.month > 8 ? 'P_APBD' : 'APBD',
        activityCode: `2.16.01.1.0${1 + (index % 9)}`,
        status: event.month < 10 ? 'COMPLETED' : 'PLANNED',
        createdById: event.opd === 'DINKES' ? users.OPD_STAFF_2 : users.OPD_STAFF,
        needs: {
          create: [
            {
              kind: 'CATERING',
              description: 'Nasi kotak makan siang peserta',
              quantity: event.participants,
              unit: 'kotak',
              deliveryFrom: new Date(startsAt.getTime() + 3 * 3_600_000),
              deliveryTo: new Date(startsAt.getTime() + 4 * 3_600_000),
            },
            {
              kind: 'CATERING',
              description: 'Snack box rehat pagi',
              quantity: event.participants,
              unit: 'kotak',
              deliveryFrom: new Date(startsAt.getTime() + 3_600_000),
              deliveryTo: new Date(startsAt.getTime() + 2 * 3_600_000),
            },
          ],
        },
      },
      include: { needs: true },
    });
    for (const [n, status] of event.status.entries()) {
      const product = caterers[(pick++ * 7) % caterers.length];
      const quantity = Math.max(
        product.unit === 'kotak' || product.unit === 'porsi' ? event.participants : 20,
        1,
      );
      const subtotal = BigInt(product.priceIdr * quantity);
      const year = startsAt.getUTCFullYear();
      const counterKey = `${opdId}:${year}`;
      const seq = (counters.get(counterKey) ?? 0) + 1;
      counters.set(counterKey, seq);
      const day = (h: number) => new Date(startsAt.getTime() + h * 3_600_000);
      const reached = (s: ProcurementStatus) => steps.indexOf(status) >= steps.indexOf(s);
      const taxes = seededTaxes(subtotal, !!product.msme.npwp);
      const staffName = event.opd === 'DINKES' ? 'Maria Sembiring (Dinkes)' : 'Fajar Lubis (Diskominfo)';
      await db.procurementOrder.create({
        data: {
          opdId,
          eventId: created.id,
          needId: created.needs[n % created.needs.length].id,
          msmeId: product.msmeId,
          number: `${String(seq).padStart(4, '0')}/SP/${event.opd}/${year}`,
          status,
          subtotalIdr: subtotal,
          totalIdr: subtotal,
          acceptedTotalIdr: reached('INSPECTED') ? subtotal : null,
          orderedAt: day(-240),
          acceptedAt: reached('ACCEPTED') ? day(-200) : null,
          deliveredAt: reached('DELIVERED') ? day(3) : null,
          inspectedAt: reached('INSPECTED') ? day(4) : null,
          inspectorName: reached('INSPECTED') ? 'Rahmat Hidayat Siregar' : null,
          handedOverAt: reached('HANDED_OVER') ? day(5) : null,
          bastStaffSignedAt: reached('HANDED_OVER') ? day(5) : null,
          bastMsmeSignedAt: reached('HANDED_OVER') ? day(5) : null,
          bastStaffSignerName: reached('HANDED_OVER') ? staffName : null,
          bastMsmeSignerName: reached('HANDED_OVER') ? product.msme.ownerName : null,
          paidAt: reached('PAID') ? day(24 * 14) : null,
          createdById: event.opd === 'DINKES' ? users.OPD_STAFF_2 : users.OPD_STAFF,
          createdAt: day(-250),
          items: {
            create: [
              {
                productId: product.id,
                description: product.name,
                quantity,
                unit: product.unit,
                unitPriceIdr: product.priceIdr,
                totalIdr: subtotal,
                ...(reached('INSPECTED')
                  ? { receivedQuantity: quantity, acceptedQuantity: quantity, condition: 'GOOD' as const }
                  : {}),
              },
            ],
          },
          payment: reached('PAID')
            ? {
                create: {
                  method: n % 2 === 0 ? 'TRANSFER' : 'KKPD',
                  paidAt: day(24 * 14),
                  grossIdr: taxes.grossIdr,
                  dppIdr: taxes.dppIdr,
                  withholding: 'PPH23',
                  pphRateBp: product.msme.npwp ? 200 : 400,
                  pphIdr: taxes.pphIdr,
                  amountIdr: taxes.netIdr,
                  opdNpwp: '001234567121000',
                  msmeNpwp: product.msme.npwp,
                  reference: `SP2D-${year}-${1000 + index * 10 + n}`,
                  recordedById: event.opd === 'DINKES' ? users.OPD_STAFF_2 : users.OPD_STAFF,
                },
              }
            : undefined,
        },
      });
    }
  }
  for (const [key, last] of counters) {
    const [opdId, year] = key.split(':');
    await db.documentCounter.create({ data: { opdId, kind: 'SURAT_PESANAN', year: Number(year), last } });
  }
}
