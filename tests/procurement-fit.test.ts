// Candidates that fit the need (issue #19): each UMKM with its product that best matches the need's
// words, category and unit, judged for capacity over the days before delivery.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { candidatesForNeed } from '@/lib/procurement/candidates';
import { daysBeforeDelivery, fitProblem } from '@/lib/procurement/fit';
import { eventWithNeed } from './support/procurement';

describe('fit', () => {
  it('judges capacity over the days left, lead time against them, stock on hand first', () => {
    const p = { stock: null, dailyCapacity: 600, leadTimeDays: 1 };
    expect(fitProblem(p, 150, 3)).toBeNull();
    expect(fitProblem(p, 2000, 3)).toEqual({
      rule: 'capacity',
      text: 'kapasitas 600/hari × 3 hari = 1.800, kurang dari 2.000',
    });
    expect(fitProblem({ ...p, leadTimeDays: 5 }, 10, 3)).toMatchObject({
      rule: 'lead-time',
      text: 'perlu 5 hari persiapan, tersedia 3 hari',
    });
    expect(fitProblem({ ...p, stock: 40 }, 50, 9)).toMatchObject({
      rule: 'stock',
      text: 'stok 40, kurang dari 50',
    });
    expect(fitProblem({ ...p, stock: 5000, dailyCapacity: 1 }, 2000, 1)).toBeNull();
    // Calendar days in Medan: delivery at 09:00 WIB on 4 Dec leaves 3 days from 1 Dec, at any hour.
    expect(daysBeforeDelivery(new Date('2026-12-04T02:00:00Z'), new Date('2026-11-30T20:00:00Z'))).toBe(3);
    expect(daysBeforeDelivery(new Date('2026-12-04T02:00:00Z'), new Date('2026-12-01T16:59:00Z'))).toBe(3);
  });

  it("lists each caterer with its product for the need's words, not its cheapest, and says which rule an unfit one fails", async () => {
    const { staff, needId } = await eventWithNeed({ quantity: 150, paguIdr: 50_000_000 });
    const list = await candidatesForNeed(staff, needId);
    const bunda = list.find((c) => c.msmeName === 'Katering Bunda Rasa')!;
    expect(bunda.product.name).toMatch(/^Nasi Kotak/);
    expect(bunda).toMatchObject({ fits: true, reason: null });
    // Products that say what the need asks for come before those that only share its category.
    const fitting = list.filter((c) => c.fits);
    const firstCategoryOnly = fitting.findIndex((c) => !c.matchesWords);
    if (firstCategoryOnly >= 0)
      expect(fitting.slice(firstCategoryOnly).every((c) => !c.matchesWords)).toBe(true);
    expect(fitting[0].matchesWords).toBe(true);
    // Without a category only the words decide: no sambal, seminar kit, paper or batik shirt.
    await db.eventNeed.update({ where: { id: needId }, data: { categoryId: null } });
    const byWords = await candidatesForNeed(staff, needId);
    expect(byWords.length).toBeGreaterThan(0);
    expect(byWords.filter((c) => !/nasi|kotak/i.test(c.product.name)).map((c) => c.product.name)).toEqual([]);
    // Far more than anyone can cook in the days left: every one says why.
    await db.eventNeed.update({ where: { id: needId }, data: { quantity: 50_000 } });
    const tooMuch = await candidatesForNeed(staff, needId);
    expect(tooMuch.every((c) => !c.fits && c.failedRule && c.reason)).toBe(true);
    expect(tooMuch.find((c) => c.failedRule === 'capacity')?.reason).toMatch(
      /^kapasitas \d[\d.]*\/hari × \d+ hari = [\d.]+, kurang dari 50\.000$/,
    );
  });
});
