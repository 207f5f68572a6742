import type { homeData } from '@/lib/catalog/public-catalog';
import { translator, type Locale } from '@/lib/i18n/messages';
import { phrases } from '@/lib/i18n/phrases';
import { ProductCardView } from './components/product-card';

export type HomeData = Awaited<ReturnType<typeof homeData>>;

/**
 * The home page's content: links and one GET form, no client component. Rendered by app/page.tsx
 * and, for a signed-out visitor in production, by the front door (app/home-answer.tsx, decision 024).
 */
export function HomeView({ data, locale }: { data: HomeData; locale: Locale }) {
  const t = translator(locale);
  const p = phrases(locale);
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-brand-800 px-6 py-10 text-white">
        <h1 className="text-3xl font-bold">{t('app.name')}</h1>
        <p className="mt-2 max-w-2xl text-brand-50">{t('app.tagline')}</p>
        <form action="/products" role="search" className="mt-6 flex max-w-xl gap-2">
          <label htmlFor="home-q" className="sr-only">
            {t('home.search')}
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            placeholder={t('home.searchPlaceholder')}
            className="input flex-1"
          />
          <button type="submit" className="btn bg-accent-500 hover:bg-amber-700">
            {t('home.search')}
          </button>
        </form>
      </section>
      <section>
        <h2 className="mb-3 text-xl font-semibold">{t('home.categories')}</h2>
        <ul className="flex flex-wrap gap-2">
          {data.categories.map((c) => (
            <li key={c.slug}>
              <a
                href={`/products?category=${c.slug}`}
                className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-brand-50"
              >
                {p(c.name)}{' '}
                <span className="text-slate-600">({c._count.products.toLocaleString('id-ID')})</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2 className="mb-3 text-xl font-semibold">{t('home.featured')}</h2>
        <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {data.featured.map((item) => (
            <ProductCardView key={item.id} product={item} t={p} />
          ))}
        </ul>
      </section>
      <section>
        <h2 className="mb-3 text-xl font-semibold">{t('home.byKecamatan')}</h2>
        <ul className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3 md:grid-cols-4">
          {data.kecamatan.map((k) => (
            <li key={k.slug}>
              <a href={`/products?kecamatan=${k.slug}`} className="hover:underline">
                {k.name}
              </a>{' '}
              <span className="text-slate-600">· {k._count.msmes.toLocaleString('id-ID')} UMKM</span>
            </li>
          ))}
        </ul>
      </section>
      {data.partners.length > 0 && (
        <section>
          <h2 className="mb-3 text-xl font-semibold">{t('home.channels')}</h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {data.partners.map((partner) => (
              <li key={partner.slug}>
                <a
                  href={`/products?channel=${partner.slug}`}
                  className="inline-block rounded border border-slate-300 bg-white px-3 py-1 hover:bg-brand-50"
                >
                  {partner.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
