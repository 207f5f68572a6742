import 'server-only';
import { z } from 'zod';
import { readDb } from '@/lib/server/read-db';
import { Prisma } from '@/lib/generated/prisma/client';
import { readRows } from '@/lib/db/client';
import { DomainError } from '@/lib/server/action';
import { imageUrl } from './image-url';
import type { ProductQuery, sorts } from './search-schema';
import { normalize, queryTerms, withoutSuffix } from './search-variants';
import { FACET_SAMPLE } from './facet-sample';
import { categoryIdOf, kecamatanMsmeIds, namesFor } from './filter-ids';
import { matchesAtMost, wordFacts } from './word-facts';

// Keyset pagination: the cursor holds the sort key and id of the last row (and which matcher
// found it, and for relevance where its candidates were read from first: 's', the sixteenth, 'q',
// the quarter, 'w', the whole catalog), so page 400 costs what page 1 costs and ranks the same
// candidates. Relevance is rounded so the cursor compares exactly what the query computed. A
// newest-first key must be a real time: the walk hands it to PostgreSQL as one.
const cursorTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$/)
  .refine((key) => {
    const [y, mo, d, h, mi, sec] = key.split(/[-T:.]/).map(Number);
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
    return (
      t.getUTCFullYear() === y &&
      t.getUTCMonth() === mo - 1 &&
      t.getUTCDate() === d &&
      t.getUTCHours() === h &&
      t.getUTCMinutes() === mi &&
      t.getUTCSeconds() === sec
    );
  });
const cursorSchema = z.tuple([
  z.union([z.number().finite(), cursorTime]),
  z.string().regex(/^[a-z0-9]{1,40}$/i),
  z.enum(['f', 'c']),
  z.enum(['s', 'q', 'w']).optional(),
]);
type Matcher = 'f' | 'c';
/** Where a relevance page's candidates are read from first (`Tier`); pageOf decides it unless a
 * cursor already did. */
type Candidates = { first?: 's' | 'q' | 'w' };

function encodeCursor(key: number | string, id: string, matcher: Matcher, candidates: Candidates) {
  const source = candidates.first === undefined ? [] : [candidates.first];
  return Buffer.from(JSON.stringify([key, id, matcher, ...source])).toString('base64url');
}

function decodeCursor(cursor: string) {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new z.ZodError([
      {
        code: 'custom',
        path: ['cursor'],
        message: 'kursor tidak valid; gunakan nextCursor dari respons sebelumnya',
        input: cursor,
      },
    ]);
  }
}

/**
 * The WHERE clause for public products matching the filters (search text handled separately). A
 * category and a kecamatan are also given as ids the Product table's indexes hold, so that the
 * planner can intersect them with the text index (lib/catalog/filter-ids.ts). For a text search
 * (`text`), the kecamatan is asked as the text indexes hold it: the UMKM's id as a one-element
 * array, GIN's overlap `&&` (migration 20261207090000_search_index_filters). Asked as `= ANY`
 * as well, the planner intersected the text index's bitmap with the UMKM index's ("kopi" in Medan
 * Kota at a million products: 40,324 entries read, 13 ms; the text index alone: 4 ms).
 */
async function filters(query: ProductQuery, text = false) {
  const parts: Prisma.Sql[] = [Prisma.sql`p.status = 'PUBLISHED' AND p."msmeVerified"`];
  if (query.category) {
    const id = await categoryIdOf(query.category);
    parts.push(id ? Prisma.sql`p."categoryId" = ${id}` : Prisma.sql`false`);
  }
  if (query.kecamatan) {
    const ids = await kecamatanMsmeIds(query.kecamatan);
    const inKecamatan = text
      ? Prisma.sql`ARRAY[p."msmeId"] && ${ids}::text[]`
      : Prisma.sql`p."msmeId" = ANY(${ids}::text[])`;
    parts.push(ids.length ? inKecamatan : Prisma.sql`false`);
  }
  if (query.halal) parts.push(Prisma.sql`p.halal = ${query.halal === 'true'}`);
  if (query.availability === 'ready') parts.push(Prisma.sql`p.stock > 0`);
  if (query.availability === 'made-to-order') parts.push(Prisma.sql`p.stock IS NULL`);
  if (query.minPrice !== undefined) parts.push(Prisma.sql`p."priceIdr" >= ${query.minPrice}`);
  if (query.maxPrice !== undefined) parts.push(Prisma.sql`p."priceIdr" <= ${query.maxPrice}`);
  if (query.channel) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ChannelListing" l JOIN "ChannelPartner" cp ON cp.id = l."partnerId"
      WHERE l."productId" = p.id AND l.stage = 'LIVE' AND cp.slug = ${query.channel})`);
  }
  return parts;
}

// Searches and facets read the product alone: its UMKM's standing and kecamatan are copied beside
// it (migration 20261207133000_product_msme_facts, decision 029), filters go by id, and facets name
// categories and kecamatan from a cached list. Every join left out is work saved on each search:
// the join to the UMKM was a hash of every UMKM built in each statement's every read.
const fromProducts = (products: Prisma.Sql) => Prisma.sql`FROM ${products} p`;
const fromClause = fromProducts(Prisma.sql`"Product"`);
/**
 * Two matchers, tried in order: 'f' is full-text search with Indonesian stemming (rajutan finds
 * rajut), each query term also matching its variants (lib/catalog/search-variants.ts: kripik finds
 * keripik, kopinya finds kopi). When it fills less than a page, 'c' adds the query with each word
 * the catalog does not use corrected to the closest one it does (bolu merenti finds bolu meranti;
 * `correctedQuery`). Both are one GIN lookup: the misspelling is matched against the catalog's
 * few thousand words, never against every product name (decision 021).
 */
const textMatch = Prisma.sql`p."searchVector" @@ (SELECT tsq FROM q)`;

/**
 * The same match, in a form no index answers: beside the price bands' index (`inBand`), which
 * already narrows the rows to a band, a bitmap of the text index would read every match of a
 * common word for nothing.
 */
const textChecked = Prisma.sql`ts_match_vq(p."searchVector", (SELECT tsq FROM q))`;

/**
 * The words a text search asks the price-band index for (migration
 * 20261207080000_search_price_tokens, decision 027), as a statement for a WITH list: the first word
 * of each alternative of each term, of the query and of its correction (`t`, `term`, `word`).
 */
function bandWords(texts: (string | null | undefined)[]) {
  const alternatives = texts.flatMap((text, t) =>
    text
      ? queryTerms(text).flatMap((alts, term) =>
          alts.map((alt) => Prisma.sql`(${t}::int, ${term}::int, ${alt}::text)`),
        )
      : [],
  );
  if (alternatives.length === 0) return null;
  return Prisma.sql`SELECT DISTINCT t, term, word FROM (
      SELECT t, term, (tsvector_to_array(to_tsvector('indonesian', unaccent(alt))))[1] AS word
      FROM (VALUES ${Prisma.join(alternatives)}) AS alts(t, term, alt)
    ) first_words WHERE word IS NOT NULL`;
}

/**
 * The price-band index's condition for the `words` CTE in one band (`band`): every term of a text,
 * each as any of its words, in that band; any text. One band at a time: asked for every term in
 * many bands at once, the index read every term's posting list in every band for each candidate
 * ("mini batik" cheapest first, 57 bands: 74 ms for 731 rows); in one band the terms' short lists
 * are intersected.
 */
function inBand(band: Prisma.Sql) {
  return Prisma.sql`search_price_tokens(p."searchVector", p."priceIdr") @@ (
      SELECT string_agg(every_term, ' | ')::tsquery FROM (
        SELECT '(' || string_agg(any_word, ' & ') || ')' AS every_term FROM (
          SELECT t, '(' || string_agg(${tokenKey(band)}, ' | ') || ')' AS any_word FROM words GROUP BY t, term
        ) terms GROUP BY t
      ) texts
    )`;
}

/** A token index's key, a word of the `words` CTE and `suffix`, in tsquery's text form: quoted,
 * its quotes and backslashes doubled. */
function tokenKey(suffix: Prisma.Sql) {
  return Prisma.sql`'''' || replace(replace(word || '~' || ${suffix}, '\\', '\\\\'), '''', '''''') || ''''`;
}

