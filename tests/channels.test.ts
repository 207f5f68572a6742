import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { templateXlsx } from '@/lib/spreadsheet/template';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { AccessDenied } from '@/lib/auth/actor';
import {
  confirmRequirement,
  getListing,
  moveListing,
  ownerChannelOverview,
  requestListing,
  bulkMove,
} from '@/lib/channels/listings';
import { channelFunnel } from '@/lib/channels/funnel';
import { checkReadiness } from '@/lib/channels/readiness';
import {
  acceptanceTemplate,
  importAcceptance,
  removeRequirement,
  setRequirement,
  updatePartner,
} from '@/lib/channels/partners';
import { createProduct, addProductPhoto } from '@/lib/catalog/owner-products';
import { demoActor } from './support/actors';
import { ownerWithBusiness, pngFile } from './support/fixtures';

async function setup(partnerSlug = 'shopee') {
  const owner = await ownerWithBusiness({ verify: true });
  const category = await db.category.findUniqueOrThrow({ where: { slug: 'kerajinan' } });
  const product = await createProduct(owner, {
    name: 'Tas Rajut Uji',
    categoryId: category.id,
    priceIdr: '120000',
    unit: 'pcs',
    minOrder: '1',
    leadTimeDays: '3',
  });
  const partner = await db.channelPartner.findUniqueOrThrow({ where: { slug: partnerSlug } });
  const listing = await requestListing(owner, { productId: product.id, partnerId: partner.id });
  return { owner, product, partner, listing, admin: await demoActor('DINAS_ADMIN') };
}

