// Steps in their order after delivery: inspection by a named inspector (partial acceptance lowers
// what is paid), a BAST that exists only once both sides signed, and taxes computed from the rules.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { candidatesForNeed } from '@/lib/procurement/candidates';
import {
  cancelRfq,
  directOrder,
  listMsmeRfqs,
  sendRfq,
  submitQuote,
  awardQuote,
} from '@/lib/procurement/ordering';
import { advanceOrder, getOrder } from '@/lib/procurement/orders';
import { pdfText as readPdf } from './support/pdf';
import { fileStorage } from '@/lib/uploads/storage';
import { computeTaxes } from '@/lib/procurement/tax';
import { readPercent } from '@/lib/format/percent-input';
import { paymentSchema } from '@/lib/procurement/schema';
import { cateringOwner, eventWithNeed, inDays } from './support/procurement';
import { demoActor } from './support/actors';

async function deliveredOrder(quantity = 50, kind: 'CATERING' | 'GOODS' = 'CATERING') {
  const { staff, needId, eventId } = await eventWithNeed({ paguIdr: 50_000_000, quantity });
  if (kind === 'GOODS') await db.eventNeed.update({ where: { id: needId }, data: { kind } });
  const [candidate] = (await candidatesForNeed(staff, needId)).filter((c) => c.fits);
  const order = await directOrder(staff, needId, {
    productId: candidate.product.id,
    quantity: String(quantity),
  });
  const owner = await cateringOwner(candidate.msmeId);
  await advanceOrder(owner, order.id, 'accept');
  await advanceOrder(owner, order.id, 'deliver', { earlyReason: 'Acara dimajukan oleh panitia.' });
  const item = await db.procurementOrderItem.findFirstOrThrow({ where: { orderId: order.id } });
  return { staff, owner, order, item, eventId, msmeId: candidate.msmeId };
}

const pdfText = async (orderId: string, kind: 'BAST' | 'DELIVERY_CHECK' | 'PAYMENT_RECORD') => {
  const doc = await db.procurementDocument.findFirstOrThrow({ where: { orderId, kind, isCurrent: true } });
  return readPdf((await fileStorage().get(doc.storageKey))!);
};

