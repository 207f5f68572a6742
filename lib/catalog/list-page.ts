import 'server-only';
import { ZodError } from 'zod';
import { productQuerySchema, withoutBlanks } from './search-schema';
import { facets, noFacets, searchCatalog, suggestions, wordsToTry } from './search';

export type ListParams = Record<string, string | undefined>;

/** A URL's query as the list page reads it: a parameter given twice is kept as both values (and refused). */
export function listParams(search: URLSearchParams): Record<string, string | string[]> {
  return Object.fromEntries(
    [...new Set(search.keys())].map((key) => {
      const values = search.getAll(key);
      return [key, values.length > 1 ? values : values[0]];
    }),
  );
}

/**
 * Everything the /products page shows for a URL's query: the page of products, facet counts, and
 * close matches when nothing matched. Invalid filters (a parameter given twice included) are
 * dropped and the page says so; never a 500.
 */
export async function catalogListPage(params: Record<string, string | string[] | undefined>) {
  const { query, ignored } = readQuery(withoutBlanks(params));
  // A stale or edited cursor in a shared link starts again from the first page.
  const page = await searchCatalog(query).catch((error) => {
    if (error instanceof ZodError) return searchCatalog({ ...query, cursor: undefined });
    throw error;
  });
  // A first page with nothing on it, in no category or kecamatan, says the counts (made with the
  // same filters less those two) are all zero: no statement. At a million products a search of
  // words never sold together cost its counts 8–10 ms to find none.
  const nothing = page.items.length === 0 && !query.cursor && !query.category && !query.kecamatan;
  const [counts, hints, oneWord] = await Promise.all([
    nothing ? noFacets() : facets(query, page),
    // Not when the search already tried the correction and it found nothing.
    query.q && page.items.length === 0 && !page.correctionFoundNothing
      ? suggestions(query.q)
      : Promise.resolve([]),
    // Several words that found nothing together: each one alone is a way forward.
    query.q && page.items.length === 0 && !query.cursor ? wordsToTry(query.q) : Promise.resolve([]),
  ]);
  // The filters as URL parameters: what every link and form on the page carries along.
  const current = {
    q: query.q,
    category: query.category,
    kecamatan: query.kecamatan,
    halal: query.halal,
    channel: query.channel,
    availability: query.availability,
    minPrice: query.minPrice?.toString(),
    maxPrice: query.maxPrice?.toString(),
    sort: query.sort,
  };
  return {
    query: { ...current, cursor: query.cursor },
    current,
    filtersIgnored: ignored.length > 0,
    ignoredFilters: ignored,
    items: page.items,
    nextCursor: page.nextCursor,
    corrected: page.corrected,
    counts,
    hints,
    /** words of the query to search one at a time, when together they found nothing */
    oneWord,
  };
}

export type CatalogListPage = Awaited<ReturnType<typeof catalogListPage>>;

/**
 * The query with only its invalid parameters dropped: a price typed "20.0000" loses the price
 * filter, not the category and kecamatan chosen beside it.
 */
function readQuery(params: Record<string, unknown>) {
  const ignored: string[] = [];
  let rest = { ...params };
  for (let attempt = 0; attempt < 12; attempt++) {
    const parsed = productQuerySchema.safeParse(rest);
    if (parsed.success) return { query: parsed.data, ignored };
    const bad = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))].filter(
      (k) => k in rest,
    );
    if (bad.length === 0) break;
    ignored.push(...bad);
    rest = Object.fromEntries(Object.entries(rest).filter(([k]) => !bad.includes(k)));
  }
  const q = [params.q].flat()[0];
  return {
    query: productQuerySchema.parse({ q: typeof q === 'string' ? q.slice(0, 100) : undefined }),
    ignored: Object.keys(params),
  };
}
