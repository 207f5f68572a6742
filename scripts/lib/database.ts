// The database npm start / dev / db:* use: DATABASE_URL when set, else the embedded one in .data/postgres.
import path from 'node:path';
import pg from 'pg';
import type { Env } from '../../lib/config/env-schema';
import { dataRoot } from './app-env';
import { FriendlyError } from './friendly-error';
import { startEmbeddedPostgres, type RunningPostgres } from './postgres';

export async function checkReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    throw new FriendlyError(
      `Cannot reach the database at ${safeUrl} (${(error as Error).message}): check that PostgreSQL runs there and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openAppDatabase(env: Env): Promise<RunningPostgres> {
  if (env.DATABASE_URL) {
    await checkReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, port: 0, stop: async () => {} };
  }
  return startEmbeddedPostgres({ dataDir: path.join(dataRoot, 'postgres') });
}
