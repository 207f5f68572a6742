import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { headers } from 'next/headers';
import { productPage } from '@/lib/catalog/product-page';
import { getLocale, getPhrases } from '@/lib/i18n/server';
import { cartNoticeOf } from './cart-notice';
import { productPageHead, PRODUCT_NOT_FOUND_TITLE } from './product-head';
import { ProductView } from './product-view';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Signed-out visitors get this page from the front door (product-answer.tsx, decision 025): what
// they see is changed in ProductView and productPageHead, not here.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await productPage((await params).slug);
  if (!product) return { title: PRODUCT_NOT_FOUND_TITLE };
  const { title, description, canonicalPath, image } = productPageHead(product);
  return {
    title,
    description,
    alternates: { canonical: canonicalPath },
    openGraph: { title, description, type: 'website', images: [{ url: image, alt: product.name }] },
  };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [product, nonce, t, locale, search] = await Promise.all([
    productPage((await params).slug),
    headers().then((h) => h.get('x-nonce') ?? undefined),
    getPhrases(),
    getLocale(),
    searchParams,
  ]);
  if (!product) notFound();
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (typeof value === 'string') query.set(key, value);
  return <ProductView product={product} t={t} locale={locale} nonce={nonce} notice={cartNoticeOf(query)} />;
}