/**
 * The filter-token index's condition for the `words` CTE and `suffixes` (a set of rows, `suffix`):
 * for any suffix, every term of a text paired with it, each as any of its words; any text. A
 * product has one category and one UMKM, so a clause per suffix matches what "every term, each with
 * any suffix" would; but GIN then walks only each clause's rarest list, where the other form
 * walked the rarest term's lists in every clause.
 */
function inFilterTokens(suffixes: Prisma.Sql) {
  return Prisma.sql`search_filter_tokens(p."searchVector", p."categoryId", p."msmeId") @@ (
      SELECT string_agg(clause, ' | ')::tsquery FROM (
        SELECT '(' || string_agg(any_word, ' & ') || ')' AS clause FROM (
          SELECT t, suffix, '(' || string_agg(${tokenKey(Prisma.sql`suffix`)}, ' | ') || ')' AS any_word
          FROM words, ${suffixes} GROUP BY t, suffix, term
        ) terms GROUP BY t, suffix
      ) clauses
    )`;
}

/** The most lookups (a word with a suffix) one search asks the filter tokens for. */
const FILTER_TOKENS_MAX = 512;

/**
 * The whole catalog's matches of a text search as conditions on the filter-token index (migration
 * 20261207100000_search_filter_tokens, decision 028), which pairs each word with the product's
 * category ('~c' and its id) and with its UMKM ('~m' and its id), or null where the text index
 * serves as well. `words` are the texts' (`bandWords`), `texts` the query and its correction.
 * In a category or kecamatan: the words with the category, or with any UMKM of the kecamatan.
 * Those posting lists hold only the filter's matches; the text index with the filters beside the
 * words walked the word's and the filter's whole lists to intersect them ("ulos" in Medan Deli at
 * a million products: 11 ms for none; here 0.5 ms). The text is checked beside the index, in a
 * form no index answers (`textChecked`); the filters the tokens hold are left out. Null without
 * such a filter (searches with none, asked a clause per category, were slower: decision 028).
 */
async function filterTokens(query: ProductQuery, words: Prisma.Sql | null, texts: (string | null)[]) {
  if (!words || !(query.category || query.kecamatan)) return null;
  const alternatives = texts.flatMap((text) => (text ? queryTerms(text).flat() : [])).length;
  const conditions: Prisma.Sql[] = [];
  let rest: ProductQuery = query;
  if (query.category) {
    const id = await categoryIdOf(query.category);
    if (!id) return null; // no such category: `filters` says so
    conditions.push(inFilterTokens(Prisma.sql`(SELECT ${`c${id}`}::text AS suffix) suffixes`));
    rest = { ...rest, category: undefined };
  }
  if (query.kecamatan) {
    const ids = await kecamatanMsmeIds(query.kecamatan);
    // A kecamatan of very many UMKM: its UMKM in the text index cost less than the lookups.
    if (ids.length > 0 && ids.length * alternatives <= FILTER_TOKENS_MAX) {
      const suffixes = ids.map((id) => `m${id}`);
      conditions.push(inFilterTokens(Prisma.sql`unnest(${suffixes}::text[]) AS suffix`));
      rest = { ...rest, kecamatan: undefined };
    }
  }
  if (conditions.length === 0) return null;
  return {
    /** for a statement's WITH list */
    words: Prisma.sql`words AS MATERIALIZED (${words}),`,
    where: [...(await filters(rest, true)), textChecked, ...conditions],
  };
}

/** The query with its unknown words corrected (the "maksud Anda" suggestion), or null. */
async function correctedQuery(q: string) {
  return (await suggestions(q))[0] ?? null;
}

/**
 * The query as one tsquery, `q`, for a statement's WITH list: every term (AND), each as any of its
 * variants (OR), phrases kept in order. An empty query (or one of stop words only) matches nothing.
 * The planner sees it as an unknown (an InitPlan, 0.5% of the products assumed), and that is
 * wanted: an estimate from the column's statistics made LIMIT plans over common words read the
 * whole table when a filter excluded them (decision 023).
 */
function queryCte(q: string | undefined, corrected: string | null = null) {
  const term = (alternatives: string[]) =>
    Prisma.sql`(${Prisma.join(
      alternatives.map((a) => Prisma.sql`phraseto_tsquery('indonesian', unaccent(${a}))`),
      ' || ',
    )})`;
  const tsquery = (text: string) => {
    const terms = queryTerms(text);
    return terms.length ? Prisma.sql`(${Prisma.join(terms.map(term), ' && ')})` : null;
  };
  const queries = [q, corrected].flatMap((text) => (text ? (tsquery(text) ?? []) : []));
  if (queries.length === 0) return Prisma.sql`q AS (SELECT ''::tsquery AS tsq)`;
  return Prisma.sql`q AS (SELECT ${Prisma.join(queries, ' || ')} AS tsq)`;
}

