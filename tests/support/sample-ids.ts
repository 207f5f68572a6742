import crypto from 'node:crypto';
import { db } from '@/lib/server/db';

/**
 * `n` fresh product ids that are (or are not) in the search sample (decision 025), asked of
 * PostgreSQL's own hash: tests that need one way of a search choose where their products fall.
 */
export async function productIdsInSample(sampled: boolean, n: number) {
  const found: string[] = [];
  while (found.length < n) {
    const tries = Array.from({ length: 64 }, () => `zq${crypto.randomBytes(8).toString('hex')}`);
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM unnest(${tries}::text[]) AS t(id) WHERE ((hashtext(id) & 15) = 0) = ${sampled}`;
    found.push(...rows.map((r) => r.id));
  }
  return found.slice(0, n);
}
