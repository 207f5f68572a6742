import 'server-only';
import type pg from 'pg';
import { createPrismaClientWithPool, sharesPool, type Db } from '@/lib/db/client';
import { env } from './env';

// One client (and pool) per process, kept across hot reloads in development. Created on first use,
// so `next build` needs no database.
const globalForDb = globalThis as unknown as { db?: Db; pool?: pg.Pool };

function client(): Db {
  if (globalForDb.db) return globalForDb.db;
  if (!env.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL is not set: start the app with `npm start` or `npm run dev`, which provide one.',
    );
  }
  const { client: created, pool } = createPrismaClientWithPool(env.DATABASE_URL, 20);
  globalForDb.db = created;
  globalForDb.pool = pool;
  return created;
}

export const db: Db = new Proxy({} as Db, {
  get: (_target, property) => Reflect.get(client(), property),
});

sharesPool(db, () => {
  client();
  return globalForDb.pool!;
});

/** The process's connection pool, once the client exists. */
export const dbPool = () => globalForDb.pool;
