import type { Translate } from '@/lib/i18n/translate';

/** The list page's title and description for a search, used by page.tsx and list-answer.tsx. */
export function listPageHead(q: unknown, t: Translate) {
  const query = typeof q === 'string' ? q.trim().slice(0, 100) : '';
  return {
    title: query ? t('Cari "{q}"', { q: query }) : t('Katalog produk UMKM Medan'),
    description: t('Cari produk UMKM binaan Kota Medan: katering, kue, kopi, kerajinan, ulos, dan lainnya.'),
  };
}

export const LIST_CANONICAL_PATH = '/products';
