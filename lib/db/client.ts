import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import crypto from 'node:crypto';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';

// A raw statement that starts with `/* prepared: <name> */` is prepared once per connection: after
// PostgreSQL's first five custom plans it runs on a generic plan, with no planning. Opt-in, for hot
// statements of one fixed text whose best plan does not depend on the values (the catalog's cards:
// planning them took as long as running them). The name carries a hash of the text, since a name
// may stand for one text only; the set stays as small as the statements that carry the marker.
const PREPARED = /^\s*\/\* prepared: ([a-z0-9-]+) \*\//;
export function preparedStatementName(query: { sql: string }): string {
  const marked = PREPARED.exec(query.sql);
  if (!marked) return undefined as unknown as string; // unnamed: parsed and planned every time
  return `${marked[1]}-${crypto.createHash('sha1').update(query.sql).digest('hex').slice(0, 12)}`;
}

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
    adapter: new PrismaPg(pool, { disposeExternalPool: true, statementNameGenerator: preparedStatementName }),
  });
  sharesPool(client, () => pool);
  return { client, pool };
}

// The pool of each client, for `readRows`. A transaction's client is another object, not listed:
// its statements must run on the transaction's connection.
const pools = new WeakMap<object, () => pg.Pool>();

/** Lets `readRows` send `client`'s statements on `pool` (a client wrapped in another object). */
export function sharesPool(client: object, pool: () => pg.Pool) {
  pools.set(client, pool);
}

/**
 * The rows of a read-only raw statement, sent on the client's own pool: Prisma's raw-query path
 * cost 0.3–0.5 ms of the server's CPU per search statement (its query plan, the adapter's column
 * types, the conversion of every row), about as much as PostgreSQL spent planning it (decision
 * 029). Types are pg's: cast what is not a text, int4, float8, boolean or json in the statement
 * (a count as ::int). A marked statement is prepared as with Prisma (preparedStatementName).
 * Inside a transaction, or for a client without a pool, it goes through Prisma.
 */
export async function readRows<T>(client: Db | Tx, query: Prisma.Sql): Promise<T[]> {
  const pool = pools.get(client)?.();
  if (!pool) return client.$queryRaw<T[]>(query);
  const name = preparedStatementName({ sql: query.text });
  const result = await pool.query({ text: query.text, values: query.values, ...(name ? { name } : {}) });
  return result.rows as T[];
}

export function createPrismaClient(connectionString: string, max = 10) {
  return createPrismaClientWithPool(connectionString, max).client;
}

export type Db = ReturnType<typeof createPrismaClient>;

/** A client or the handle inside `$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