describe('inspection', () => {
  it('needs a named inspector and quantities within what was ordered and received', async () => {
    const { staff, order, item } = await deliveredOrder();
    const inspect = (fields: Record<string, string>) =>
      advanceOrder(staff, order.id, 'inspect', {
        inspectorName: 'Rahmat Siregar',
        'items.0.id': item.id,
        'items.0.receivedQuantity': '50',
        'items.0.acceptedQuantity': '50',
        'items.0.condition': 'GOOD',
        ...fields,
      });
    const fieldsOf = (e: unknown) => Object.keys((e as { fieldErrors?: object }).fieldErrors ?? {});
    const paths = async (fields: Record<string, string>) =>
      inspect(fields).then(
        () => [],
        (e) =>
          fieldsOf(e).concat(
            ((e as { issues?: { path: string[] }[] }).issues ?? []).map((i) => i.path.join('.')),
          ),
      );
    expect(await paths({ inspectorName: '' })).toEqual(['inspectorName']);
    expect(await paths({ 'items.0.receivedQuantity': '60' })).toEqual(['items.0.receivedQuantity']);
    expect(await paths({ 'items.0.acceptedQuantity': '51' })).toEqual(['items.0.acceptedQuantity']);
    expect(await paths({ 'items.0.acceptedQuantity': '45' })).toEqual(['note']);
    expect(await paths({ 'items.0.acceptedQuantity': '0', note: 'Semua basi.' })).toEqual([
      'items.0.acceptedQuantity',
    ]);
    // Nothing above was written.
    expect((await db.procurementOrder.findUniqueOrThrow({ where: { id: order.id } })).status).toBe(
      'DELIVERED',
    );
    await expect(advanceOrder(await demoActor('DINAS_ADMIN'), order.id, 'inspect', {})).rejects.toMatchObject(
      { status: 403 },
    );
  });

  it('accepts part of a delivery and pays only for what was accepted, with the inspector on the report', async () => {
    const { staff, owner, order, item } = await deliveredOrder();
    await advanceOrder(staff, order.id, 'inspect', {
      inspectorName: 'Rahmat Hidayat Siregar',
      inspectorNip: '19800101 200501 1 001',
      'items.0.id': item.id,
      'items.0.receivedQuantity': '48',
      'items.0.acceptedQuantity': '45',
      'items.0.condition': 'PARTLY_DAMAGED',
      note: '2 kotak kurang, 3 kotak tumpah di perjalanan.',
    });
    const inspected = await db.procurementOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(inspected).toMatchObject({
      status: 'INSPECTED',
      inspectorName: 'Rahmat Hidayat Siregar',
      inspectorNip: '198001012005011001',
      acceptedTotalIdr: BigInt(item.unitPriceIdr) * 45n,
    });
    const report = await pdfText(order.id, 'DELIVERY_CHECK');
    expect(report).toContain('Rahmat Hidayat Siregar, NIP 198001012005011001');
    expect(report).toContain('Sebagian rusak');

    // The BAST: no document while only one side has signed.
    await advanceOrder(owner, order.id, 'sign');
    expect((await getOrder(staff, order.id)).documents.map((d) => d.kind)).not.toContain('BAST');
    expect(await db.procurementDocument.count({ where: { orderId: order.id, kind: 'BAST' } })).toBe(0);
    await advanceOrder(staff, order.id, 'sign');
    const bast = await pdfText(order.id, 'BAST');
    expect(bast).toContain(owner.name);
    expect(bast).toContain(staff.name);
    expect(bast).toContain('45 dari 50 kotak');
    expect(bast).not.toContain('dalam keadaan baik dan lengkap');
    expect(bast).not.toMatch(/: -\)/);

    const paid = await advanceOrder(staff, order.id, 'pay', {
      method: 'TRANSFER',
      paidAt: new Date().toISOString().slice(0, 10),
      ppnRate: '11,0',
      withholding: 'PPH23',
      opdNpwp: '001234567121000',
    });
    expect(paid.status).toBe('PAID');
    const payment = await db.procurementPayment.findUniqueOrThrow({ where: { orderId: order.id } });
    const expected = computeTaxes(BigInt(item.unitPriceIdr) * 45n, 1100, payment.msmeNpwp ? 200 : 400);
    expect(payment).toMatchObject({
      grossIdr: expected.grossIdr,
      dppIdr: expected.dppIdr,
      ppnIdr: expected.ppnIdr,
      pphIdr: expected.pphIdr,
      amountIdr: expected.netIdr,
      ppnRateBp: 1100,
      withholding: 'PPH23',
      opdNpwp: '001234567121000',
    });
    const record = await pdfText(order.id, 'PAYMENT_RECORD');
    expect(record).toContain('NPWP bendahara OPD');
    expect(record).toContain('001234567121000');
    expect(record).toContain('PMK 141/2015');
  });
});

describe('BAST signatures', () => {
  it('are never lost when both sides sign at the same moment', async () => {
    const { staff, owner, order, item } = await deliveredOrder();
    await advanceOrder(staff, order.id, 'inspect', {
      inspectorName: 'Rahmat Siregar',
      'items.0.id': item.id,
      'items.0.receivedQuantity': '50',
      'items.0.acceptedQuantity': '50',
      'items.0.condition': 'GOOD',
    });
    const results = await Promise.allSettled([
      advanceOrder(staff, order.id, 'sign'),
      advanceOrder(owner, order.id, 'sign'),
    ]);
    // One may be told the order just changed; signing again then completes the handover.
    for (const [n, result] of results.entries())
      if (result.status === 'rejected') {
        expect(result.reason).toMatchObject({ status: 409 });
        await advanceOrder(n === 0 ? staff : owner, order.id, 'sign');
      }
    const signed = await db.procurementOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(signed.status).toBe('HANDED_OVER');
    expect(signed.bastStaffSignedAt && signed.bastMsmeSignedAt).toBeTruthy();
  });
});

