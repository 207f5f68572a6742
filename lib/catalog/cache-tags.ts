import { revalidateTag } from 'next/cache';
import { expirePages, productPagePath } from '@/lib/page-cache/page-cache';

/** Cache tag of everything derived from public catalog data. */
export const CATALOG_TAG = 'catalog';

/** Tag of one product page's cached data. */
export const productTag = (slug: string) => `product:${slug}`;

/**
 * Expires cached catalog data now (not stale-while-revalidate): an owner's edit or a sale that
 * changed stock shows on the next request. Works in actions and route handlers alike.
 */
export function expireCatalog(productSlugs: string[] = [], everything = false) {
  if (everything) revalidateTag(CATALOG_TAG, { expire: 0 });
  for (const slug of new Set(productSlugs)) revalidateTag(productTag(slug), { expire: 0 });
  expirePages(productSlugs.map(productPagePath), everything);
}