/**
 * Two samples of the products, chosen by a hash of the id, have text indexes of their own: a
 * sixteenth and a quarter (the sixteenth is inside the quarter). Each index holds the product's
 * category and UMKM beside its words (migrations 20261207020000_search_sample and
 * 20261207053000_search_samples_filters; decisions 025, 026). The text index gives its matches as
 * one bitmap built whole before the first row is read: 62,930 entries for "sambel" at a million
 * products, 10 ms, though ranking wants 300 of them and facets 1,000. Read from a sample's index,
 * a common word costs a sixteenth or a quarter of that; a rare word, too few in the samples, is
 * read from the whole catalog's index, which is cheap for it. The expressions must stay the
 * indexes' predicates.
 */
export const SAMPLE_SHARE = 16;
const inSample = Prisma.sql`(hashtext(p.id) & 15) = 0`;
/** Where a search's matches are read from first: the sixteenth, the quarter, the whole catalog. */
type Tier = 's' | 'q' | 'w';
const samples = [
  { tier: 's', share: SAMPLE_SHARE, where: inSample },
  { tier: 'q', share: 4, where: Prisma.sql`(hashtext(p.id) & 3) = 0` },
] as const;

/**
 * How many products a search matches at most, for choosing where to read them (never shown): the
 * rarest term's count in catalog_words (`matchesAtMost`), and a category or kecamatan taken as an
 * even share of the catalog.
 */
async function mostMatches(query: ProductQuery, texts: (string | null | undefined)[]) {
  let most = 0;
  for (const text of texts) if (text) most += await matchesAtMost(text);
  const { categories: c, kecamatan: k } = await namesFor([], []);
  if (query.category) most /= Math.max(1, c.byId.size);
  if (query.kecamatan) most /= Math.max(1, k.byCode.size);
  return most;
}

/**
 * The smallest sample that may hold `needed` matches, or the whole catalog. The samples' indexes
 * hold the words, the category and the UMKM; halal, ready stock and price leave most matches in and
 * are checked in the table. A channel is not in the indexes and leaves few: the whole catalog.
 * Decided by what the search matches at most (its rarest term), not by the terms taken as
 * independent: words that go together ("nasi kotak ayam") then read a sample, and words that do not
 * ("pedas premium", none) find the sixteenth short, a sixteenth of their posting lists read for
 * nothing, and go on to the whole catalog; the quarter is read after the sixteenth only when the
 * sixteenth's count says it likely holds enough (`sampledMatches`). A sample read for nothing is a
 * detour: at 100,000 products, tried on every search, the sixteenth cost a word of middling use
 * more than it saved (decision 025). `sampleMargin` asks that much more of the sixteenth.
 */
async function firstTier(query: ProductQuery, texts: (string | null | undefined)[], needed: number) {
  if (query.channel) return 'w';
  const most = await mostMatches(query, texts);
  const tier = samples.find(
    (s) => most >= needed * s.share * (s.tier === 's' ? searchTuning.sampleMargin : 1),
  );
  return tier?.tier ?? 'w';
}

/** Whether the sixteenth may hold `needed` matches (a sorted search's "many" check). */
async function sampleHelps(query: ProductQuery, texts: (string | null | undefined)[], needed: number) {
  return (await firstTier(query, texts, needed)) === 's';
}

/**
 * CTEs for at most `limit` matches of `where` (which holds the text match), `<name>`: from the
 * sixteenth when `first` is 's' and it holds `limit` of them, else from the quarter when it does
 * ('s' or 'q'), else from the whole catalog; each read only when the ones before were short, and the
 * quarter after the sixteenth only when four times the sixteenth's count reaches `limit`.
 */
function sampledMatches(
  name: string,
  columns: Prisma.Sql,
  where: Prisma.Sql[],
  limit: number,
  first: Tier,
  /** `where` as the whole catalog is asked it (`filterTokens`) */
  whole: Prisma.Sql[] = where,
) {
  const tried = first === 'w' ? [] : samples.slice(samples.findIndex((s) => s.tier === first));
  const ctes: Prisma.Sql[] = [];
  const short: Prisma.Sql[] = [];
  const parts: Prisma.Sql[] = [];
  let worthReading: Prisma.Sql[] = [];
  for (const sample of tried) {
    const cte = Prisma.raw(`${name}_${sample.tier}`);
    const conditions = [...where, sample.where, ...short, ...worthReading];
    ctes.push(Prisma.sql`${cte} AS MATERIALIZED (
        SELECT ${columns} ${fromClause} WHERE ${Prisma.join(conditions, ' AND ')} LIMIT ${limit}
      )`);
    const enough = Prisma.sql`(SELECT count(*) >= ${limit} FROM ${cte})`;
    parts.push(Prisma.sql`SELECT * FROM ${cte} WHERE ${enough}`);
    short.push(Prisma.sql`NOT ${enough}`);
    // The sixteenth's count, short of `limit`, foretells the quarter's: about four times it.
    worthReading =
      sample.tier === 's'
        ? [Prisma.sql`(SELECT count(*) * ${SAMPLE_SHARE / 4} >= ${limit} FROM ${cte})`]
        : [];
  }
  const wholeCte = Prisma.raw(`${name}_w`);
  const conditions = [...whole, ...short];
  ctes.push(Prisma.sql`${wholeCte} AS MATERIALIZED (
      SELECT ${columns} ${fromClause} WHERE ${Prisma.join(conditions, ' AND ')} LIMIT ${limit}
    )`);
  parts.push(Prisma.sql`SELECT * FROM ${wholeCte}`);
  return Prisma.sql`${Prisma.join(ctes, ',\n')},
    ${Prisma.raw(name)} AS (${Prisma.join(parts, ' UNION ALL ')})`;
}
/**
 * A page of a sorted text query (decisions 023, 024, 026; `sortedTextPage`): a short walk of the
 * sort order (`shortWalk` products), then the matches read from the text index when they are at
 * most `sortedWalk`, then a long walk (`sortedWalk` products), then the matches up to where the
 * sample's `bandMargin` pages end, then every match sorted.
 * Ranking reads every match; past `relevanceCandidates`, relevance is ranked among that many
 * matches, from the sample's index when it holds them (the shopper refines with filters; the other
 * sorts stay exact; decisions 004, 025). The sample is tried when a search likely matches
 * `sampleMargin` times what it needs (`sampleHelps`). Settings only tests change, to see every way
 * on a small catalog.
 */
