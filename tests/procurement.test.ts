import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { AccessDenied } from '@/lib/auth/actor';
import { createEvent, getEvent } from '@/lib/procurement/events';
import { candidatesForNeed } from '@/lib/procurement/candidates';
import { awardQuote, directOrder, listMsmeRfqs, sendRfq, submitQuote } from '@/lib/procurement/ordering';
import { advanceOrder, getOrder } from '@/lib/procurement/orders';
import { opdSpendingFor, publicOpdSpending } from '@/lib/procurement/transparency';
import { releasePackage, releasePageQuery } from '@/lib/procurement/ocds-read';
import { ocdsValidators, type Release } from './support/ocds';
import { demoActor } from './support/actors';
import { cateringOwner, eventWithNeed, inDays } from './support/procurement';
import { pngFile } from './support/fixtures';

async function twoCandidates(needId: string, staff: Parameters<typeof candidatesForNeed>[0]) {
  const list = await candidatesForNeed(staff, needId);
  return list.filter((c) => c.fits).slice(0, 3);
}

describe('events and needs', () => {
  it('refuses dates in the past and a zero pagu, with field errors', async () => {
    const staff = await demoActor('OPD_STAFF');
    const error = await createEvent(staff, {
      name: 'Acara Lama',
      startsAt: '2020-01-01T09:00',
      venue: 'Balai Kota',
      participants: '10',
      paguIdr: '0',
      budgetSource: 'APBD',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(z.ZodError);
    const paths = (error as z.ZodError).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['paguIdr']));
  });

  it("keeps each OPD's events to its own staff", async () => {
    const { eventId } = await eventWithNeed();
    const dinkes = await db.user.findUniqueOrThrow({ where: { email: 'opd.dinkes@etalase-umkm.id' } });
    const other = {
      id: dinkes.id,
      email: dinkes.email,
      name: dinkes.name,
      role: 'OPD_STAFF' as const,
      opdId: dinkes.opdId,
      msmeId: null,
    };
    await expect(getEvent(other, eventId)).rejects.toMatchObject({ status: 404 });
    for (const role of ['SHOPPER', 'MSME_OWNER', 'DINAS_ADMIN'] as const)
      await expect(getEvent(await demoActor(role), eventId)).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe('RFQ to paid', () => {
  it('sends to three, two quote, awards the fewer-awards one, and walks the order to paid with documents', async () => {
    const { staff, eventId, needId } = await eventWithNeed({ paguIdr: 20_000_000, quantity: 100 });
    const candidates = await twoCandidates(needId, staff);
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    expect(candidates.map((c) => c.awardsLast12Months)).toEqual(
      [...candidates.map((c) => c.awardsLast12Months)].sort((a, b) => a - b),
    );
    const rfq = await sendRfq(staff, needId, {
      msmeIds: candidates.map((c) => c.msmeId),
      deadline: inDays(5),
    });
    const [a, b, c] = await Promise.all(candidates.map((x) => cateringOwner(x.msmeId)));
    expect((await listMsmeRfqs(a)).some((i) => i.rfq.id === rfq.id)).toBe(true);
    const outsider = await cateringOwner(
      (
        await db.msme.findFirstOrThrow({
          where: { status: 'VERIFIED', id: { notIn: candidates.map((x) => x.msmeId) } },
        })
      ).id,
    );
    await expect(submitQuote(outsider, rfq.id, { unitPriceIdr: '30000' })).rejects.toMatchObject({
      status: 404,
    });
    const quoteA = await submitQuote(
      a,
      rfq.id,
      { unitPriceIdr: '36000', notes: 'Termasuk air mineral' },
      await pngFile(),
    );
    expect((await db.quote.findUniqueOrThrow({ where: { id: quoteA.id } })).sampleAssetId).not.toBeNull();
    await submitQuote(b, rfq.id, { unitPriceIdr: '34000' });
    // Before the deadline, an award waits until every invited UMKM has answered.
    await expect(awardQuote(staff, quoteA.id)).rejects.toThrow(
      /belum dapat diputuskan sebelum batasnya .*: baru 2 dari 3 UMKM yang diundang menjawab/,
    );
    await submitQuote(c, rfq.id, { unitPriceIdr: '37000' });
    const award = await awardQuote(staff, quoteA.id);
    // The losing bidders see the winning price and their own rank, not the others' names.
    const seenByB = (await listMsmeRfqs(b)).find((i) => i.rfq.id === rfq.id)!;
    expect(seenByB.outcome).toEqual({
      won: false,
      winningUnitPriceIdr: 36000,
      winningTotalIdr: 36000n * 100n,
      rank: 1,
      bidders: 3,
    });
    expect(seenByB.rfq.quotes).toHaveLength(1);
    expect((await listMsmeRfqs(c)).find((i) => i.rfq.id === rfq.id)!.outcome).toMatchObject({ rank: 3 });
    expect(award.number).toMatch(/^\d{4}\/SP\/DISKOMINFO\/\d{4}$/);
    await expect(awardQuote(staff, quoteA.id)).rejects.toThrow(/sudah diputuskan/);

    await expect(advanceOrder(staff, award.id, 'accept')).rejects.toBeInstanceOf(AccessDenied);
    await expect(advanceOrder(b, award.id, 'accept')).rejects.toMatchObject({ status: 404 });
    await expect(advanceOrder(a, award.id, 'pay', {})).rejects.toBeInstanceOf(AccessDenied);
    await advanceOrder(a, award.id, 'accept');
    await expect(advanceOrder(staff, award.id, 'sign')).rejects.toThrow(/tidak dapat/);
    // The delivery window opens in 10 days: earlier only with a reason, which is audited.
    await expect(advanceOrder(a, award.id, 'deliver')).rejects.toMatchObject({
      fieldErrors: { earlyReason: ['Tulis alasan pengiriman lebih awal (minimal 5 karakter).'] },
    });
    await advanceOrder(a, award.id, 'deliver', { earlyReason: 'Acara dimajukan oleh panitia.' });
    // Inspection comes before the BAST: neither side can sign a delivery nobody has checked.
    await expect(advanceOrder(staff, award.id, 'sign')).rejects.toThrow(/tidak dapat ditandatangani/);
    const item = (await db.procurementOrderItem.findFirstOrThrow({ where: { orderId: award.id } })).id;
    await advanceOrder(staff, award.id, 'inspect', {
      inspectorName: 'Rahmat Hidayat Siregar',
      'items.0.id': item,
      'items.0.receivedQuantity': '100',
      'items.0.acceptedQuantity': '100',
      'items.0.condition': 'GOOD',
    });
    await advanceOrder(staff, award.id, 'sign');
    await expect(advanceOrder(staff, award.id, 'sign')).rejects.toThrow(/sudah menandatangani/);
    expect((await advanceOrder(a, award.id, 'sign')).status).toBe('HANDED_OVER');
    await expect(
      advanceOrder(staff, award.id, 'pay', {
        method: 'TRANSFER',
        paidAt: '2020-01-01',
        ppnRate: '11',
        withholding: 'PP55',
        opdNpwp: '001234567121000',
      }),
    ).rejects.toMatchObject({ fieldErrors: { withholding: [expect.stringMatching(/PP 55\/2022/)] } });
    const paid = await advanceOrder(staff, award.id, 'pay', {
      method: 'KKPD',
      paidAt: new Date().toISOString().slice(0, 10),
      withholding: 'PPH23',
      opdNpwp: '00.123.456.7-121.000',
      reference: 'KKPD-001',
    });
    expect(paid.status).toBe('PAID');

    const order = await getOrder(staff, award.id);
    expect(order.documents.map((d) => d.kind).sort()).toEqual([
      'BAST',
      'DELIVERY_CHECK',
      'PAYMENT_RECORD',
      'SURAT_PESANAN',
    ]);
    // Catering is a service: PPh 23 at 2% (4% for a UMKM without NPWP), no PPN for a non-PKP UMKM.
    const pph23 = order.payment!.msmeNpwp ? 72_000n : 144_000n;
    expect(order.payment).toMatchObject({
      grossIdr: 3_600_000n,
      pphIdr: pph23,
      amountIdr: 3_600_000n - pph23,
    });
    expect(order.timeline.map((t) => t.action)).toEqual([
      'procurement.order.place',
      'procurement.order.accept',
      'procurement.order.deliver',
      'procurement.order.inspect',
      'procurement.order.bast.sign',
      'procurement.order.bast.sign',
      'procurement.order.pay',
    ]);
    const doc = await db.procurementDocument.findFirstOrThrow({
      where: { orderId: award.id, kind: 'SURAT_PESANAN' },
    });
    const file = fs.readFileSync(path.join(process.env.UPLOADS_DIR!, doc.storageKey));
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.toString('latin1')).toContain(award.number);
    expect((await getEvent(staff, eventId)).committedIdr).toBe(3_600_000n);
  });
});

describe('rules', () => {
  it('awards after the deadline even when not every invitee answered', async () => {
    const { staff, needId } = await eventWithNeed({ paguIdr: 50_000_000, quantity: 100 });
    const [first, second] = await twoCandidates(needId, staff);
    const rfq = await sendRfq(staff, needId, { msmeIds: [first.msmeId, second.msmeId], deadline: inDays(5) });
    const quote = await submitQuote(await cateringOwner(first.msmeId), rfq.id, { unitPriceIdr: '35000' });
    await expect(awardQuote(staff, quote.id)).rejects.toThrow(/baru 1 dari 2/);
    await db.rfq.update({ where: { id: rfq.id }, data: { deadline: new Date(Date.now() - 60_000) } });
    const closed = (await listMsmeRfqs(await cateringOwner(second.msmeId))).find((i) => i.rfq.id === rfq.id)!;
    expect(closed).toMatchObject({ phase: 'CLOSED', outcome: null });
    await awardQuote(staff, quote.id);
    const later = (await listMsmeRfqs(await cateringOwner(second.msmeId))).find((i) => i.rfq.id === rfq.id)!;
    expect(later.outcome).toMatchObject({ won: false, rank: null, bidders: 1 });
  });

  it('refuses an award that would exceed the pagu', async () => {
    const { staff, needId } = await eventWithNeed({ paguIdr: 2_000_000, quantity: 100 });
    const [first] = await twoCandidates(needId, staff);
    const rfq = await sendRfq(staff, needId, { msmeIds: [first.msmeId], deadline: inDays(5) });
    const quote = await submitQuote(await cateringOwner(first.msmeId), rfq.id, { unitPriceIdr: '35000' });
    await expect(awardQuote(staff, quote.id)).rejects.toThrow(/melebihi pagu Rp 2.000.000/);
    expect(await db.procurementOrder.count({ where: { quoteId: quote.id } })).toBe(0);
  });

  it('refuses one order above the direct-purchase threshold', async () => {
    const { staff, needId } = await eventWithNeed({ paguIdr: 900_000_000, quantity: 2000 });
    const need = await db.eventNeed.update({ where: { id: needId }, data: { categoryId: null } });
    const product = await db.product.create({
      data: {
        slug: `plakat-mahal-${needId}`,
        msmeId: (await db.msme.findFirstOrThrow({ where: { status: 'VERIFIED' } })).id,
        categoryId: (await db.category.findFirstOrThrow()).id,
        name: 'Plakat Mahal',
        priceIdr: 30_000,
        unit: 'pcs',
        status: 'PUBLISHED',
        leadTimeDays: 1,
      },
    });
    await expect(directOrder(staff, need.id, { productId: product.id, quantity: '2000' })).rejects.toThrow(
      /melebihi batas pembelian langsung dari usaha kecil Rp 50.000.000/,
    );
  });

  it('treats all orders for one need, and for the same item in the event, as one package (no pecah paket)', async () => {
    const { staff, needId } = await eventWithNeed({ paguIdr: 900_000_000, quantity: 1500 });
    const msmes = await db.msme.findMany({
      where: { status: 'VERIFIED' },
      take: 2,
      orderBy: { slug: 'asc' },
    });
    const category = await db.category.findFirstOrThrow();
    await db.eventNeed.update({ where: { id: needId }, data: { categoryId: category.id } });
    const a = await db.product.create({
      data: {
        slug: `botol-a-${needId}`,
        msmeId: msmes[0].id,
        categoryId: category.id,
        name: 'Air Mineral Botol',
        priceIdr: 35_000,
        unit: 'botol',
        status: 'PUBLISHED',
      },
    });
    const b = await db.product.create({
      data: {
        slug: `botol-b-${needId}`,
        msmeId: msmes[1].id,
        categoryId: category.id,
        name: 'Air Mineral Botol',
        priceIdr: 35_000,
        unit: 'botol',
        status: 'PUBLISHED',
      },
    });
    // 1,500 × Rp 35.000 = Rp 52.500.000 in one order: refused, without suggesting a split.
    await expect(directOrder(staff, needId, { productId: a.id, quantity: '1500' })).rejects.toThrow(
      /memecah paket untuk menghindarinya dilarang/,
    );
    // 750 + 750 for the same need: the second crosses the threshold and is refused, citing the rule.
    await directOrder(staff, needId, { productId: a.id, quantity: '750' });
    await expect(directOrder(staff, needId, { productId: a.id, quantity: '750' })).rejects.toThrow(
      /Bersama pesanan sebelumnya untuk kebutuhan yang sama \(Rp 26.250.000\), paket ini menjadi Rp 52.500.000.*Pasal 20/,
    );
    // Another UMKM for the same need counts too; and so does a second need for the same item.
    await expect(directOrder(staff, needId, { productId: b.id, quantity: '750' })).rejects.toThrow(
      /Pasal 20/,
    );
    const event = await db.eventNeed.findUniqueOrThrow({
      where: { id: needId },
      select: { eventId: true, deliveryFrom: true, deliveryTo: true, description: true, unit: true },
    });
    const twin = await db.eventNeed.create({
      data: {
        eventId: event.eventId,
        kind: 'GOODS',
        description: `  ${event.description.toUpperCase()} `,
        quantity: 750,
        unit: event.unit,
        deliveryFrom: event.deliveryFrom,
        deliveryTo: event.deliveryTo,
      },
    });
    await expect(directOrder(staff, twin.id, { productId: b.id, quantity: '750' })).rejects.toThrow(
      /Pasal 20/,
    );
    // Under the threshold together, it goes through.
    await directOrder(staff, needId, { productId: b.id, quantity: '100' });
    expect(await db.procurementOrder.count({ where: { needId: { in: [needId, twin.id] } } })).toBe(2);
  });

  it('refuses a UMKM whose capacity or lead time does not fit, or that is not verified', async () => {
    const { staff, needId } = await eventWithNeed({ paguIdr: 50_000_000, quantity: 100 });
    const msme = await db.msme.findFirstOrThrow({ where: { status: 'VERIFIED' } });
    const category = await db.category.findUniqueOrThrow({ where: { slug: 'katering' } });
    const small = await db.product.create({
      data: {
        slug: `kecil-${needId}`,
        msmeId: msme.id,
        categoryId: category.id,
        name: 'Nasi Kotak Kecil',
        priceIdr: 30_000,
        unit: 'kotak',
        status: 'PUBLISHED',
        dailyCapacity: 5,
        leadTimeDays: 1,
      },
    });
    // Capacity is judged over the days left: 5 a day for the 10 days before delivery is 50.
    await expect(directOrder(staff, needId, { productId: small.id, quantity: '100' })).rejects.toThrow(
      /tidak sanggup memenuhi kebutuhan ini: kapasitas 5\/hari × 10 hari = 50, kurang dari 100\./,
    );
    const slow = await db.product.create({
      data: {
        slug: `lambat-${needId}`,
        msmeId: msme.id,
        categoryId: category.id,
        name: 'Nasi Kotak Lambat',
        priceIdr: 30_000,
        unit: 'kotak',
        status: 'PUBLISHED',
        dailyCapacity: 500,
        leadTimeDays: 30,
      },
    });
    await expect(directOrder(staff, needId, { productId: slow.id, quantity: '100' })).rejects.toThrow(
      /perlu 30 hari persiapan, tersedia 10 hari/,
    );
    const pending = await db.msme.findFirstOrThrow({ where: { status: 'SUBMITTED' } });
    const unverified = await db.product.create({
      data: {
        slug: `belum-${needId}`,
        msmeId: pending.id,
        categoryId: category.id,
        name: 'Nasi Kotak Belum',
        priceIdr: 30_000,
        unit: 'kotak',
        status: 'PUBLISHED',
        dailyCapacity: 500,
      },
    });
    await expect(directOrder(staff, needId, { productId: unverified.id, quantity: '100' })).rejects.toThrow(
      /belum terverifikasi/,
    );
  });

  it('refuses the wrong order of steps: a UMKM cannot mark paid, staff cannot hand over undelivered', async () => {
    const { staff, needId } = await eventWithNeed({ paguIdr: 50_000_000, quantity: 50 });
    const [candidate] = await twoCandidates(needId, staff);
    const order = await directOrder(staff, needId, { productId: candidate.product.id, quantity: '50' });
    const owner = await cateringOwner(candidate.msmeId);
    await expect(
      advanceOrder(owner, order.id, 'pay', { method: 'TRANSFER', paidAt: '2026-01-01' }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(advanceOrder(staff, order.id, 'sign')).rejects.toThrow(/tidak dapat ditandatangani/);
    await expect(advanceOrder(owner, order.id, 'decline', { reason: '' })).rejects.toBeInstanceOf(z.ZodError);
    await advanceOrder(owner, order.id, 'decline', { reason: 'Dapur penuh di tanggal itu.' });
    expect((await db.procurementOrder.findUniqueOrThrow({ where: { id: order.id } })).status).toBe(
      'DECLINED',
    );
  });
});

describe('accountability and open data', () => {
  it('reports spend with UMKM per OPD and month', async () => {
    const rows = await publicOpdSpending();
    expect(new Set(rows.map((r) => r.opdCode)).size).toBeGreaterThanOrEqual(4);
    const kominfo = rows.filter((r) => r.opdCode === 'DISKOMINFO');
    expect(kominfo.some((r) => r.umkmSpendIdr > 0 && r.distinctUmkm > 0)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/"(nik\w*|ownerName|whatsapp)"/i);
    const staff = await demoActor('OPD_STAFF');
    expect((await opdSpendingFor(staff.opdId!)).every((r) => r.opdCode === 'DISKOMINFO')).toBe(true);
  });

  it('publishes procurements, ongoing ones too, as an OCDS 1.1 release package that validates against the official schemas', async () => {
    const pkg = await releasePackage('https://etalase-umkm.medan.go.id', releasePageQuery.parse({}));
    expect(pkg.releases.length).toBeGreaterThan(5);
    const { releasePackage: validate } = ocdsValidators();
    const valid = validate(JSON.parse(JSON.stringify(pkg)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(JSON.stringify(pkg)).not.toMatch(/"nik|ownerName|whatsapp|12710/i);
    const releases = pkg.releases as Release[];
    const release = releases[0];
    expect(release.parties.find((p) => p.roles.includes('supplier'))).toMatchObject({
      identifier: { scheme: 'ID-NIB' },
    });
    // Ongoing processes (the seed has orders accepted, delivered, handed over) have releases too.
    expect(releases.some((r) => r.contracts?.[0].status === 'active')).toBe(true);
  });

  it('refuses a broken package: the validator can fail', async () => {
    const { releasePackage: validate } = ocdsValidators();
    const pkg = await releasePackage('https://x.test', releasePageQuery.parse({}));
    const broken = { ...pkg, releases: [{ ...pkg.releases[0], ocid: undefined, tag: ['notATag'] }] };
    expect(validate(JSON.parse(JSON.stringify(broken)))).toBe(false);
  });
});
