import type { Metadata } from 'next';
import { ZodError } from 'zod';
import { productQuerySchema, type ProductQuery } from '@/lib/catalog/search-schema';
import { facets, searchCatalog, suggestions } from '@/lib/catalog/search';
import { ProductCardView } from '@/app/components/product-card';

type Params = Record<string, string | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<Params> }): Promise<Metadata> {
  const { q } = await searchParams;
  return {
    title: q ? `Cari "${q}"` : 'Katalog produk UMKM Medan',
    description: 'Cari produk UMKM binaan Kota Medan: katering, kue, kopi, kerajinan, ulos, dan lainnya.',
    alternates: { canonical: '/products' },
  };
}

const sortLabels = { relevance: 'Paling relevan', newest: 'Terbaru', 'price-asc': 'Harga terendah', 'price-desc': 'Harga tertinggi' } as const;

function href(current: Params, changes: Params) {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...current, ...changes, cursor: changes.cursor })) if (value) next.set(key, value);
  const text = next.toString();
  return text ? `/products?${text}` : '/products';
}

/** One facet: each value links to the page filtered by it, or back without it when it is active. */
function FacetList({ title, items, active, link, testId, scroll }: { title: string; items: { slug: string; name: string; n: number }[]; active?: string; link: (slug: string | undefined) => string; testId?: string; scroll?: boolean }) {
  return (
    <section>
      <h2 className="mb-1 font-semibold">{title}</h2>
      <ul className={`space-y-1 ${scroll ? 'max-h-64 overflow-y-auto' : ''}`} data-testid={testId}>
        {items.map((item) => (
          <li key={item.slug}>
            <a href={link(active === item.slug ? undefined : item.slug)} aria-current={active === item.slug ? 'true' : undefined} className={active === item.slug ? 'font-semibold text-brand-700' : 'hover:underline'}>
              {item.name} ({item.n})
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function ProductsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const parsed = productQuerySchema.safeParse(params);
  const query: ProductQuery = parsed.success ? parsed.data : productQuerySchema.parse({ q: params.q?.slice(0, 100) });
  const current: Params = { q: query.q, category: query.category, kecamatan: query.kecamatan, halal: query.halal, channel: query.channel, availability: query.availability, minPrice: query.minPrice?.toString(), maxPrice: query.maxPrice?.toString(), sort: query.sort };
  // A stale or edited cursor in a shared link starts again from the first page.
  const page = await searchCatalog(query).catch((error) => {
    if (error instanceof ZodError) return searchCatalog({ ...query, cursor: undefined });
    throw error;
  });
  const counts = await facets(query, page.matcher);
  const hints = query.q && page.items.length === 0 ? await suggestions(query.q) : [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{query.q ? `Hasil pencarian "${query.q}"` : 'Katalog produk UMKM Medan'}</h1>
      {!parsed.success && <p className="rounded bg-amber-50 p-2 text-sm text-amber-900" role="status">Sebagian filter tidak valid dan diabaikan.</p>}
      <form action="/products" role="search" className="flex gap-2">
        <label htmlFor="q" className="sr-only">Cari produk</label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ''} placeholder="Cari bika ambon, nasi kotak, ulos…" className="input flex-1" />
        {Object.entries(current).filter(([k, v]) => v && k !== 'q' && k !== 'sort').map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
        <button type="submit" className="btn">Cari</button>
      </form>
      <div className="grid gap-6 md:grid-cols-[15rem_1fr]">
        <aside className="space-y-4 text-sm" aria-label="Filter">
          <FacetList title="Kategori" items={counts.categories} active={query.category} link={(slug) => href(current, { category: slug })} />
          <FacetList title="Kecamatan" items={counts.kecamatan} active={query.kecamatan} link={(slug) => href(current, { kecamatan: slug })} testId="facet-kecamatan" scroll />
          <form action="/products" className="space-y-2">
            {Object.entries(current).filter(([k, v]) => v && !['halal', 'availability', 'minPrice', 'maxPrice'].includes(k)).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
            <h2 className="font-semibold">Saring</h2>
            <label className="flex items-center gap-2"><input type="checkbox" name="halal" value="true" defaultChecked={query.halal === 'true'} /> Halal ({counts.halal})</label>
            <label className="flex items-center gap-2"><input type="radio" name="availability" value="" defaultChecked={!query.availability} /> Semua</label>
            <label className="flex items-center gap-2"><input type="radio" name="availability" value="ready" defaultChecked={query.availability === 'ready'} /> Stok siap ({counts.ready})</label>
            <label className="flex items-center gap-2"><input type="radio" name="availability" value="made-to-order" defaultChecked={query.availability === 'made-to-order'} /> Dibuat sesuai pesanan</label>
            <div className="grid grid-cols-2 gap-2">
              <div><label htmlFor="minPrice" className="label">Harga min.</label><input id="minPrice" name="minPrice" inputMode="numeric" defaultValue={query.minPrice ?? ''} className="input" /></div>
              <div><label htmlFor="maxPrice" className="label">Harga maks.</label><input id="maxPrice" name="maxPrice" inputMode="numeric" defaultValue={query.maxPrice ?? ''} className="input" /></div>
            </div>
            <button type="submit" className="btn-secondary w-full">Terapkan</button>
          </form>
        </aside>
        <section aria-label="Produk" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <p data-testid="result-count">{counts.total} produk</p>
            <nav aria-label="Urutkan" className="flex flex-wrap gap-2">
              {(Object.keys(sortLabels) as (keyof typeof sortLabels)[]).filter((s) => s !== 'relevance' || query.q).map((s) => {
                const active = (query.sort ?? (query.q ? 'relevance' : 'newest')) === s;
                return <a key={s} href={href(current, { sort: s })} aria-current={active ? 'true' : undefined} className={active ? 'font-semibold text-brand-700 underline' : 'hover:underline'}>{sortLabels[s]}</a>;
              })}
            </nav>
          </div>
          {page.items.length === 0 && (
            <div className="card" data-testid="no-results">
              <p>Tidak ada produk yang cocok.</p>
              {hints.length > 0 && (
                <p className="mt-2">Maksud Anda: {hints.map((h, i) => <span key={h}>{i > 0 && ', '}<a href={href({}, { q: h })} className="text-brand-700 underline">{h}</a></span>)}</p>
              )}
            </div>
          )}
          <ul className="grid grid-cols-2 gap-4 lg:grid-cols-3">
            {page.items.map((p) => (
              <ProductCardView key={p.id} product={{ ...p, images: [], imageUrl: p.imageUrl, msme: { name: p.msme.name, kecamatan: p.msme.kecamatan ? { name: p.msme.kecamatan } : null } }} />
            ))}
          </ul>
          <nav aria-label="Halaman" className="flex gap-3">
            {query.cursor && <a href={href(current, {})} className="btn-secondary">Ke awal</a>}
            {page.nextCursor && <a href={href(current, { cursor: page.nextCursor })} className="btn-secondary" rel="next">Berikutnya</a>}
          </nav>
        </section>
      </div>
    </div>
  );
}
