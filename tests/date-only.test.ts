// Date-only fields keep their day whatever the server's time zone (issue #12): a certificate expiring
// on 17 Aug 2027 reads back, shows and resaves as 17 Aug 2027, with the server in UTC, in
// Asia/Jakarta and west of UTC. Node applies a new process.env.TZ at once.
import { afterAll, describe, expect, it } from 'vitest';
import {
  dateOnlyFromDb,
  excelSerialDate,
  formatDateOnly,
  readDateOnly,
  todayInMedan,
} from '@/lib/format/date-only';
import { getOwnRegistration, saveRegistration } from '@/lib/msme/registration';
import { productPage } from '@/lib/catalog/product-page';
import { db } from '@/lib/server/db';
import { isStillValid } from '@/lib/msme/certificates';
import { newActor } from './support/actors';
import { registrationInput } from './support/fixtures';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('readDateOnly', () => {
  it('reads ISO and dd/mm/yyyy, and refuses days that do not exist', () => {
    expect(readDateOnly('2027-08-17')).toBe('2027-08-17');
    expect(readDateOnly('17/08/2027')).toBe('2027-08-17');
    expect(readDateOnly('7-8-2027')).toBe('2027-08-07');
    expect(readDateOnly('31/02/2027')).toBeNull();
    expect(readDateOnly('2027-13-01')).toBeNull();
    expect(readDateOnly('08/17/2027')).toBeNull(); // month 17: not a US date guessed into shape
    expect(readDateOnly('besok')).toBeNull();
  });

  it('reads a spreadsheet day number from an imported XLSX cell', () => {
    expect(excelSerialDate('46616')).toBe('2027-08-17');
    expect(excelSerialDate('45000.5')).toBe('2023-03-15');
    expect(excelSerialDate('17/08/2027')).toBeNull();
    expect(excelSerialDate('123')).toBeNull();
  });

  it("knows today's date in Medan near midnight", () => {
    expect(todayInMedan(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
    expect(todayInMedan(new Date('2026-11-30T16:59:00Z'))).toBe('2026-11-30');
  });

  it('counts a certificate valid through its expiry day in Medan', () => {
    const expiry = new Date('2026-12-01T00:00:00Z');
    expect(isStillValid(expiry, new Date('2026-12-01T16:00:00Z'))).toBe(true); // 23:00 WIB
    expect(isStillValid(expiry, new Date('2026-12-01T17:30:00Z'))).toBe(false); // 00:30 WIB next day
  });
});

describe.each(['UTC', 'Asia/Jakarta', 'America/Los_Angeles'])('with the server in %s', (tz) => {
  it('a certificate expiry typed as 17/08/2027 round-trips through save, reopen, resave and the public page', async () => {
    process.env.TZ = tz;
    const owner = await newActor('MSME_OWNER');
    const input = await registrationInput({
      certifications: [{ type: 'HALAL', number: 'ID1211000077', expiresAt: '17/08/2027' }],
    });
    const { id } = await saveRegistration(owner, input, false);
    const actor = { ...owner, msmeId: id };
    const reopened = await getOwnRegistration(actor);
    const shown = reopened!.certifications.map((c) => dateOnlyFromDb(c.expiresAt!));
    expect(shown).toEqual(['2027-08-17']);
    // Resaving what the form shows keeps the day.
    await saveRegistration(
      actor,
      { ...input, certifications: [{ type: 'HALAL', number: 'ID1211000077', expiresAt: shown[0] }] },
      false,
    );
    const stored = await db.certification.findFirstOrThrow({ where: { msmeId: id } });
    expect(dateOnlyFromDb(stored.expiresAt!)).toBe('2027-08-17');
    expect(formatDateOnly(stored.expiresAt!)).toBe('17 Agu 2027');
    // The public product page of a verified business shows the same day.
    await db.msme.update({ where: { id }, data: { status: 'VERIFIED', verifiedAt: new Date() } });
    const category = await db.category.findUniqueOrThrow({ where: { slug: 'oleh-oleh' } });
    const product = await db.product.create({
      data: {
        msmeId: id,
        categoryId: category.id,
        name: `Keripik ${tz}`,
        slug: `keripik-${id}`,
        priceIdr: 15000,
        unit: 'bungkus',
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
    });
    const page = await productPage(product.slug);
    expect(page?.msme.certifications.map((c) => formatDateOnly(c.expiresAt as unknown as string))).toEqual([
      '17 Agu 2027',
    ]);
  });
});
