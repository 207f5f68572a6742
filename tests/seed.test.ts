import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';

describe('demo data', () => {
  it('looks like Medan and is big enough to use', async () => {
    expect(await db.kecamatan.count()).toBe(21);
    expect(await db.kelurahan.count()).toBe(151);
    expect(await db.msme.count()).toBeGreaterThanOrEqual(60);
    expect(await db.product.count()).toBeGreaterThanOrEqual(300);
    expect(await db.opd.count({ where: { kind: 'KECAMATAN' } })).toBe(21);
    const kecamatanWithMsmes = await db.msme.groupBy({
      by: ['kecamatanCode'],
      where: { kecamatanCode: { not: null } },
    });
    expect(kecamatanWithMsmes.length).toBe(21);
    expect(await db.procurementOrder.count({ where: { status: 'PAID' } })).toBeGreaterThan(5);
    expect(
      await db.channelListing.count({ where: { stage: 'LIVE', externalUrl: { not: null } } }),
    ).toBeGreaterThan(0);
  });

  it('stores no NIK in plain text', async () => {
    const rows = await db.$queryRaw<
      { n: bigint }[]
    >`select count(*) as n from "Msme" where "nikCipher" ~ '^1271[0-9]{12}$'`;
    expect(Number(rows[0].n)).toBe(0);
  });
});