describe('listing requests', () => {
  it('lets an owner request a listing for its own product once', async () => {
    const { owner, product, partner } = await setup();
    await expect(
      requestListing(owner, { productId: product.id, partnerId: partner.id }),
    ).rejects.toMatchObject({ status: 409 });
    const stranger = await ownerWithBusiness();
    await expect(
      requestListing(stranger, { productId: product.id, partnerId: partner.id }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      requestListing(owner, { productId: product.id, partnerId: 'tidak-ada' }),
    ).rejects.toMatchObject({ status: 404 });
    for (const role of ['SHOPPER', 'OPD_STAFF', 'DINAS_ADMIN'] as const) {
      await expect(
        requestListing(await demoActor(role), { productId: product.id, partnerId: partner.id }),
      ).rejects.toBeInstanceOf(AccessDenied);
    }
    const overview = await ownerChannelOverview(owner);
    expect(overview.listings).toHaveLength(1);
    expect(overview.listings[0].readiness.find((r) => r.code === 'PHOTOS')).toMatchObject({ met: false });
  });
});

describe('stage rules', () => {
  it('refuses jumps, needs the checklist (or a recorded override), a URL to go live, and audits each move', async () => {
    const { owner, product, listing, admin } = await setup();
    await expect(
      moveListing(admin, listing.id, { to: 'LIVE', externalUrl: 'https://shopee.co.id/x' }),
    ).rejects.toThrow(/Tidak bisa langsung/);
    await expect(moveListing(owner, listing.id, { to: 'PREPARING' })).rejects.toBeInstanceOf(AccessDenied);
    await moveListing(admin, listing.id, { to: 'PREPARING' });
    await expect(moveListing(admin, listing.id, { to: 'SUBMITTED' })).rejects.toThrow(
      /Belum lengkap: Foto produk/,
    );
    await addProductPhoto(owner, product.id, await pngFile());
    expect((await getListing(admin, listing.id)).readiness.every((r) => r.met)).toBe(true);
    await moveListing(admin, listing.id, { to: 'SUBMITTED' });
    await moveListing(admin, listing.id, { to: 'UNDER_REVIEW' });
    await expect(moveListing(admin, listing.id, { to: 'LIVE' })).rejects.toBeInstanceOf(z.ZodError);
    await expect(
      moveListing(admin, listing.id, { to: 'LIVE', externalUrl: 'javascript:alert(1)' }),
    ).rejects.toBeInstanceOf(z.ZodError);
    await moveListing(admin, listing.id, {
      to: 'LIVE',
      externalUrl: 'https://shopee.co.id/umkm-medan/tas-rajut',
    });
    const live = await getListing(admin, listing.id);
    expect(live).toMatchObject({ stage: 'LIVE', externalUrl: 'https://shopee.co.id/umkm-medan/tas-rajut' });
    expect(live.stageChanges.map((c) => c.toStage)).toEqual([
      'NOT_STARTED',
      'PREPARING',
      'SUBMITTED',
      'UNDER_REVIEW',
      'LIVE',
    ]);
    expect(
      await db.auditLog.count({
        where: { entityType: 'ChannelListing', entityId: listing.id, action: 'channel.listing.move' },
      }),
    ).toBe(4);
  });

  it('lets an admin override a missing item only with a reason, and confirm manual items', async () => {
    const { listing, admin } = await setup('indomaret');
    await moveListing(admin, listing.id, { to: 'PREPARING' });
    await expect(
      moveListing(admin, listing.id, { to: 'SUBMITTED', override: 'true', reason: 'x' }),
    ).rejects.toBeInstanceOf(z.ZodError);
    await confirmRequirement(admin, listing.id, 'GS1', true);
    expect((await getListing(admin, listing.id)).readiness.find((r) => r.code === 'GS1')).toMatchObject({
      met: true,
      how: 'confirmed',
    });
    await moveListing(admin, listing.id, {
      to: 'SUBMITTED',
      override: 'true',
      reason: 'Kurasi khusus program Dinas untuk produk kerajinan.',
    });
    const change = await db.listingStageChange.findFirstOrThrow({
      where: { listingId: listing.id, toStage: 'SUBMITTED' },
    });
    expect(change.override).toBe(true);
  });

  it('needs a reason from the partner to reject, and moves in bulk with a report per listing', async () => {
    const a = await setup();
    const b = await setup();
    const results = await bulkMove(a.admin, [a.listing.id, b.listing.id], { to: 'PREPARING' });
    expect(results.every((r) => r.ok)).toBe(true);
    const again = await bulkMove(a.admin, [a.listing.id], { to: 'LIVE' });
    expect(again[0].ok).toBe(false);
    await expect(moveListing(a.admin, a.listing.id, { to: 'REJECTED' })).rejects.toBeInstanceOf(z.ZodError);
  });
});

describe('readiness and funnel', () => {
  it('reads certificates by expiry, and counts only food for halal', () => {
    const base = {
      msme: {
        nib: '1',
        npwp: null,
        nikHash: 'h',
        bankAccountLast4: '1',
        address: 'x',
        certifications: [{ type: 'HALAL', expiresAt: new Date('2020-01-01') }],
      },
      confirmed: [],
      requirements: [
        { code: 'HALAL', label: 'Halal', required: true },
        { code: 'NPWP', label: 'NPWP', required: true },
      ],
    };
    const food = checkReadiness({
      ...base,
      product: { imageCount: 1, dailyCapacity: null, stock: null, food: true },
    });
    expect(food.map((r) => r.met)).toEqual([false, false]);
    const craft = checkReadiness({
      ...base,
      product: { imageCount: 1, dailyCapacity: null, stock: null, food: false },
    });
    expect(craft[0].met).toBe(true);
  });

  it('shows stages, conversion and median days', async () => {
    const funnel = await channelFunnel(await demoActor('DINAS_ADMIN'));
    expect(funnel.perStage.LIVE).toBeGreaterThan(0);
    expect(funnel.conversionPct).toBeGreaterThan(0);
    expect(Object.keys(funnel.medianDays)).toContain('PREPARING');
    await expect(channelFunnel(await demoActor('OPD_STAFF'))).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe('partners', () => {
  it('lets an admin edit a partner and its requirements, with clear errors', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const partner = await db.channelPartner.findUniqueOrThrow({ where: { slug: 'blibli' } });
    await updatePartner(admin, partner.id, {
      kind: 'MARKETPLACE',
      website: 'https://www.blibli.com/umkm',
      contact: 'Tim UMKM Blibli',
      active: 'true',
    });
    expect((await db.channelPartner.findUniqueOrThrow({ where: { id: partner.id } })).website).toBe(
      'https://www.blibli.com/umkm',
    );
    await expect(
      updatePartner(admin, partner.id, { kind: 'MARKETPLACE', website: 'ftp://x' }),
    ).rejects.toBeInstanceOf(z.ZodError);
    await setRequirement(admin, partner.id, { code: 'sni', label: 'Sertifikat SNI', required: 'true' });
    expect(await db.channelRequirement.count({ where: { partnerId: partner.id, code: 'SNI' } })).toBe(1);
    await removeRequirement(admin, partner.id, 'SNI');
    await expect(removeRequirement(admin, partner.id, 'SNI')).rejects.toMatchObject({ status: 404 });
  });

  it("imports a partner's acceptance list: listings under review go live, others are reported", async () => {
    const { owner, product, partner, listing, admin } = await setup('tokopedia');
    await addProductPhoto(owner, product.id, await pngFile());
    for (const to of ['PREPARING', 'SUBMITTED']) await moveListing(admin, listing.id, { to });
    const slug = (await db.product.findUniqueOrThrow({ where: { id: product.id } })).slug;
    const csv = `product,url,sku\n${slug},https://www.tokopedia.com/umkm-medan/${slug},\ntidak-ada,https://x.test/y,\n`;
    const results = await importAcceptance(admin, partner.id, new File([csv], 'diterima.csv'));
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect((await getListing(admin, listing.id)).stage).toBe('LIVE');
  });

  it('gives a template listing the products waiting for the partner, and reads it back as XLSX', async () => {
    const { owner, product, partner, listing, admin } = await setup('blibli');
    await addProductPhoto(owner, product.id, await pngFile());
    for (const to of ['PREPARING', 'SUBMITTED']) await moveListing(admin, listing.id, { to });
    const slug = (await db.product.findUniqueOrThrow({ where: { id: product.id } })).slug;
    const template = await acceptanceTemplate(admin, partner.id);
    expect(template.lists.product).toContain(slug);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await templateXlsx(template)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'product', 'url', 'sku']);
    expect(sheet.getCell('A5').dataValidation).toMatchObject({ type: 'list' });
    // Filled in as a person would, the example row replaced by the accepted product.
    sheet.getCell('A2').value = slug;
    sheet.getCell('B2').value = `https://www.blibli.com/p/${slug}`;
    sheet.getCell('C2').value = 'BLI-0001';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const results = await importAcceptance(admin, partner.id, new File([bytes], 'diterima.xlsx'));
    expect(results).toEqual([expect.objectContaining({ ok: true, product: slug })]);
    expect((await getListing(admin, listing.id)).stage).toBe('LIVE');
  });
});
