import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';

/** A client and its connection pool (the pool's counts are reported by /api/metrics). */
export function createPrismaClientWithPool(connectionString: string, max = 10) {
  // word_similarity ≥ 0.5 for the `<%` operator: close spellings in OPD candidate search (lib/procurement/candidates.ts).
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: 5_000,
    options: '-c pg_trgm.word_similarity_threshold=0.5',
  });
  // An idle connection the server drops (a restart, a failover) is replaced on the next query; it
  // must not crash the process as an unhandled 'error' event.
  pool.on('error', (error) => console.warn(`database connection lost while idle: ${error.message}`));
  const client = new PrismaClient({
    // Steps render their PDF inside the transaction (decision 017): usually ~0.1 s, but a loaded
    // machine must not turn a slow render into a rolled-back award (Prisma's default is 5 s).
    transactionOptions: { maxWait: 5_000, timeout: 20_000 },
    // $disconnect ends the pool (as when the adapter owns it): idle connections left behind would
    // outlive the client.
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
  });
  return { client, pool };
}

export function createPrismaClient(connectionString: string, max = 10) {
  return createPrismaClientWithPool(connectionString, max).client;
}

export type Db = ReturnType<typeof createPrismaClient>;

/** A client or the handle inside `$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