export const searchTuning = {
  shortWalk: 300,
  sortedWalk: 3_000,
  relevanceCandidates: 300,
  sampleMargin: 1.5,
  bandMargin: 4,
  /** told which step found a sorted text page (tests see each way taken) */
  onSortedStep: undefined as ((step: 'walks' | 'bands' | 'band' | 'every') => void) | undefined,
  /** told when facets are counted by a statement (tests see when none is needed) */
  onFacetsCounted: undefined as (() => void) | undefined,
};

type Row = { id: string; key: number | string };

/** Whether a cursor's key can be one of `sort`'s: a time's text, a rank, a price in whole rupiah. */
function keyFits(sort: (typeof sorts)[number], key: number | string) {
  if (sort === 'newest') return typeof key === 'string';
  if (typeof key !== 'number') return false;
  return sort === 'relevance' || (Number.isInteger(key) && Math.abs(key) <= 2_147_483_647);
}

async function pageOf(
  query: ProductQuery,
  sort: (typeof sorts)[number],
  matcher: Matcher | null,
  after: [number | string, string] | null,
  corrected: string | null = null,
  candidates: Candidates = {},
) {
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  const q = query.q?.trim();
  const where = await filters(query, Boolean(matcher && q));
  const withQ = queryCte(q, corrected);
  if (matcher && q) where.push(textMatch);
  const words = matcher && q ? bandWords([q, corrected]) : null;
  const narrowed = await filterTokens(query, words, [q ?? null, corrected]);
  const descending = sort !== 'price-asc';
  let keyset = Prisma.empty;
  if (after) {
    const [value, id] = after;
    if (!keyFits(sort, value))
      throw new z.ZodError([
        {
          code: 'custom',
          path: ['cursor'],
          message: 'kursor tidak cocok dengan urutan',
          input: query.cursor,
        },
      ]);
    keyset = Prisma.sql`WHERE ${keysetOn(Prisma.sql`key`, [value, id], descending)}`;
  }
  const order = descending ? Prisma.sql`key DESC, id ASC` : Prisma.sql`key ASC, id ASC`;
  const limit = query.limit + 1;
  if (sort === 'relevance') {
    const rank = Prisma.sql`round(ts_rank(sv, (SELECT tsq FROM q))::numeric, 6)::float8`;
    const columns = Prisma.sql`p.id, p."searchVector" AS sv`;
    const count = searchTuning.relevanceCandidates;
    // In a category or kecamatan the filter tokens hold, the whole catalog's matches cost what
    // the filter's own do: a sample's index walked the word's and the filter's lists (decision 028).
    candidates.first ??= narrowed ? 'w' : await firstTier(query, [q, corrected], count);
    return readRows<Row>(
      db,
      Prisma.sql`WITH ${withQ}, ${narrowed?.words ?? Prisma.empty}
      ${sampledMatches('candidates', columns, where, count, candidates.first, narrowed?.where)}
      SELECT id, key FROM (SELECT id, ${rank} AS key FROM candidates) ranked ${keyset}
      ORDER BY ${order} LIMIT ${limit}`,
    );
  }
  // Newest: the key is the publication time as text (the cursor carries it, to the microsecond).
  const newest = sort === 'newest';
  const keyOf = (value: Prisma.Sql) =>
    newest ? Prisma.sql`to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')` : value;
  const sortValue = newest ? Prisma.sql`coalesce(p."publishedAt", p."createdAt")` : Prisma.sql`p."priceIdr"`;
  if (q) {
    return sortedTextPage(db, {
      byPrice: !newest,
      sampled: inSample,
      texts: [q, corrected],
      words,
      narrowed,
      query,
      withQ,
      where,
      descending,
      after,
      limit,
      sortValue,
      keyOf,
      boundOf: (key) => (newest ? Prisma.sql`(${key}::timestamptz AT TIME ZONE 'UTC')` : Prisma.sql`${key}`),
    });
  }
  return readRows<Row>(
    db,
    Prisma.sql`WITH ${withQ}
    SELECT id, key FROM (SELECT p.id, ${keyOf(sortValue)} AS key ${fromClause} WHERE ${Prisma.join(where, ' AND ')}) ranked ${keyset}
    ORDER BY ${order} LIMIT ${limit}`,
  );
}

type ReadDb = Awaited<ReturnType<typeof readDb>>;

/**
 * A page of a sorted text query, first or later (decisions 023, 024, 026): the page after the
 * cursor, if any, found by the first of these steps that can, each run only while the page is
 * not found yet:
 * 1. A common word's matches are many and spread through the sort order, so its page is near
 *    the start: a short walk of the sort order's index (`shortWalk` products) finds it.
 * 2. Otherwise the matches are read from the text index, at most `sortedWalk` + 1: a rare word
 *    or narrow filters leave few (most new searches), and those are all of them, sorted (unless
 *    the sample's index says they are many; below).
 * 3. More than that: a long walk (`sortedWalk` products).
 * 4. Still no page: the matches are many but far along the order (sorted by price, "keripik" from
 *    the dearest, "ulos" from the cheapest). The sample's matches, sorted, say where the page
 *    ends: past their `bandRank`th, the whole catalog most likely holds more than a page. The
 *    matches up to there (the band) are read from the text index and the order's index together
 *    and sorted. Every match read and sorted took 0.3–3 s at a million products; the band 25–60 ms.
 * 5. The band held less than a page (unlikely), or the sample holds too few: every match sorted.
 * A walk never goes unbounded: the planner, left to walk the order for a rare word, tested every
 * product (a second at 100,000, up to 10 s at a million; decision 021). Walking first cost every
 * rare-word search the long walk, 9 ms at 100,000 products, though its few matches took well under
 * one to read. A price sort walks from the price filter's bound (the index range starts there):
 * walked from the dearest product, "under Rp 500.000, dearest first" met none in 3,000.
 */
