import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/client';

// Not server-only: the seed rebuilds the list too (prisma/seed/seed.ts).

/**
 * Rows of the products and the UMKM written so far, by PostgreSQL's statistics: the figure moves
 * with every insert, update and delete (a crash or a statistics reset moves it too), a few
 * seconds after the writing transaction ends.
 */
async function catalogChanges(client: Db) {
  const [row] = await client.$queryRaw<{ changes: bigint }[]>`
    SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint AS changes
    FROM pg_stat_user_tables WHERE relid IN ('"Product"'::regclass, '"Msme"'::regclass)`;
  return row.changes;
}

/**
 * Rebuilds catalog_words (CONCURRENTLY: searches keep reading the old list meanwhile; the seed,
 * which nobody reads during, rebuilds without it) and records the figure it was rebuilt at. With `ifChanged`,
 * only when the figure moved since: a write the statistics have not counted yet is counted by the
 * next rebuild's check.
 */
export async function rebuildCatalogWords(
  client: Db,
  { ifChanged = false, concurrently = true } = {},
): Promise<boolean> {
  const changes = await catalogChanges(client);
  if (ifChanged) {
    const [seen] = await client.$queryRaw<{ changes: bigint }[]>`
      SELECT changes FROM catalog_words_source WHERE id = 1`;
    if (seen?.changes === changes) return false;
  }
  await client.$executeRawUnsafe(
    `REFRESH MATERIALIZED VIEW ${concurrently ? 'CONCURRENTLY ' : ''}catalog_words`,
  );
  await client.$executeRaw(Prisma.sql`
    INSERT INTO catalog_words_source (id, changes) VALUES (1, ${changes})
    ON CONFLICT (id) DO UPDATE SET changes = EXCLUDED.changes, "refreshedAt" = now()`);
  return true;
}
