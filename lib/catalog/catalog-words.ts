import 'server-only';
import { db } from '@/lib/server/db';
import { rebuildCatalogWords } from './catalog-words-source';

/**
 * Rebuilds the list of words the public catalog uses (the catalog_words view, migration
 * 20261201214500): new products' words reach "maksud Anda" at the next refresh.
 */
export async function refreshCatalogWords() {
  await rebuildCatalogWords(db);
}

/**
 * The catalog.words job (every 15 minutes): the same, skipped when no product or UMKM was written
 * since the last rebuild (decision 029). Returns whether it rebuilt.
 */
export function refreshCatalogWordsIfChanged() {
  return rebuildCatalogWords(db, { ifChanged: true });
}
