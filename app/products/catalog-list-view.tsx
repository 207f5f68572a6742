/* eslint-disable @next/next/no-html-link-for-pages -- public pages use plain links: each is one full load from the page cache, and the page works without JavaScript (docs/decisions/021) */
import type { CatalogListPage, ListParams } from '@/lib/catalog/list-page';
import { ProductCardView } from '@/app/components/product-card';
import { phrases, type Translate } from '@/lib/i18n/phrases';
import type { Locale } from '@/lib/i18n/messages';
import { FACET_SAMPLE } from '@/lib/catalog/facet-sample';

const sortLabels = {
  relevance: 'Paling relevan',
  newest: 'Terbaru',
  'price-asc': 'Harga terendah',
  'price-desc': 'Harga tertinggi',
} as const;

function href(current: ListParams, changes: ListParams) {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...current, ...changes, cursor: changes.cursor }))
    if (value) next.set(key, value);
  const text = next.toString();
  return text ? `/products?${text}` : '/products';
}

/** A facet count: "12", or "12+" when only the first matches were counted. */
const count = (n: number, atLeast: boolean) => `${n.toLocaleString('id-ID')}${atLeast ? '+' : ''}`;

/** One facet: each value links to the page filtered by it, or back without it when it is active. */
function FacetList({
  title,
  items,
  active,
  link,
  testId,
  scroll,
  atLeast,
  t,
}: {
  t: Translate;
  /** the counts are lower bounds (more matches than were counted) */
  atLeast: boolean;
  title: string;
  items: { slug: string; name: string; n: number }[];
  active?: string;
  link: (slug: string | undefined) => string;
  testId?: string;
  scroll?: boolean;
}) {
  return (
    <section>
      <h2 className="mb-1 font-semibold">{title}</h2>
      <ul className={`space-y-1 ${scroll ? 'max-h-64 overflow-y-auto' : ''}`} data-testid={testId}>
        {items.map((item) => (
          <li key={item.slug}>
            <a
              href={link(active === item.slug ? undefined : item.slug)}
              aria-current={active === item.slug ? 'true' : undefined}
              className={active === item.slug ? 'font-semibold text-brand-700' : 'hover:underline'}
            >
              {t(item.name)} ({count(item.n, atLeast)})
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The /products page body: search, facets, sort, results and keyset pagination, all in the URL. */
export function CatalogListView({ list, locale }: { list: CatalogListPage; locale: Locale }) {
  const { query, current, counts, items, hints, oneWord } = list;
  const t = phrases(locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {query.q ? t('Hasil pencarian "{q}"', { q: query.q }) : t('Katalog produk UMKM Medan')}
      </h1>
      {list.filtersIgnored && (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-900" role="status">
          {t('Sebagian filter tidak valid dan diabaikan.')}
        </p>
      )}
      <form action="/products" role="search" className="flex gap-2">
        <label htmlFor="q" className="sr-only">
          {t('Cari produk')}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q ?? ''}
          placeholder={t('Cari bika ambon, nasi kotak, ulos…')}
          className="input flex-1"
        />
        {Object.entries(current)
          .filter(([k, v]) => v && k !== 'q' && k !== 'sort')
          .map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
        <button type="submit" className="btn">
          {t('Cari')}
        </button>
      </form>
      <div className="grid gap-6 md:grid-cols-[15rem_1fr]">
        <aside className="space-y-4 text-sm" aria-label={t('Filter')}>
          <FacetList
            t={t}
            title={t('Kategori')}
            items={counts.categories}
            active={query.category}
            link={(slug) => href(current, { category: slug })}
            atLeast={counts.estimated}
          />
          <FacetList
            t={t}
            title={t('Kecamatan')}
            items={counts.kecamatan}
            active={query.kecamatan}
            link={(slug) => href(current, { kecamatan: slug })}
            testId="facet-kecamatan"
            atLeast={counts.estimated}
            scroll
          />
          <form action="/products" className="space-y-2">
            {Object.entries(current)
              .filter(([k, v]) => v && !['halal', 'availability', 'minPrice', 'maxPrice'].includes(k))
              .map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={v} />
              ))}
            <h2 className="font-semibold">{t('Saring')}</h2>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="halal" value="true" defaultChecked={query.halal === 'true'} />{' '}
              Halal ({count(counts.halal, counts.estimated)})
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="availability" value="" defaultChecked={!query.availability} />{' '}
              {t('Semua')}
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="availability"
                value="ready"
                defaultChecked={query.availability === 'ready'}
              />{' '}
              {t('Stok siap')} ({count(counts.ready, counts.estimated)})
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="availability"
                value="made-to-order"
                defaultChecked={query.availability === 'made-to-order'}
              />{' '}
              {t('Dibuat sesuai pesanan')}
            </label>
            <div className="grid grid-cols-2 gap-2">
              <div>
                <label htmlFor="minPrice" className="label">
                  {t('Harga min.')}
                </label>
                <input
                  id="minPrice"
                  name="minPrice"
                  inputMode="numeric"
                  defaultValue={query.minPrice ?? ''}
                  className="input"
                />
              </div>
              <div>
                <label htmlFor="maxPrice" className="label">
                  {t('Harga maks.')}
                </label>
                <input
                  id="maxPrice"
                  name="maxPrice"
                  inputMode="numeric"
                  defaultValue={query.maxPrice ?? ''}
                  className="input"
                />
              </div>
            </div>
            <button type="submit" className="btn-secondary w-full">
              {t('Terapkan')}
            </button>
          </form>
        </aside>
        <section aria-label={t('Produk')} className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <p data-testid="result-count">
              {counts.estimated
                ? t('Sedikitnya {n} produk', { n: count(counts.total, false) })
                : t('{n} produk', { n: counts.total })}
            </p>
            <nav aria-label={t('Urutkan')} className="flex flex-wrap gap-2">
              {(Object.keys(sortLabels) as (keyof typeof sortLabels)[])
                .filter((s) => s !== 'relevance' || query.q)
                .map((s) => {
                  const active = (query.sort ?? (query.q ? 'relevance' : 'newest')) === s;
                  return (
                    <a
                      key={s}
                      href={href(current, { sort: s })}
                      aria-current={active ? 'true' : undefined}
                      className={active ? 'font-semibold text-brand-700 underline' : 'hover:underline'}
                    >
                      {t(sortLabels[s])}
                    </a>
                  );
                })}
            </nav>
          </div>
          {list.corrected && (
            <p className="text-sm" data-testid="corrected-query">
              {t('Maksud Anda:')}{' '}
              <a href={href({}, { q: list.corrected })} className="font-semibold text-brand-700 underline">
                {list.corrected}
              </a>
              ? {t('Hasil untuk ejaan itu ikut ditampilkan.')}
            </p>
          )}
          {counts.estimated && (
            <p className="text-xs text-slate-600" data-testid="counts-estimated">
              {t(
                'Banyak produk cocok: jumlah di filter dihitung dari {n} produk pertama, jadi angka sebenarnya bisa lebih besar (tanda +).',
                { n: FACET_SAMPLE.toLocaleString('id-ID') },
              )}
            </p>
          )}
          {items.length === 0 && (
            <div className="card" data-testid="no-results">
              <p>{t('Tidak ada produk yang cocok.')}</p>
              {hints.length > 0 && (
                <p className="mt-2">
                  {t('Maksud Anda:')}{' '}
                  {hints.map((h, i) => (
                    <span key={h}>
                      {i > 0 && ', '}
                      <a href={href({}, { q: h })} className="text-brand-700 underline">
                        {h}
                      </a>
                    </span>
                  ))}
                </p>
              )}
              {oneWord.length > 0 && (
                <p className="mt-2" data-testid="one-word">
                  {t('Coba satu kata saja:')}{' '}
                  {oneWord.map((w, i) => (
                    <span key={w}>
                      {i > 0 && ' · '}
                      <a href={href(current, { q: w })} className="text-brand-700 underline">
                        {w}
                      </a>
                    </span>
                  ))}
                </p>
              )}
              {/* Never a dead end: drop the filters, or see everything. */}
              <p className="mt-2 flex flex-wrap gap-3">
                {query.q && Object.entries(current).some(([k, v]) => v && k !== 'q' && k !== 'sort') && (
                  <a href={href({}, { q: query.q })} className="text-brand-700 underline">
                    {t('Cari "{q}" tanpa filter', { q: query.q })}
                  </a>
                )}
                <a href="/products" className="text-brand-700 underline">
                  {t('Lihat semua produk')}
                </a>
              </p>
            </div>
          )}
          <ul className="grid grid-cols-2 gap-4 lg:grid-cols-3">
            {items.map((p) => (
              <ProductCardView
                t={t}
                key={p.id}
                product={{
                  ...p,
                  images: [],
                  imageUrl: p.imageUrl,
                  msme: {
                    name: p.msme.name,
                    kecamatan: p.msme.kecamatan ? { name: p.msme.kecamatan } : null,
                  },
                }}
              />
            ))}
          </ul>
          <nav aria-label={t('Halaman')} className="flex gap-3">
            {query.cursor && (
              <a href={href(current, {})} className="btn-secondary">
                {t('Ke awal')}
              </a>
            )}
            {list.nextCursor && (
              <a href={href(current, { cursor: list.nextCursor })} className="btn-secondary" rel="next">
                {t('Berikutnya')}
              </a>
            )}
          </nav>
        </section>
      </div>
    </div>
  );
}