async function sortedTextPage(
  db: ReadDb,
  page: {
    texts: (string | null)[];
    /** the texts' words (`bandWords`) */
    words: Prisma.Sql | null;
    /** the whole catalog's matches asked of the filter tokens (`filterTokens`) */
    narrowed: Awaited<ReturnType<typeof filterTokens>>;
    query: ProductQuery;
    withQ: Prisma.Sql;
    where: Prisma.Sql[];
    descending: boolean;
    after: [number | string, string] | null;
    limit: number;
    sortValue: Prisma.Sql;
    keyOf: (value: Prisma.Sql) => Prisma.Sql;
    byPrice: boolean;
    /** the sixteenth's products (`inSample`) */
    sampled: Prisma.Sql;
    /** the sort value of a key (a cursor's, or the band's end), as the order's index holds it */
    boundOf: (key: number | string) => Prisma.Sql;
  },
) {
  const { query, withQ, descending, after, limit, sortValue, keyOf, boundOf, byPrice } = page;
  const { shortWalk, sortedWalk, bandMargin } = searchTuning;
  const direction = descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const valueOrder = Prisma.sql`value ${direction}, id ASC`;
  const beyond = (key: number | string) =>
    Prisma.sql`${sortValue} ${descending ? Prisma.sql`<=` : Prisma.sql`>=`} ${boundOf(key)}`;
  const upTo = (key: number | string) =>
    Prisma.sql`${sortValue} ${descending ? Prisma.sql`>=` : Prisma.sql`<=`} ${boundOf(key)}`;
  // Past the cursor: exactly (its key and id), and by the sort value alone, which the walk's index
  // range can start from.
  const pastCursor = after
    ? [keysetOn(keyOf(sortValue), after, descending, Prisma.sql`p.id`), beyond(after[0])]
    : [];
  const where = [...page.where, ...pastCursor];
  const all = Prisma.join(where, ' AND ');
  // Step 2 reads the whole catalog's matches: in a category or kecamatan, from the filter tokens.
  const allOfWhole = page.narrowed ? Prisma.join([...page.narrowed.where, ...pastCursor], ' AND ') : all;
  const priceRange = [
    ...(query.minPrice !== undefined ? [Prisma.sql`p."priceIdr" >= ${query.minPrice}`] : []),
    ...(query.maxPrice !== undefined ? [Prisma.sql`p."priceIdr" <= ${query.maxPrice}`] : []),
  ];
  const start = [...(byPrice ? priceRange : []), ...(after ? [beyond(after[0])] : [])];
  const walk = (size: number) => Prisma.sql`(
      SELECT *, ${sortValue} AS value FROM "Product" p
      WHERE ${Prisma.join([Prisma.sql`p.status = 'PUBLISHED'`, ...start], ' AND ')}
      ORDER BY ${sortValue} ${direction}, p.id ASC LIMIT ${size}
    )`;
  const walked = (size: number) => Prisma.sql`SELECT p.id, p.value ${fromProducts(walk(size))}
      WHERE ${all} ORDER BY ${valueOrder} LIMIT ${limit}`;
  // Sorted by price: after the short walk and the few matches, the price bands (below) find any
  // page, in place of the long walk and the sample's band. After the few matches: walked band by
  // band, a word's few matches in one category cost a lookup in each of a hundred bands ("ulos"
  // in Medan Deli, cheapest first: 140 ms at a million). Not with a channel, which the bands'
  // index does not hold: every match in a band would be read to find the few listed.
  const words = byPrice && !query.channel ? page.words : null;
  // Step 2 is skipped when the sample already holds a sixteenth of `sortedWalk` matches: the whole
  // catalog then most likely holds more than `sortedWalk`, and reading them (a common word's whole
  // bitmap, 3,001 rows) would only say so. Skipped wrongly, the next steps still find the exact
  // page, only later. Only when the sixteenth may hold that many (`sampleHelps`): no channel filter,
  // which its index does not hold, and more than `sortedWalk` matches at most.
  const fewInSample = Math.ceil(sortedWalk / SAMPLE_SHARE);
  const many = (await sampleHelps(query, page.texts, fewInSample))
    ? Prisma.sql`sampled AS MATERIALIZED (
        SELECT 1 ${fromClause} WHERE ${all} AND ${page.sampled} AND NOT (SELECT yes FROM short_done) LIMIT ${fewInSample}
      ),
      many AS (SELECT count(*) >= ${fewInSample} AS yes FROM sampled)`
    : Prisma.sql`many AS (SELECT false AS yes)`;
  // One row with no id when none of steps 1–3 found the page.
  const rows = await readRows<{ id: string | null; key: number | string }>(
    db,
    Prisma.sql`WITH ${withQ},
    ${page.narrowed?.words ?? Prisma.empty}
    short AS MATERIALIZED (${walked(shortWalk)}),
    short_done AS (SELECT count(*) >= ${limit} AS yes FROM short),
    ${many},
    few AS MATERIALIZED (
      SELECT p.id, ${sortValue} AS value ${fromClause}
      WHERE ${allOfWhole}
        AND NOT (SELECT yes FROM short_done) AND NOT (SELECT yes FROM many)
      LIMIT ${sortedWalk + 1}
    ),
    few_done AS (SELECT NOT (SELECT yes FROM many) AND count(*) <= ${sortedWalk} AS yes FROM few),
    long AS MATERIALIZED (
      SELECT * FROM (${walked(words ? 0 : sortedWalk)}) w WHERE NOT (SELECT yes FROM short_done) AND NOT (SELECT yes FROM few_done)
    ),
    long_done AS (SELECT count(*) >= ${limit} AS yes FROM long)
    SELECT id, ${keyOf(Prisma.sql`value`)} AS key FROM (
      SELECT id, value FROM short WHERE (SELECT yes FROM short_done)
      UNION ALL
      (SELECT id, value FROM few WHERE NOT (SELECT yes FROM short_done) AND (SELECT yes FROM few_done)
        ORDER BY ${valueOrder} LIMIT ${limit})
      UNION ALL
      SELECT id, value FROM long WHERE NOT (SELECT yes FROM short_done) AND NOT (SELECT yes FROM few_done)
        AND (SELECT yes FROM long_done)
    ) page
    UNION ALL
    SELECT NULL, NULL WHERE NOT (SELECT yes FROM short_done) AND NOT (SELECT yes FROM few_done)
      AND NOT (SELECT yes FROM long_done)
    ORDER BY 2 ${direction}, 1 ASC`,
  );
  if (!(rows.length === 1 && rows[0].id === null)) {
    searchTuning.onSortedStep?.('walks');
    return rows as Row[];
  }
  if (words) {
    searchTuning.onSortedStep?.('bands');
    // From the price filter's bound or the cursor's price, the nearer one, to the filter's other.
    const bounds = [descending ? query.maxPrice : query.minPrice, after ? Number(after[0]) : undefined];
    const given = bounds.filter((bound) => bound !== undefined);
    const from = given.length ? (descending ? Math.min : Math.max)(...given) : undefined;
    const to = descending ? query.minPrice : query.maxPrice;
    return priceBandsPage(db, { ...page, where, start: from, end: to, words });
  }
  // Steps 4 and 5, each its own statement: the band's end is a value the planner sees, so that
  // it reads the band from both indexes; given as a parameter of one statement, it may read every
  // match (3 s for "keripik" from the dearest). Materialized, so that no plan walks the order.
  const bandRank = Math.ceil((limit * bandMargin) / SAMPLE_SHARE);
  const [end] = await readRows<{ key: number | string }>(
    db,
    Prisma.sql`WITH ${withQ},
    sampled AS MATERIALIZED (SELECT p.id, ${sortValue} AS value ${fromClause} WHERE ${all} AND ${page.sampled})
    SELECT ${keyOf(Prisma.sql`value`)} AS key FROM sampled ORDER BY ${valueOrder} OFFSET ${bandRank - 1} LIMIT 1`,
  );
  const sorted = (conditions: Prisma.Sql[]) =>
    readRows<Row>(
      db,
      Prisma.sql`WITH ${withQ},
    matched AS MATERIALIZED (SELECT p.id, ${sortValue} AS value ${fromClause} WHERE ${Prisma.join(conditions, ' AND ')})
    SELECT id, ${keyOf(Prisma.sql`value`)} AS key FROM (
      SELECT id, value FROM matched ORDER BY ${valueOrder} LIMIT ${limit}
    ) page ORDER BY ${valueOrder}`,
    );
  if (end) {
    const band = await sorted([...where, upTo(end.key)]);
    if (band.length >= limit) {
      searchTuning.onSortedStep?.('band');
      return band;
    }
  }
  searchTuning.onSortedStep?.('every');
  return sorted(where);
}

