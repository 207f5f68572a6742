// One figure for "spend with UMKM": the OPD dashboard, the monthly report, /transparansi's data, the
// transparency API, the per-order sheet and OCDS all give the same total (lib/procurement/spend.ts).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { candidatesForNeed } from '@/lib/procurement/candidates';
import { directOrder } from '@/lib/procurement/ordering';
import { advanceOrder } from '@/lib/procurement/orders';
import { opdOverview } from '@/lib/dashboard/dashboards';
import { allReleases, latestPerProcess } from './support/ocds';
import { opdSpendingFor, publicOpdSpending, spendingOrderRows } from '@/lib/procurement/transparency';
import { GET as transparencyApi } from '@/app/api/v1/transparency/opd-spending/route';
import { cateringOwner, eventWithNeed } from './support/procurement';
import { newActor } from './support/actors';

describe('spend with UMKM', () => {
  it('is one figure everywhere, counts only what UMKM accepted, at the accepted value, and keeps future pagu apart', async () => {
    const opd = await db.opd.create({
      data: { code: 'UJIBELANJA', name: 'Dinas Uji Belanja', kind: 'DINAS' },
    });
    const staff = await newActor('OPD_STAFF', { opdId: opd.id });
    const order = async (quantity: number) => {
      const { needId } = await eventWithNeed({ staff, paguIdr: 40_000_000, quantity });
      const [fit] = (await candidatesForNeed(staff, needId)).filter((c) => c.fits);
      const placed = await directOrder(staff, needId, {
        productId: fit.product.id,
        quantity: String(quantity),
      });
      return { ...placed, owner: await cateringOwner(fit.msmeId) };
    };
    const notAccepted = await order(20); // a Surat Pesanan the UMKM has not accepted: not spend
    const accepted = await order(30);
    await advanceOrder(accepted.owner, accepted.id, 'accept');
    const partial = await order(40);
    await advanceOrder(partial.owner, partial.id, 'accept');
    await advanceOrder(partial.owner, partial.id, 'deliver', { earlyReason: 'Acara dimajukan panitia.' });
    const item = await db.procurementOrderItem.findFirstOrThrow({ where: { orderId: partial.id } });
    await advanceOrder(staff, partial.id, 'inspect', {
      inspectorName: 'Rahmat Siregar',
      'items.0.id': item.id,
      'items.0.receivedQuantity': '40',
      'items.0.acceptedQuantity': '35',
      'items.0.condition': 'PARTLY_DAMAGED',
      note: 'Lima kotak rusak.',
    });
    const price = async (id: string) =>
      BigInt((await db.procurementOrderItem.findFirstOrThrow({ where: { orderId: id } })).unitPriceIdr);
    const expected = Number((await price(accepted.id)) * 30n + (await price(partial.id)) * 35n);
    expect(notAccepted.id).toBeTruthy();

    const dashboard = Number((await opdOverview(staff))!.spendIdr);
    const months = await opdSpendingFor(opd.id);
    const report = months.reduce((sum, r) => sum + r.umkmSpendIdr, 0);
    const publicRows = (await publicOpdSpending()).filter((r) => r.opdCode === 'UJIBELANJA');
    const transparansi = publicRows.reduce((sum, r) => sum + r.umkmSpendIdr, 0);
    const api = (await (
      await transparencyApi(new Request('http://localhost/api/v1/transparency/opd-spending'))
    ).json()) as { rows: { opdCode: string; umkmSpendIdr: number }[] };
    const apiTotal = api.rows
      .filter((r) => r.opdCode === 'UJIBELANJA')
      .reduce((s, r) => s + r.umkmSpendIdr, 0);
    const sheet = await spendingOrderRows(opd.id);
    const spendColumn = sheet.columns.findIndex((c) => c.header === 'Belanja UMKM');
    const sheetTotal = sheet.rows.reduce((s, row) => s + Number(row[spendColumn]), 0);
    // OCDS: each process's latest release; its contract counts once the UMKM accepted it.
    const ocdsTotal = latestPerProcess(await allReleases())
      .filter((r) => r.buyer.id === 'MDN-OPD-UJIBELANJA')
      .flatMap((r) => r.contracts ?? [])
      .filter((c) => c.status === 'active' || c.status === 'terminated')
      .reduce((s, c) => s + c.value.amount, 0);

    expect({ dashboard, report, transparansi, apiTotal, sheetTotal, ocdsTotal }).toEqual({
      dashboard: expected,
      report: expected,
      transparansi: expected,
      apiTotal: expected,
      sheetTotal: expected,
      ocdsTotal: expected,
    });
    expect(sheet.rows).toHaveLength(3); // the three orders, the unaccepted one marked "Tidak"
    const countedColumn = sheet.columns.findIndex((c) => c.header === 'Dihitung sebagai belanja UMKM');
    expect(sheet.rows.map((row) => row[countedColumn])).toEqual(['Tidak', 'Ya', 'Ya']);
    // The three events are in 10 days: their pagu is upcoming, not held, so no share yet.
    expect(months.reduce((s, r) => s + r.paguIdr, 0)).toBe(0);
    expect(months.reduce((s, r) => s + r.paguUpcomingIdr, 0)).toBe(120_000_000);
    expect(months.every((r) => r.umkmSharePct === null)).toBe(true);
  });
});