describe('taxes', () => {
  it('reads PPN typed as 11, 11% or 11,0 and computes DPP, PPN and PPh without anyone typing an amount', () => {
    for (const typed of ['11', '11%', '11,0', ' 11 % ', '11.00']) expect(readPercent(typed)).toBe(1100);
    expect(readPercent('1,5')).toBe(150);
    for (const bad of ['sebelas', '11,000', '1.1.1', '-11']) expect(readPercent(bad)).toBeNull();
    // Rp 5.550.000 including 11% PPN: DPP 5.000.000, PPN 550.000, PPh 23 2% = 100.000.
    expect(computeTaxes(5_550_000n, 1100, 200)).toEqual({
      grossIdr: 5_550_000n,
      dppIdr: 5_000_000n,
      ppnIdr: 550_000n,
      pphIdr: 100_000n,
      netIdr: 4_900_000n,
    });
    // A UMKM that is not PKP: no PPN, PPh 22 1,5% of the whole value.
    expect(computeTaxes(3_000_000n, 0, 150)).toMatchObject({ dppIdr: 3_000_000n, pphIdr: 45_000n });
    const bad = paymentSchema.safeParse({
      method: 'TRANSFER',
      paidAt: '2026-12-01',
      ppnRate: 'sebelas',
      withholding: 'PPH22',
      opdNpwp: '123',
    });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'opdNpwp',
      'ppnRate',
    ]);
  });

  it('refuses the withholding that does not apply: goods take PPh 22, catering PPh 23, a PP 55 holder none', async () => {
    const goods = await deliveredOrder(30, 'GOODS');
    await advanceOrder(goods.staff, goods.order.id, 'inspect', {
      inspectorName: 'Rahmat Siregar',
      'items.0.id': goods.item.id,
      'items.0.receivedQuantity': '30',
      'items.0.acceptedQuantity': '30',
      'items.0.condition': 'GOOD',
    });
    await advanceOrder(goods.owner, goods.order.id, 'sign');
    await advanceOrder(goods.staff, goods.order.id, 'sign');
    const pay = (fields: Record<string, string>) =>
      advanceOrder(goods.staff, goods.order.id, 'pay', {
        method: 'TRANSFER',
        paidAt: new Date().toISOString().slice(0, 10),
        opdNpwp: '001234567121000',
        ...fields,
      });
    await expect(pay({ withholding: 'PPH23' })).rejects.toMatchObject({
      fieldErrors: { withholding: [expect.stringMatching(/barang: yang berlaku PPh 22/)] },
    });
    await expect(pay({ withholding: 'PPH22', ppnRate: '10' })).rejects.toMatchObject({
      fieldErrors: { ppnRate: [expect.stringMatching(/11%/)] },
    });
    // With a valid PP 55/2022 certificate, nothing is withheld and the certificate is on record.
    await db.certification.create({
      data: { msmeId: goods.msmeId, type: 'PP55', number: 'KET-00123/PP55/WPJ.26/2026' },
    });
    await expect(pay({ withholding: 'PPH22' })).rejects.toMatchObject({
      fieldErrors: { withholding: [expect.stringMatching(/KET-00123/)] },
    });
    await pay({ withholding: 'PP55' });
    const payment = await db.procurementPayment.findUniqueOrThrow({ where: { orderId: goods.order.id } });
    expect(payment).toMatchObject({
      pphIdr: 0n,
      pp55Number: 'KET-00123/PP55/WPJ.26/2026',
      withholding: 'PP55',
    });
    expect(payment.amountIdr).toBe(payment.grossIdr);
  });
});

describe('requests for quotation', () => {
  it('can be cancelled with a reason the invitees read, and then take no quote or award', async () => {
    const { staff, needId } = await eventWithNeed({ paguIdr: 50_000_000, quantity: 100 });
    const [first] = (await candidatesForNeed(staff, needId)).filter((c) => c.fits);
    const rfq = await sendRfq(staff, needId, { msmeIds: [first.msmeId], deadline: inDays(5) });
    const owner = await cateringOwner(first.msmeId);
    const quote = await submitQuote(owner, rfq.id, { unitPriceIdr: '35000' });
    await expect(cancelRfq(staff, rfq.id, { reason: '' })).rejects.toMatchObject({ name: 'ZodError' });
    await expect(cancelRfq(owner, rfq.id, { reason: 'Acara ditunda.' })).rejects.toMatchObject({
      status: 403,
    });
    await cancelRfq(staff, rfq.id, { reason: 'Acara ditunda oleh Wali Kota.' });
    const seen = (await listMsmeRfqs(owner)).find((i) => i.rfq.id === rfq.id)!;
    expect(seen).toMatchObject({
      phase: 'CANCELLED',
      rfq: { cancelReason: 'Acara ditunda oleh Wali Kota.' },
    });
    await expect(submitQuote(owner, rfq.id, { unitPriceIdr: '34000' })).rejects.toMatchObject({
      status: 409,
    });
    await expect(awardQuote(staff, quote.id)).rejects.toThrow(/sudah diputuskan/);
    await expect(cancelRfq(staff, rfq.id, { reason: 'Sekali lagi.' })).rejects.toMatchObject({ status: 409 });
  });
});