/** Rows after the cursor's (key, id) in the page's order. */
function keysetOn(
  key: Prisma.Sql,
  [value, id]: [number | string, string],
  descending: boolean,
  idColumn = Prisma.sql`id`,
) {
  return descending
    ? Prisma.sql`(${key} < ${value} OR (${key} = ${value} AND ${idColumn} > ${id}))`
    : Prisma.sql`(${key} > ${value} OR (${key} = ${value} AND ${idColumn} > ${id}))`;
}

/** Ids of one page of public products in order, and the cursor for the next page. */
export async function searchProductIds(query: ProductQuery) {
  const q = query.q?.trim() || undefined;
  const sort = query.sort ?? (q ? 'relevance' : 'newest');
  if (sort === 'relevance' && !q)
    throw new z.ZodError([
      { code: 'custom', path: ['sort'], message: 'sort=relevance memerlukan q', input: sort },
    ]);
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  let matcher: Matcher | null = q ? (cursor?.[2] ?? 'f') : null;
  // A later page of corrected results corrects the query again (the word list may have grown).
  let corrected = q && matcher === 'c' ? await correctedQuery(q) : null;
  if (matcher === 'c' && !corrected) matcher = 'f';
  let candidates: Candidates = cursor?.[3] ? { first: cursor[3] } : {};
  let rows = await pageOf(
    query,
    sort,
    matcher,
    cursor ? [cursor[0], cursor[1]] : null,
    corrected,
    candidates,
  );
  let correctionFoundNothing = false;
  if (q && matcher === 'f' && rows.length < query.limit && !cursor) {
    corrected = await correctedQuery(q);
    if (corrected) {
      const correctedCandidates: Candidates = {};
      const withCorrection = await pageOf(query, sort, 'c', null, corrected, correctedCandidates);
      // The correction found nothing more: keep the page as it was, and do not offer it.
      if (withCorrection.length > rows.length) {
        matcher = 'c';
        rows = withCorrection;
        candidates = correctedCandidates;
      } else correctionFoundNothing = true;
    }
  }
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    ids: page.map((r) => r.id),
    matcher,
    /** the corrected query whose matches were added ('c'), to say so on the page */
    corrected: matcher === 'c' ? corrected : null,
    /** the corrected query was tried and added nothing: not worth suggesting */
    correctionFoundNothing,
    nextCursor:
      rows.length > query.limit && last ? encodeCursor(last.key, last.id, matcher ?? 'f', candidates) : null,
  };
}

const itemSelect = {
  id: true,
  slug: true,
  name: true,
  priceIdr: true,
  unit: true,
  halal: true,
  stock: true,
  minOrder: true,
  leadTimeDays: true,
  category: { select: { slug: true, name: true } },
  images: { take: 1, orderBy: { position: 'asc' }, select: { url: true, asset: { select: { key: true } } } },
  msme: { select: { id: true, slug: true, name: true, kecamatan: { select: { name: true } } } },
  listings: {
    where: { stage: 'LIVE', externalUrl: { not: null } },
    select: { externalUrl: true, partner: { select: { name: true } } },
  },
} satisfies Prisma.ProductSelect;

export type CatalogItem = ReturnType<typeof toItem>;

function toItem(p: Prisma.ProductGetPayload<{ select: typeof itemSelect }>) {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    priceIdr: p.priceIdr,
    unit: p.unit,
    halal: p.halal,
    stock: p.stock,
    minOrder: p.minOrder,
    leadTimeDays: p.leadTimeDays,
    category: p.category,
    imageUrl: imageUrl(p.images[0], 400),
    msme: { id: p.msme.id, slug: p.msme.slug, name: p.msme.name, kecamatan: p.msme.kecamatan?.name ?? null },
    channels: p.listings.map((l) => ({ partner: l.partner.name, url: l.externalUrl! })),
  };
}

/**
 * One page of public catalog items: two statements whatever the page size (no N+1). Not cached:
 * a repeated search is answered from the page cache before it gets here (decision 007), and a new
 * one, the common case, only paid for storing an entry no one would read (decision 021).
 */
export async function searchCatalog(query: ProductQuery) {
  const { ids, nextCursor, matcher, corrected, correctionFoundNothing } = await searchProductIds(query);
  const items = ids.length ? await itemsByIds(ids) : [];
  const byId = new Map(items.map((item) => [item.id, item]));
  return {
    items: ids.flatMap((id) => byId.get(id) ?? []),
    nextCursor,
    matcher,
    corrected,
    correctionFoundNothing,
  };
}

type ItemRow = {
  id: string;
  slug: string;
  name: string;
  priceIdr: number;
  unit: string;
  halal: boolean;
  stock: number | null;
  minOrder: number;
  leadTimeDays: number;
  categoryId: string;
  msmeId: string;
  msmeSlug: string;
  msmeName: string;
  kecamatanCode: string | null;
  imageUrl: string | null;
  assetKey: string | null;
  channels: { partner: string; url: string }[];
};

