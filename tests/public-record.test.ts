// The public record an auditor checks: documents made at their step (dated with the act) on a real
// PDF library, read back with a PDF parser and their QR codes decoded; the public verification of
// a copy; OCDS releases that tell the whole process, are never rewritten, and do not move when
// someone looks at a page.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { fileStorage } from '@/lib/uploads/storage';
import { awardQuote, sendRfq, submitQuote, listMsmeRfqs } from '@/lib/procurement/ordering';
import { advanceOrder, getOrder, listMsmeProcurementOrders } from '@/lib/procurement/orders';
import { getEvent } from '@/lib/procurement/events';
import { publicOpdSpending } from '@/lib/procurement/transparency';
import { verificationUrl } from '@/lib/procurement/documents';
import { checkUploadedPdf, verifiedDocument } from '@/lib/documents/verification';
import { recordPackage, releasePackage, releasePageQuery } from '@/lib/procurement/ocds-read';
import { ocidForRfq } from '@/lib/procurement/ocds';
import { backfillDocuments } from '@/lib/procurement/record-backfill';
import { formatRupiah } from '@/lib/format/money';
import { terbilang } from '@/lib/format/terbilang';
import { eventWithNeed, inDays } from './support/procurement';
import { ownerWithBusiness } from './support/fixtures';
import { demoActor } from './support/actors';
import { pdfQrCode, pdfText } from './support/pdf';
import { allReleases, ocdsValidators, type Release } from './support/ocds';

const base = 'https://etalase-umkm.medan.go.id';

async function documentOf(orderId: string, kind: string) {
  const doc = await db.procurementDocument.findFirstOrThrow({
    where: { orderId, kind: kind as never, isCurrent: true },
  });
  return { doc, bytes: (await fileStorage().get(doc.storageKey))! };
}

/** A fresh verified caterer (not a seeded one other test files look for by name). */
async function caterer(name: string) {
  const owner = await ownerWithBusiness({ verify: true });
  await db.msme.update({ where: { id: owner.msmeId! }, data: { name } });
  const katering = await db.category.findUniqueOrThrow({ where: { slug: 'katering' } });
  await db.product.create({
    data: {
      slug: `nasi-kotak-${owner.msmeId}`,
      msmeId: owner.msmeId!,
      categoryId: katering.id,
      name: 'Nasi Kotak Ayam Gulai',
      priceIdr: 35_000,
      unit: 'kotak',
      dailyCapacity: 500,
      leadTimeDays: 1,
      status: 'PUBLISHED',
      publishedAt: new Date(),
    },
  });
  return owner;
}

/** An RFQ to two UMKM (names with diacritics and an apostrophe), both quote, one is awarded. */
async function awardedRfq() {
  const { staff, needId, eventId } = await eventWithNeed({ paguIdr: 30_000_000, quantity: 60 });
  const suffix = Date.now().toString(36);
  const names = [`Dapur Mak Ëndang's Kué Ñ ${suffix}`, `Warung Nasi Pak Ucok — Łapo ${suffix}`];
  const [winner, other] = [await caterer(names[0]), await caterer(names[1])];
  const rfq = await sendRfq(staff, needId, { msmeIds: [winner.msmeId!, other.msmeId!], deadline: inDays(5) });
  const quote = await submitQuote(winner, rfq.id, { unitPriceIdr: '35.000' });
  const sealed = await recordPackage(base, ocidForRfq(rfq.id));
  await submitQuote(other, rfq.id, { unitPriceIdr: '37.500' });
  const order = await awardQuote(staff, quote.id);
  return { staff, eventId, rfq, winner, other, order, name: names[0], sealed };
}

async function walkToPaid(
  order: { id: string },
  staff: Awaited<ReturnType<typeof demoActor>>,
  owner: typeof staff,
) {
  await advanceOrder(owner, order.id, 'accept');
  await advanceOrder(owner, order.id, 'deliver', { earlyReason: 'Acara dimajukan oleh panitia.' });
  const item = await db.procurementOrderItem.findFirstOrThrow({ where: { orderId: order.id } });
  await advanceOrder(staff, order.id, 'inspect', {
    inspectorName: 'Rahmat Hidayat Siregar',
    inspectorNip: '198001012005011001',
    'items.0.id': item.id,
    'items.0.receivedQuantity': '60',
    'items.0.acceptedQuantity': '60',
    'items.0.condition': 'GOOD',
  });
  await advanceOrder(owner, order.id, 'sign');
  await advanceOrder(staff, order.id, 'sign');
  await advanceOrder(staff, order.id, 'pay', {
    method: 'TRANSFER',
    paidAt: new Date().toISOString().slice(0, 10),
    ppnRate: '0',
    withholding: 'PPH23',
    opdNpwp: '001234567121000',
  });
}

