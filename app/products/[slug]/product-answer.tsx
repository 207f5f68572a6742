import 'server-only';
import { productPage } from '@/lib/catalog/product-page';
import { phrases } from '@/lib/i18n/phrases';
import { publicOrigin } from '@/lib/server/env';
import { publicPageAnswer, type PageRequest } from '../../front-door/page-answer';
import { PublicDocument, type PageAssets } from '../../front-door/public-document';
import { TITLE_TEMPLATE } from '../../site-frame';
import { cartNoticeOf } from './cart-notice';
import { productPageHead } from './product-head';
import { ProductView } from './product-view';

/**
 * A product's page for a signed-out visitor, from the front door (decision 025). A product that is
 * not there (or not public) is left to Next.js, for its 404 page.
 */
export function productPageAnswer(request: PageRequest, assets: PageAssets) {
  let slug: string;
  try {
    slug = decodeURIComponent(request.pathname.slice('/products/'.length));
  } catch {
    return Promise.resolve(null);
  }
  return publicPageAnswer(request, request.pathname, async (locale, search, nonce) => {
    const product = await productPage(slug);
    if (!product) return null;
    const { title, description, canonicalPath, image } = productPageHead(product);
    const head = {
      title: TITLE_TEMPLATE.replace('%s', title),
      description,
      canonical: publicOrigin() + canonicalPath,
      ogTitle: title,
      ogType: 'website' as const,
      image: { url: new URL(image, publicOrigin()).href, alt: product.name },
    };
    return (
      <PublicDocument locale={locale} requestId={request.requestId} assets={assets} head={head}>
        <ProductView
          product={product}
          t={phrases(locale)}
          locale={locale}
          nonce={nonce}
          notice={cartNoticeOf(new URLSearchParams(search))}
        />
      </PublicDocument>
    );
  });
}
