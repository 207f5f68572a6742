import 'server-only';
import { readDb } from '@/lib/server/read-db';

// A category or kecamatan filter given by slug, turned into what the Product table's own indexes
// can intersect with the text index: the category's id (Product_categoryId_status_idx) and the
// ids of the kecamatan's UMKM (Product_msmeId_status_idx). Joined by slug instead, the planner
// cannot combine them with the text match and, for a common word the filter excludes ("kopi" in
// Bumbu & Sambal), read a million products to find none (decision 023).
//
// Facets name categories and kecamatan from here too (by id and code), instead of joining them.
//
// Kept in this process for a minute, and dropped with every whole-catalog expiry (a UMKM verified
// or moved); the lists are small (ten categories, 21 kecamatan, a few hundred UMKM per kecamatan). Module
// state lives on globalThis: the expiry listener and the pages are bundled separately.
const TTL_MS = 60_000;
type Cached<T> = { value: Promise<T>; at: number };
type Named = { slug: string; name: string };
type Categories = { bySlug: Map<string, string>; byId: Map<string, Named & { position: number }> };
type KecamatanNames = { bySlug: Map<string, string>; byCode: Map<string, Named> };
type State = {
  categories?: Cached<Categories>;
  kecamatanNames?: Cached<KecamatanNames>;
  kecamatan: Map<string, Cached<string[]>>;
};
const key = Symbol.for('etalase.catalog.filter-ids');
const state = (): State => {
  const g = globalThis as typeof globalThis & { [key]?: State };
  return (g[key] ??= { kecamatan: new Map() });
};

function cached<T>(entry: Cached<T> | undefined, load: () => Promise<T>, store: (e: Cached<T>) => void) {
  if (entry && Date.now() - entry.at < TTL_MS) return entry.value;
  const fresh = { value: load(), at: Date.now() };
  // A failed load is not kept: the next search asks again.
  fresh.value.catch(() => forgetFilterIds());
  store(fresh);
  return fresh.value;
}

/** The categories by slug (to their id) and by id (slug, name, position). */
export function categories() {
  const s = state();
  return cached(
    s.categories,
    async () => {
      const rows = await (
        await readDb()
      ).category.findMany({
        select: { id: true, slug: true, name: true, position: true },
      });
      return {
        bySlug: new Map(rows.map((c) => [c.slug, c.id])),
        byId: new Map(rows.map(({ id, ...c }) => [id, c])),
      };
    },
    (e) => (s.categories = e),
  );
}

/** The id of the category with this slug, or null when there is none. */
export async function categoryIdOf(slug: string) {
  return (await categories()).bySlug.get(slug) ?? null;
}

/**
 * The kecamatan by slug (to their code) and by code (slug, name): facets count by the codes beside
 * the products and name them from here, instead of joining Kecamatan for every match.
 */
export function kecamatanNames() {
  const s = state();
  return cached(
    s.kecamatanNames,
    async () => {
      const rows = await (
        await readDb()
      ).kecamatan.findMany({ select: { code: true, slug: true, name: true } });
      return {
        bySlug: new Map(rows.map((k) => [k.slug, k.code])),
        byCode: new Map(rows.map(({ code, ...k }) => [code, k])),
      };
    },
    (e) => (s.kecamatanNames = e),
  );
}

/** Ids of the UMKM registered in the kecamatan with this slug (any status: the query checks it). */
export async function kecamatanMsmeIds(slug: string) {
  const s = state();
  return cached(
    s.kecamatan.get(slug),
    async () =>
      (await (await readDb()).msme.findMany({ where: { kecamatan: { slug } }, select: { id: true } })).map(
        (m) => m.id,
      ),
    (e) => s.kecamatan.set(slug, e),
  );
}

/** Called with every whole-catalog expiry (lib/catalog/cache-tags.ts). */
export function forgetFilterIds() {
  const s = state();
  s.categories = undefined;
  s.kecamatanNames = undefined;
  s.kecamatan.clear();
}

/**
 * The category and kecamatan lists, loaded again once if they miss one of these (added in the last
 * minute): a card or facet is never named from a stale list.
 */
export async function namesFor(categoryIds: string[], kecamatanCodes: (string | null)[]) {
  const complete = (c: Categories, k: KecamatanNames) =>
    categoryIds.every((id) => c.byId.has(id)) && kecamatanCodes.every((code) => !code || k.byCode.has(code));
  let [c, k] = await Promise.all([categories(), kecamatanNames()]);
  if (!complete(c, k)) {
    forgetFilterIds();
    [c, k] = await Promise.all([categories(), kecamatanNames()]);
  }
  return { categories: c, kecamatan: k };
}
