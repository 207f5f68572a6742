import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { refreshCatalogWords, refreshCatalogWordsIfChanged } from '@/lib/catalog/catalog-words';

describe('the catalog.words job', () => {
  it('rebuilds the word list only when a product or UMKM was written since the last rebuild', async () => {
    // Other test files write meanwhile, and the figure may move between two statements: the
    // "nothing written" case is tried a few times.
    let skipped = false;
    for (let attempt = 0; attempt < 5 && !skipped; attempt++) {
      await refreshCatalogWords(); // records the figure it rebuilt at
      skipped = !(await refreshCatalogWordsIfChanged());
    }
    expect(skipped).toBe(true);
    // A write whose statistics are reported at once (else within seconds): the next check rebuilds.
    const product = await db.product.findFirstOrThrow({ select: { id: true } });
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Product" SET name = name WHERE id = ${product.id}`;
      await tx.$executeRaw`SELECT pg_stat_force_next_flush()`;
    });
    expect(await refreshCatalogWordsIfChanged()).toBe(true);
    const [source] = await db.$queryRaw<{ fresh: boolean }[]>`
      SELECT "refreshedAt" > now() - interval '1 minute' AS fresh FROM catalog_words_source`;
    expect(source.fresh).toBe(true);
  });
});
