import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import type { CatalogListPage } from '@/lib/catalog/list-page';
import { LOCALE_COOKIE, toLocale, type Locale } from '@/lib/i18n/messages';
import { CatalogListView } from '@/app/products/catalog-list-view';
import { phrases } from '@/lib/i18n/phrases';
import { SiteFooterView, SiteHeaderView, type HeaderUser } from '@/app/site-header-view';

// The product list is the one Pages Router page: it ships no JavaScript at all (the App Router's
// runtime alone is over the 130 kB first-load budget), and needs none: links and GET forms.
// docs/decisions/008 explains the trade.
export const config = { unstable_runtimeJS: false };

type Data = { list: CatalogListPage; user: HeaderUser; canonical: string };
type Props = Data & { locale: Locale };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, resolvedUrl }) => {
  // The data comes from app/api/katalog/halaman (App Router, where the data layer lives), as the
  // visitor: their cookies go along so the header knows who is signed in.
  const search = resolvedUrl.includes('?') ? resolvedUrl.slice(resolvedUrl.indexOf('?')) : '';
  const response = await fetch(`http://127.0.0.1:${process.env.PORT ?? 3000}/api/katalog/halaman${search}`, {
    headers: { cookie: req.headers.cookie ?? '' },
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`catalog data: HTTP ${response.status}`);
  const data = (await response.json()) as Data;
  return { props: { ...data, locale: toLocale(req.cookies[LOCALE_COOKIE]) } };
};

export default function ProductsPage({ list, user, locale, canonical }: Props) {
  const t = phrases(locale);
  const title = `${list.query.q ? t('Cari "{q}"', { q: list.query.q }) : t('Katalog produk UMKM Medan')} · Etalase UMKM Medan`;
  const description = t(
    'Cari produk UMKM binaan Kota Medan: katering, kue, kopi, kerajinan, ulos, dan lainnya.',
  );
  return (
    <>
      <Head>
        <title>{title}</title>
        <meta name="description" content={description} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="canonical" href={canonical} />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
      </Head>
      <a
        href="#isi"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        {t('Langsung ke isi')}
      </a>
      <SiteHeaderView user={user} locale={locale} />
      <main id="isi" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        <CatalogListView list={list} locale={locale} />
      </main>
      <SiteFooterView locale={locale} />
    </>
  );
}
