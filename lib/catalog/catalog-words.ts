import 'server-only';
import { db } from '@/lib/server/db';

/**
 * Rebuilds the list of words the public catalog uses (the catalog_words view, migration
 * 20261201214500): new products' words reach "maksud Anda" at the next refresh (every 15 minutes).
 * CONCURRENTLY: searches keep reading the old list meanwhile.
 */
export async function refreshCatalogWords() {
  await db.$executeRawUnsafe('REFRESH MATERIALIZED VIEW CONCURRENTLY catalog_words');
}