/**
 * The cards of the given products, in one statement (the ORM's nested select took six). Category
 * and kecamatan are named from the cached lists (filter-ids.ts): two joins fewer to plan and run on
 * every search (planning was as long as running here). The UMKM is looked up by its key for each
 * card (OFFSET 0 keeps the planner from making it a join): joined, it hashed every UMKM for 24
 * cards, a third of the statement (1.0 → 0.6 ms at 100,000 products; decision 029).
 */
async function itemsByIds(ids: string[]) {
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  // Prepared (lib/db/client.ts): one text, and the plan is the same whatever the ids.
  const rows = await readRows<ItemRow>(
    db,
    Prisma.sql`/* prepared: catalog-cards */
    SELECT p.id, p.slug, p.name, p."priceIdr", p.unit, p.halal, p.stock, p."minOrder", p."leadTimeDays",
      p."categoryId", p."msmeId", m.slug AS "msmeSlug", m.name AS "msmeName", p."kecamatanCode",
      img.url AS "imageUrl", a.key AS "assetKey",
      coalesce((
        SELECT json_agg(json_build_object('partner', cp.name, 'url', l."externalUrl"))
        FROM "ChannelListing" l JOIN "ChannelPartner" cp ON cp.id = l."partnerId"
        WHERE l."productId" = p.id AND l.stage = 'LIVE' AND l."externalUrl" IS NOT NULL
      ), '[]'::json) AS channels
    FROM "Product" p
    CROSS JOIN LATERAL (SELECT m.slug, m.name FROM "Msme" m WHERE m.id = p."msmeId" OFFSET 0) m
    LEFT JOIN LATERAL (
      SELECT i.url, i."assetId" FROM "ProductImage" i WHERE i."productId" = p.id ORDER BY i.position, i.id LIMIT 1
    ) img ON true
    LEFT JOIN "Asset" a ON a.id = img."assetId"
    WHERE p.id = ANY(${ids})`,
  );
  const { categories: names, kecamatan } = await namesFor(
    rows.map((r) => r.categoryId),
    rows.map((r) => r.kecamatanCode),
  );
  return rows.map((r): CatalogItem => {
    const category = names.byId.get(r.categoryId);
    return {
      id: r.id,
      slug: r.slug,
      name: r.name,
      priceIdr: r.priceIdr,
      unit: r.unit,
      halal: r.halal,
      stock: r.stock,
      minOrder: r.minOrder,
      leadTimeDays: r.leadTimeDays,
      category: { slug: category?.slug ?? '', name: category?.name ?? '' },
      imageUrl: imageUrl({ url: r.imageUrl, asset: r.assetKey ? { key: r.assetKey } : null }, 400),
      msme: {
        id: r.msmeId,
        slug: r.msmeSlug,
        name: r.msmeName,
        kecamatan: (r.kecamatanCode && kecamatan.byCode.get(r.kecamatanCode)?.name) || null,
      },
      channels: r.channels,
    };
  });
}

export async function catalogItem(id: string) {
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  const product = await db.product.findFirst({
    where: { id, status: 'PUBLISHED', msme: { status: 'VERIFIED' } },
    select: itemSelect,
  });
  if (!product) throw new DomainError('Produk tidak ditemukan.', undefined, 404);
  return toItem(product);
}

/**
 * "Maksud Anda …?" for a query that found nothing: each word the catalog does not use is replaced
 * by the closest word it does (the catalog_words list, a few thousand rows whatever the catalog's
 * size, matched by trigrams), most used first. At most one statement, for words not seen in the
 * last minute; empty when nothing is close.
 */
export async function suggestions(q: string) {
  const words = normalize(q).split(' ').filter(Boolean).slice(0, 8);
  if (!words.some((w) => w.length >= 3)) return [];
  const { found, known } = await knownWords(words);
  const corrected = words.map((w, i) => (known[i] || !found[i].closest ? w : found[i].closest)).join(' ');
  return corrected === words.join(' ') ? [] : [corrected];
}

/**
 * Each word's facts as written (`found`), and whether the catalog uses it as written or without
 * its particle (`known`): "premiumnya" is known when "premium" is (the search matches that form
 * too), so it is neither corrected nor left out. One word-list lookup for both.
 */
async function knownWords(words: string[]) {
  const found = await wordFacts([...words, ...words.map((w) => withoutSuffix(w) ?? w)]);
  const known = words.map((_, i) => found[i].ndoc > 0 || found[words.length + i].ndoc > 0);
  return { found: found.slice(0, words.length), known };
}

/**
 * The words of a query of several words that the catalog uses (itself or without its particle),
 * each a search to try when the words together found nothing ("ulos bolu gurih": each is sold,
 * never together). Empty for a query of one word.
 */
export async function wordsToTry(q: string) {
  const words = [...new Set(normalize(q).split(' ').filter(Boolean))].slice(0, 8);
  if (words.length < 2) return [];
  const { known } = await knownWords(words);
  return words.filter((_, i) => known[i]);
}

