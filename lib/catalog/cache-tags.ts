import { expirePages, productPagePath } from '@/lib/page-cache/page-cache';
import { announceExpiry, expireTags } from '@/lib/page-cache/expiry';
import { metrics } from '@/lib/observability/log';
import { forgetFilterIds } from './filter-ids';

/** Cache tag of everything derived from public catalog data. */
export const CATALOG_TAG = 'catalog';

/** Tag of one product page's cached data. */
export const productTag = (slug: string) => `product:${slug}`;

/**
 * Expires cached catalog data now (not stale-while-revalidate), on this instance and, through
 * NOTIFY, on every other (lib/page-cache/expiry.ts): an owner's edit or a sale that changed stock
 * shows on the next request wherever it lands. Works in actions, route handlers and jobs alike.
 */
export function expireCatalog(productSlugs: string[] = [], everything = false) {
  const slugs = [...new Set(productSlugs)];
  const tags = [...(everything ? [CATALOG_TAG] : []), ...slugs.map(productTag)];
  const pages = slugs.map(productPagePath);
  expireHere(tags, pages, everything);
  metrics().cacheInvalidations.inc({ origin: 'local' });
  announceExpiry(tags, pages, everything);
}

/** What an expiry does in this process (also what a peer's NOTIFY does here). */
export function expireHere(tags: string[], pages: string[], everything: boolean) {
  expireTags(tags);
  expirePages(pages, everything);
  if (everything) forgetFilterIds();
}
