import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { readRows } from '@/lib/db/client';
import { readDb } from '@/lib/server/read-db';
import { queryTerms } from './search-variants';

/** What catalog_words says of a query word: in how many product names it is (0: in none), and
 * the closest word the catalog does use when it is in none (for "maksud Anda"). */
export type WordFacts = { ndoc: number; closest: string | null };

// Kept in this process for a minute: the long tail is made of new combinations of the same few
// thousand words, so most searches need no statement for them at all. The word list itself is
// refreshed every 15 minutes (catalog.words).
const WORD_TTL_MS = 60_000;
const WORD_CACHE_MAX = 20_000;
const wordCache = new Map<string, WordFacts & { at: number }>();

/** The facts of each word, in order: at most one statement, for words not seen in the last minute. */
export async function wordFacts(words: string[]): Promise<WordFacts[]> {
  const now = Date.now();
  const fresh = (w: string) => {
    const hit = wordCache.get(w);
    return hit && now - hit.at < WORD_TTL_MS ? hit : undefined;
  };
  const missing = [...new Set(words.filter((w) => !fresh(w)))];
  if (missing.length) {
    const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
    const rows = await readRows<{ word: string; ndoc: number; closest: string | null }>(
      db,
      Prisma.sql`
      SELECT w.word, coalesce(c.ndoc, 0)::int AS ndoc,
        CASE WHEN c.word IS NULL THEN (
          SELECT o.word FROM catalog_words o WHERE length(w.word) >= 3 AND o.word % w.word
          ORDER BY similarity(o.word, w.word) DESC, o.ndoc DESC LIMIT 1
        ) END AS closest
      FROM unnest(${missing}::text[]) AS w(word) LEFT JOIN catalog_words c ON c.word = w.word`,
    );
    if (wordCache.size + rows.length > WORD_CACHE_MAX) wordCache.clear();
    for (const r of rows) wordCache.set(r.word, { ndoc: r.ndoc, closest: r.closest, at: now });
  }
  return words.map((w): WordFacts => wordCache.get(w) ?? { ndoc: 0, closest: null });
}

let productCount: { n: number; at: number } | null = null;

/** About how many products there are (the planner's figure), kept ten minutes. */
async function productsAbout() {
  if (productCount && Date.now() - productCount.at < 600_000) return productCount.n;
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  const [row] = await readRows<{ n: number }>(
    db,
    Prisma.sql`
    SELECT CASE WHEN c.reltuples > 0 THEN c.reltuples::int ELSE (SELECT count(*)::int FROM "Product") END AS n
    FROM pg_class c WHERE c.oid = '"Product"'::regclass`,
  );
  productCount = { n: Math.max(1, row?.n ?? 1), at: Date.now() };
  return productCount.n;
}

/**
 * How many products a text query matches at most, from the words of product names
 * (catalog_words): each term counts the names holding any of its variants (a phrase: its rarest
 * word), and the query matches no more than its rarest term. Words that go together come near it
 * ("nasi kotak ayam": 23,393 of a million products); taken as independent, the terms said 115
 * (decision 026). A guess for choosing how to search, never shown: it misses stems and
 * descriptions, and the list is up to 15 minutes old.
 */
export async function matchesAtMost(q: string) {
  const terms = queryTerms(q);
  if (terms.length === 0) return 0;
  const words = terms.flatMap((alternatives) => alternatives.flatMap((a) => a.split(' ')));
  const [facts, total] = await Promise.all([wordFacts(words), productsAbout()]);
  const ndoc = new Map(words.map((w, i) => [w, facts[i].ndoc]));
  return Math.min(
    total,
    ...terms.map((alternatives) =>
      alternatives.reduce((sum, a) => sum + Math.min(...a.split(' ').map((w) => ndoc.get(w) ?? 0)), 0),
    ),
  );
}
