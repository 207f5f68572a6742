import type { Metadata } from 'next';
import { catalogListPage } from '@/lib/catalog/list-page';
import { getLocale, getPhrases } from '@/lib/i18n/server';
import { CatalogListView } from './catalog-list-view';
import { LIST_CANONICAL_PATH, listPageHead } from './list-head';

// The product list, rendered in-process from the catalog data layer (no request to the app
// itself; decision 021 supersedes 008). Links and GET forms only: it works without JavaScript.
// In production a signed-out visitor's list is rendered by the front door from the same view
// without Next.js (list-answer.tsx, decision 024); signed-in visitors and `next dev` get this page.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ q }, t] = await Promise.all([searchParams, getPhrases()]);
  const { title, description } = listPageHead(q, t);
  return {
    title,
    description,
    alternates: { canonical: LIST_CANONICAL_PATH },
    openGraph: { title, description },
  };
}

export default async function ProductsPage({ searchParams }: Props) {
  const [list, locale] = await Promise.all([catalogListPage(await searchParams), getLocale()]);
  return <CatalogListView list={list} locale={locale} />;
}
