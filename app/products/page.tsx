import type { Metadata } from 'next';
import { catalogListPage } from '@/lib/catalog/list-page';
import { getLocale, getPhrases } from '@/lib/i18n/server';
import { CatalogListView } from './catalog-list-view';

// The product list, rendered in-process from the catalog data layer (no request to the app
// itself; decision 021 supersedes 008). Links and GET forms only: it works without JavaScript.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ q }, t] = await Promise.all([searchParams, getPhrases()]);
  const query = typeof q === 'string' ? q.trim().slice(0, 100) : '';
  const title = query ? t('Cari "{q}"', { q: query }) : t('Katalog produk UMKM Medan');
  const description = t(
    'Cari produk UMKM binaan Kota Medan: katering, kue, kopi, kerajinan, ulos, dan lainnya.',
  );
  return {
    title,
    description,
    alternates: { canonical: '/products' },
    openGraph: { title, description },
  };
}

export default async function ProductsPage({ searchParams }: Props) {
  const [list, locale] = await Promise.all([catalogListPage(await searchParams), getLocale()]);
  return <CatalogListView list={list} locale={locale} />;
}
