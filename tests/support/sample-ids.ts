import crypto from 'node:crypto';
import { db } from '@/lib/server/db';

/**
 * Where a product falls among the search samples (decisions 025, 026), by PostgreSQL's own hash of
 * its id: in the sixteenth (and so in the quarter too), in the quarter only, or in neither.
 */
export type SamplePlace = 'sixteenth' | 'quarter' | 'neither';

/** `n` fresh product ids that fall in `place`: tests that need one way of a search choose it. */
export async function productIdsIn(place: SamplePlace, n: number) {
  const found: string[] = [];
  while (found.length < n) {
    const tries = Array.from({ length: 64 }, () => `zq${crypto.randomBytes(8).toString('hex')}`);
    const rows = await db.$queryRaw<{ id: string; h: number }[]>`
      SELECT id, hashtext(id) AS h FROM unnest(${tries}::text[]) AS t(id)`;
    const placeOf = (h: number): SamplePlace =>
      (h & 15) === 0 ? 'sixteenth' : (h & 3) === 0 ? 'quarter' : 'neither';
    found.push(...rows.filter((r) => placeOf(r.h) === place).map((r) => r.id));
  }
  return found.slice(0, n);
}