async function loadFacets(
  query: ProductQuery,
  matcher: Matcher | null,
  sample: number,
  corrected: string | null,
) {
  searchTuning.onFacetsCounted?.();
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  const q = query.q?.trim();
  const [where, lists] = await Promise.all([
    filters({ ...query, category: undefined, kecamatan: undefined }),
    namesFor([], []),
  ]);
  const text = Boolean(q && matcher);
  if (text) where.push(textMatch);
  // Each facet counts what its link would show: a category's count keeps the chosen kecamatan,
  // a kecamatan's keeps the chosen category, and the flags keep both (FILTER per facet). Counted by
  // the category's id and the kecamatan's code beside each match, named from a cached list.
  const categoryId = query.category ? (lists.categories.bySlug.get(query.category) ?? null) : undefined;
  const kecamatanCode = query.kecamatan ? (lists.kecamatan.bySlug.get(query.kecamatan) ?? null) : undefined;
  const inCategory = categoryId === undefined ? Prisma.sql`true` : Prisma.sql`cid = ${categoryId}`;
  const inKecamatan = kecamatanCode === undefined ? Prisma.sql`true` : Prisma.sql`kcode = ${kecamatanCode}`;
  const both = Prisma.sql`${inCategory} AND ${inKecamatan}`;
  const columns = Prisma.sql`p."categoryId" AS cid, p."kecamatanCode" AS kcode, p.halal, p.stock`;
  const textOfMatcher = matcher === 'c' ? corrected : null;
  const unfiltered = { ...query, category: undefined, kecamatan: undefined };
  const first = text ? await firstTier(unfiltered, [q, textOfMatcher], sample + 1) : 'w';
  // One pass over at most FACET_SAMPLE + 1 matches: counts per category and kecamatan, and the
  // flags, by GROUPING SETS; `matched` says whether the limit was reached.
  const rows = await readRows<{
    g: number;
    cid: string | null;
    kcode: string | null;
    ncat: number;
    nkec: number;
    n: number;
    halal: number;
    ready: number;
    matched: number;
  }>(
    db,
    Prisma.sql`WITH ${queryCte(q, matcher === 'c' ? corrected : null)}, ${
      // A text search counts from a sample's index when it holds more than `sample` matches.
      text
        ? sampledMatches('matches', columns, where, sample + 1, first)
        : Prisma.sql`matches AS (SELECT ${columns} ${fromClause} WHERE ${Prisma.join(where, ' AND ')} LIMIT ${sample + 1})`
    }
    SELECT GROUPING(cid, kcode)::int AS g, cid, kcode,
      count(*) FILTER (WHERE ${inKecamatan})::int AS ncat, count(*) FILTER (WHERE ${inCategory})::int AS nkec,
      count(*) FILTER (WHERE ${both})::int AS n, count(*)::int AS matched,
      count(*) FILTER (WHERE halal AND ${both})::int AS halal, count(*) FILTER (WHERE stock > 0 AND ${both})::int AS ready
    FROM matches
    GROUP BY GROUPING SETS ((cid), (kcode), ())`,
  );
  // GROUPING bits: 1 = per category, 2 = per kecamatan, 3 = the grand total.
  const total = rows.find((r) => r.g === 3);
  const { categories: names, kecamatan } = await namesFor(
    rows.flatMap((r) => (r.g === 1 && r.cid ? [r.cid] : [])),
    rows.map((r) => (r.g === 2 ? r.kcode : null)),
  );
  return {
    categories: rows
      .filter((r) => r.g === 1 && r.ncat > 0 && names.byId.has(r.cid!))
      .map((r) => ({ ...names.byId.get(r.cid!)!, n: r.ncat }))
      .sort((a, b) => a.position - b.position)
      .map(({ slug, name, n }) => ({ slug, name, n })),
    kecamatan: rows
      .filter((r) => r.g === 2 && r.kcode && r.nkec > 0 && kecamatan.byCode.has(r.kcode))
      .map((r) => ({ ...kecamatan.byCode.get(r.kcode!)!, n: r.nkec }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    total: total?.n ?? 0,
    halal: total?.halal ?? 0,
    ready: total?.ready ?? 0,
    /** more matches than were counted: every count is "at least" */
    estimated: (total?.matched ?? 0) > sample,
  };
}

/** The facet counts of a search that matches nothing: all zero, exactly. */
export function noFacets(): Awaited<ReturnType<typeof loadFacets>> {
  return { categories: [], kecamatan: [], total: 0, halal: 0, ready: 0, estimated: false };
}

/**
 * Counts per category and kecamatan, halal and ready stock, for the current filters and the matcher
 * that found the page and its corrected query ('c'), not cached, like the page itself (decision 021).
 */
export function facets(
  query: ProductQuery,
  found: { matcher: Matcher | null; corrected?: string | null } = {
    matcher: query.q?.trim() ? 'f' : null,
  },
  sample = FACET_SAMPLE,
) {
  return loadFacets(query, found.matcher, sample, found.corrected ?? null);
}

/**
 * A page of a text search sorted by price, from the price-band index (decision 027): the bands are
 * counted one by one from where the order starts (`start`: a filter's or the cursor's price; none:
 * the catalog's cheapest or dearest public product), each count stopping at a page, until a page's
 * worth is found or the bands reach the order's end (`end`, or the catalog's other extreme); the
 * matches of the bands counted are then read, band by band, and sorted. Exact: every band after
 * the last one counted holds only matches later in the order. A band without the words costs one
 * lookup in the index; only the bands' own matches are read from the table ("nasi", dearest first
 * under Rp 500.000: its 76,890 matches lie in bands far below the filter's, 147 in the band that
 * holds the page).
 */
async function priceBandsPage(
  db: ReadDb,
  page: {
    withQ: Prisma.Sql;
    where: Prisma.Sql[];
    descending: boolean;
    limit: number;
    start: number | undefined;
    /** where the order ends: the price filter's other bound, if any */
    end: number | undefined;
    words: Prisma.Sql;
  },
) {
  const { withQ, descending, limit, start, end, words } = page;
  // Checked beside the price-band index, never intersected with the text index's whole bitmap.
  const checked = Prisma.join(
    page.where.map((w) => (w === textMatch ? textChecked : w)),
    ' AND ',
  );
  const extreme = (fn: 'min' | 'max') =>
    Prisma.sql`(SELECT ${Prisma.raw(fn)}("priceIdr") FROM "Product" WHERE status = 'PUBLISHED')`;
  const first = start === undefined ? extreme(descending ? 'max' : 'min') : Prisma.sql`${start}::int`;
  const last = end === undefined ? extreme(descending ? 'min' : 'max') : Prisma.sql`${end}::int`;
  const next = descending ? Prisma.sql`w.band - 1` : Prisma.sql`w.band + 1`;
  const before = descending ? Prisma.sql`>` : Prisma.sql`<`;
  const countIn = (band: Prisma.Sql) => Prisma.sql`(SELECT count(*) FROM (
      SELECT 1 ${fromClause} WHERE ${checked} AND ${inBand(band)} LIMIT ${limit}
    ) counted)`;
  const valueOrder = Prisma.sql`value ${descending ? Prisma.sql`DESC` : Prisma.sql`ASC`}, id ASC`;
  return readRows<Row>(
    db,
    Prisma.sql`WITH RECURSIVE ${withQ},
    words AS MATERIALIZED (${words}),
    ends AS (SELECT search_price_band(${first}) AS first, search_price_band(${last}) AS last),
    walk AS (
      SELECT first AS band, ${countIn(Prisma.sql`first`)} AS found FROM ends
      UNION ALL
      SELECT ${next}, w.found + ${countIn(next)} FROM walk w, ends
      WHERE w.found < ${limit} AND w.band ${before} ends.last
    ),
    matched AS MATERIALIZED (
      SELECT found.* FROM walk w CROSS JOIN LATERAL (
        SELECT p.id, p."priceIdr" AS value ${fromClause} WHERE ${checked} AND ${inBand(Prisma.sql`w.band`)}
        OFFSET 0
      ) found
    )
    SELECT id, value AS key FROM (SELECT id, value FROM matched ORDER BY ${valueOrder} LIMIT ${limit}) page
    ORDER BY ${valueOrder}`,
  );
}
