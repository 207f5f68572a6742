import 'server-only';
import { readDb } from '@/lib/server/read-db';

// A category or kecamatan filter given by slug, turned into what the Product table's own indexes
// can intersect with the text index: the category's id (Product_categoryId_status_idx) and the
// ids of the kecamatan's UMKM (Product_msmeId_status_idx). Joined by slug instead, the planner
// cannot combine them with the text match and, for a common word the filter excludes ("kopi" in
// Bumbu & Sambal), read a million products to find none (decision 023).
//
// Kept in this process for a minute, and dropped with every whole-catalog expiry (a UMKM verified
// or moved); both lists are small (ten categories, a few hundred UMKM per kecamatan). Module
// state lives on globalThis: the expiry listener and the pages are bundled separately.
const TTL_MS = 60_000;
type Cached<T> = { value: Promise<T>; at: number };
type State = { categories?: Cached<Map<string, string>>; kecamatan: Map<string, Cached<string[]>> };
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

/** The id of the category with this slug, or null when there is none. */
export async function categoryIdOf(slug: string) {
  const s = state();
  const bySlug = await cached(
    s.categories,
    async () => {
      const rows = await (await readDb()).category.findMany({ select: { id: true, slug: true } });
      return new Map(rows.map((c) => [c.slug, c.id]));
    },
    (e) => (s.categories = e),
  );
  return bySlug.get(slug) ?? null;
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
  s.kecamatan.clear();
}