describe('documents', () => {
  it('are made at their step, dated with the act, and read back with their totals, terbilang and QR code', async () => {
    const { staff, winner, order, name } = await awardedRfq();
    // The award made the Surat Pesanan, in its transaction: nothing else yet.
    const kinds = async () =>
      (await db.procurementDocument.findMany({ where: { orderId: order.id } })).map((d) => d.kind).sort();
    expect(await kinds()).toEqual(['SURAT_PESANAN']);
    await walkToPaid(order, staff, winner);
    expect(await kinds()).toEqual(['BAST', 'DELIVERY_CHECK', 'PAYMENT_RECORD', 'SURAT_PESANAN']);

    const placed = await db.procurementOrder.findUniqueOrThrow({
      where: { id: order.id },
      include: { payment: true },
    });
    const sp = await documentOf(order.id, 'SURAT_PESANAN');
    const bapb = await documentOf(order.id, 'DELIVERY_CHECK');
    const bast = await documentOf(order.id, 'BAST');
    const paid = await documentOf(order.id, 'PAYMENT_RECORD');
    expect(sp.doc.issuedAt).toEqual(placed.orderedAt);
    expect(bapb.doc.issuedAt).toEqual(placed.inspectedAt);
    expect(bast.doc.issuedAt).toEqual(placed.handedOverAt);
    expect(paid.doc.issuedAt).toEqual(placed.payment!.paidAt);

    const text = await pdfText(sp.bytes);
    expect(text).toContain(placed.number!);
    expect(text).toContain(name); // Ë, é, Ñ and the apostrophe, not "?"
    expect(text).toContain('PEMERINTAH KOTA MEDAN');
    expect(text).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(text).toContain(formatRupiah(placed.totalIdr));
    expect(text).toContain(terbilang(placed.totalIdr));
    expect(text).toMatch(/Halaman 1 dari 1/);
    const url = verificationUrl(sp.doc.verificationCode!);
    expect(text).toContain(url);
    expect(await pdfQrCode(sp.bytes)).toBe(url);

    const record = await pdfText(paid.bytes);
    expect(record).toContain(formatRupiah(placed.payment!.pphIdr));
    expect(record).toContain(terbilang(placed.payment!.amountIdr));
    expect(record).toMatch(/PPh 23/);
    expect(await pdfQrCode(paid.bytes)).toBe(verificationUrl(paid.doc.verificationCode!));
    expect(await pdfText(bast.bytes)).toContain('Pihak pertama (penyedia)');
    expect(await pdfText(bapb.bytes)).toContain('NIP 198001012005011001');
  }, 120_000);

  it('are verified in public by an unguessable code, without personal data, and a tampered copy does not match', async () => {
    const { staff, winner, order } = await awardedRfq();
    await walkToPaid(order, staff, winner);
    const { doc, bytes } = await documentOf(order.id, 'BAST');
    expect(doc.verificationCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const shown = await verifiedDocument(doc.verificationCode!);
    expect(shown).toMatchObject({
      kind: 'BAST',
      number: doc.number,
      opdName: 'Dinas Komunikasi dan Informatika',
      sha256: doc.sha256,
      supersededAt: null,
    });
    expect(JSON.stringify(shown, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).not.toMatch(
      /"nik|ownerName|whatsapp|Rahmat|198001012005011001|bank/i,
    );
    expect(await verifiedDocument('AAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    expect(await verifiedDocument('../../etc/passwd')).toBeNull();

    expect(await checkUploadedPdf(doc.verificationCode!, bytes, 'local')).toMatchObject({ matches: true });
    const tampered = new Uint8Array(bytes);
    tampered[Math.floor(tampered.length / 2)] ^= 1;
    expect(await checkUploadedPdf(doc.verificationCode!, tampered, 'local')).toMatchObject({
      matches: false,
    });
    await expect(checkUploadedPdf(doc.verificationCode!, new Uint8Array(), 'local')).rejects.toMatchObject({
      fieldErrors: { file: [expect.any(String)] },
    });
  }, 120_000);

  it('made before this change are regenerated, and the old copy still verifies as superseded', async () => {
    const { order } = await awardedRfq();
    const { doc: old } = await documentOf(order.id, 'SURAT_PESANAN');
    await db.procurementDocument.update({ where: { id: old.id }, data: { renderVersion: 1 } });
    expect(await backfillDocuments()).toBeGreaterThanOrEqual(1);
    const { doc: fresh } = await documentOf(order.id, 'SURAT_PESANAN');
    expect(fresh.id).not.toBe(old.id);
    expect(fresh).toMatchObject({ number: old.number, issuedAt: old.issuedAt, renderVersion: 2 });
    const superseded = await verifiedDocument(old.verificationCode!);
    expect(superseded?.supersededAt).not.toBeNull();
    expect(superseded?.replacedBy?.code).toBe(fresh.verificationCode);
    // Seeded orders (written without the steps) got theirs dated from the step's own timestamp.
    const seeded = await db.procurementOrder.findFirstOrThrow({
      where: { status: 'PAID', opd: { code: 'DISKOMINFO' }, documents: { some: {} } },
      include: { documents: { where: { isCurrent: true } }, payment: true },
    });
    const paidDoc = seeded.documents.find((d) => d.kind === 'PAYMENT_RECORD');
    expect(paidDoc?.issuedAt).toEqual(seeded.payment?.paidAt ?? seeded.paidAt);
  }, 120_000);
});

describe('OCDS', () => {
  it('tells the whole RFQ process: budget, tender, sealed then published bids, award, contract, milestones, payment', async () => {
    const { staff, winner, order, rfq, sealed } = await awardedRfq();
    // Before the decision the quotes are sealed: the tender is published without bids.
    expect(sealed!.records[0].releases).toHaveLength(1);
    expect(JSON.stringify(sealed)).not.toMatch(/"bids"/);
    await walkToPaid(order, staff, winner);
    const pkg = (await recordPackage(base, ocidForRfq(rfq.id)))!;
    const { recordPackage: validate } = ocdsValidators();
    expect(validate(JSON.parse(JSON.stringify(pkg)))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    const { releases, compiledRelease } = pkg.records[0] as unknown as {
      releases: Release[];
      compiledRelease: Release;
    };
    expect(releases.map((r) => r.tag)).toEqual([
      ['planning', 'tender'],
      ['tenderUpdate', 'award', 'contract'],
      ['contractUpdate'],
      ['implementation'],
      ['implementationUpdate'],
      ['implementationUpdate'],
      ['implementationUpdate', 'contractTermination'],
    ]);
    expect(new Set(releases.map((r) => r.id)).size).toBe(releases.length);
    const c = compiledRelease as Release & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(c.planning?.budget?.amount.amount).toBe(30_000_000);
    expect(c.tender).toMatchObject({
      procurementMethod: 'limited',
      status: 'complete',
      numberOfTenderers: 2,
      mainProcurementCategory: 'services',
      tenderPeriod: { endDate: expect.any(String) },
      value: { currency: 'IDR' },
    });
    expect(c.bids?.details).toHaveLength(2);
    const roles = new Set(c.parties.flatMap((p) => p.roles));
    for (const role of ['buyer', 'procuringEntity', 'supplier', 'tenderer', 'payer', 'payee'])
      expect(roles).toContain(role);
    expect(c.parties.find((p) => p.roles.includes('buyer'))?.identifier).toMatchObject({ id: 'DISKOMINFO' });
    const contract = c.contracts![0] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(contract.status).toBe('terminated');
    expect(contract.period.startDate).toBeTruthy();
    expect(contract.items[0].classification).toMatchObject({ scheme: 'CPC', id: '63' });
    expect(contract.documents.map((d: { documentType: string }) => d.documentType).sort()).toEqual([
      'completionCertificate',
      'contractSigned',
      'financialProgressReport',
      'physicalProgressReport',
    ]);
    for (const d of contract.documents) expect(d.url).toMatch(/\/verifikasi\/[A-Za-z0-9_-]{22}$/);
    expect(contract.milestones.map((m: { type: string }) => m.type)).toEqual([
      'delivery',
      'assessment',
      'delivery',
    ]);
    expect(contract.implementation.transactions[0].value.amount).toBeGreaterThan(0);
  }, 120_000);

  it('never republishes a release id with different content, and the database refuses a rewrite', async () => {
    const before = new Map((await allReleases()).map((r) => [r.id, JSON.stringify(r)]));
    const { staff, winner, order } = await awardedRfq();
    await walkToPaid(order, staff, winner);
    const after = await allReleases();
    expect(new Set(after.map((r) => r.id)).size).toBe(after.length);
    for (const r of after) if (before.has(r.id)) expect(JSON.stringify(r)).toBe(before.get(r.id));
    expect(after.length).toBeGreaterThan(before.size);
    const any = await db.ocdsRelease.findFirstOrThrow();
    await expect(db.ocdsRelease.update({ where: { seq: any.seq }, data: { tags: ['x'] } })).rejects.toThrow();
    await expect(db.ocdsRelease.delete({ where: { seq: any.seq } })).rejects.toThrow();
  }, 120_000);

  it('does not change when anyone views a page', async () => {
    const { staff, winner, order, eventId } = await awardedRfq();
    await advanceOrder(winner, order.id, 'accept');
    const snapshot = async () => ({
      releases: JSON.stringify(await allReleases()),
      documents: await db.procurementDocument.count(),
    });
    const before = await snapshot();
    const admin = await demoActor('DINAS_ADMIN');
    await getOrder(staff, order.id);
    await getOrder(winner, order.id);
    await getOrder(admin, order.id);
    await getEvent(staff, eventId);
    await listMsmeProcurementOrders(winner);
    await listMsmeRfqs(winner);
    await publicOpdSpending();
    const { doc } = await documentOf(order.id, 'SURAT_PESANAN');
    await verifiedDocument(doc.verificationCode!);
    await recordPackage(
      base,
      ocidForRfq((await db.quote.findFirstOrThrow({ where: { order: { id: order.id } } })).rfqId),
    );
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it('pages the release package with a cursor and by date, and refuses a bad cursor', async () => {
    const first = await releasePackage(base, releasePageQuery.parse({ limit: '2' }));
    expect(first.releases).toHaveLength(2);
    const next = new URL(first.links.next!);
    const second = await releasePackage(
      base,
      releasePageQuery.parse({ limit: '2', cursor: next.searchParams.get('cursor')! }),
    );
    const ids = [...first.releases, ...second.releases].map((r) => (r as Release).id);
    expect(new Set(ids).size).toBe(4);
    const all = await allReleases();
    expect(ids).toEqual(all.slice(0, 4).map((r) => r.id));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    const todays = await releasePackage(
      base,
      releasePageQuery.parse({ from: today, to: today, limit: '1000' }),
    );
    expect(todays.releases.length).toBeGreaterThan(0);
    for (const r of todays.releases as Release[])
      expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(r.date))).toBe(
        today,
      );
    expect(() => releasePageQuery.parse({ cursor: 'abc' })).toThrow(/cursor/);
    expect(() => releasePageQuery.parse({ from: '31/12/2026', to: '01/01/2026' })).toThrow(/from/);
  });
});

describe('the OpenAPI document', () => {
  it('describes every public endpoint with its parameters, responses, error bodies and 405', async () => {
    const { openApiDocument } = await import('@/lib/catalog/openapi');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const root = path.resolve(__dirname, '../app/api/v1');
    const routes = (fs.readdirSync(root, { recursive: true }) as string[])
      .filter((f) => f.endsWith('route.ts') && !f.startsWith('openapi.json'))
      .map((f) => `/api/v1/${path.dirname(f)}`.replace(/\[(\w+)\]/g, '{$1}'));
    const doc = openApiDocument();
    expect(Object.keys(doc.paths).sort()).toEqual(routes.sort());
    for (const [route, item] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(
        item as Record<string, { responses?: Record<string, unknown> }>,
      )) {
        if (method === 'parameters') continue;
        expect(operation.responses, `${method} ${route}`).toHaveProperty('200');
        expect(operation.responses, `${method} ${route}`).toHaveProperty('405');
        expect(Object.keys(operation.responses!).some((code) => /^4\d\d$/.test(code) && code !== '405')).toBe(
          true,
        );
      }
    expect(
      doc.paths['/api/v1/ocds/release-package'].get.parameters.map((p: { name: string }) => p.name),
    ).toEqual(['cursor', 'limit', 'from', 'to']);
  });
});
