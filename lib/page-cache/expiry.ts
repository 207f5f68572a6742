import 'server-only';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { revalidateTag } from 'next/cache';
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external';
import { env } from '@/lib/server/env';
import { log, metrics } from '@/lib/observability/log';
import { changeRecorded, changeStarted, noteChange } from '@/lib/server/read-db';

// Catalog changes reach every instance (decision 022). The instance that made the change expires
// its own caches at once and sends a NOTIFY on CHANNEL; every instance LISTENs and expires the
// same tags and pages in its own caches (each keeps its own LRU). NOTIFY is delivered within
// milliseconds, in commit order, to every listening session of the database.
export const CHANNEL = 'etalase_catalog_expiry';
// NOTIFY payloads must stay under 8000 bytes; a bigger change expires everything instead.
const MAX_PAYLOAD = 7_000;
// The data-cache tags shared public figures hang on (lib/catalog, lib/programs/coverage,
// lib/procurement/transparency): all expired when a message may have been missed.
export const EVERY_SHARED_TAG = ['catalog', 'coverage', 'procurement'];

type Expiry = { from: string; tags: string[]; pages: string[]; everything: boolean; lsn?: string | null };
export type LocalExpiry = (tags: string[], pages: string[], everything: boolean) => void;

const globalKey = Symbol.for('etalase.expiry');
type State = { instance: string; client?: pg.Client; stopped: boolean };
function state(): State {
  const g = globalThis as typeof globalThis & { [globalKey]?: State };
  return (g[globalKey] ??= { instance: randomUUID(), stopped: false });
}

/**
 * Expires data-cache tags now. Inside a request or action, Next.js's revalidateTag (it also tells
 * the browser's router); elsewhere (a job, a peer's NOTIFY) Next.js refuses it for want of a
 * request, so the tag is marked expired in the process's tag manifest directly: exactly what
 * the default cache handler's revalidateTag writes (next 16.4, pinned; e2e-cluster/cluster.spec.ts
 * sees a product page's cached data expire on the other instance).
 */
export function expireTags(tags: string[]) {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch {
      const now = Date.now();
      tagsManifest.set(tag, { ...tagsManifest.get(tag), stale: now, expired: now });
    }
  }
}

/** Expires tags here and on every other instance (no pages: for data that has no cached page). */
export function expireSharedTags(tags: string[]) {
  expireTags(tags);
  announceExpiry(tags, [], false);
}

/** Tells the other instances; never throws (a lost message costs at most the pages' TTL). */
export function announceExpiry(tags: string[], pages: string[], everything: boolean) {
  if (!env.DATABASE_URL) return;
  let message: Expiry = { from: state().instance, tags, pages, everything };
  if (JSON.stringify(message).length > MAX_PAYLOAD)
    message = { ...message, tags: EVERY_SHARED_TAG, pages: [], everything: true };
  // Until the change's WAL position is known, public reads stay on the primary (read-db.ts).
  changeStarted();
  notify(JSON.stringify(message)).then(changeRecorded, (error) => {
    changeRecorded(null);
    log().warn(
      { error: error instanceof Error ? error.message : String(error) },
      'cache expiry not announced',
    );
  });
}

/** Sends the message with the primary's WAL position (taken after the change committed); returns it. */
async function notify(payload: string) {
  const { db } = await import('@/lib/server/db');
  const [row] = await db.$queryRaw<{ lsn: string }[]>`
    with sent as (
      select pg_notify(${CHANNEL}, jsonb_set(${payload}::jsonb, '{lsn}', to_jsonb(pg_current_wal_lsn()::text))::text)
    )
    select pg_current_wal_lsn()::text as lsn from sent`;
  return row.lsn;
}

/**
 * Listens for the other instances' expiries on a connection of its own, reconnecting after a
 * second when it drops; after a reconnect everything is expired (messages sent meanwhile are lost).
 */
export async function listenForExpiries(apply: LocalExpiry) {
  const s = state();
  if (!env.DATABASE_URL || s.client) return;
  s.stopped = false;
  let reconnecting = false;
  const connect = async (afterDrop: boolean): Promise<void> => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 5_000 });
    s.client = client;
    const retry = () => {
      if (s.stopped || reconnecting) return;
      reconnecting = true;
      client.end().catch(() => {});
      setTimeout(() => {
        reconnecting = false;
        connect(true).catch(() => retry());
      }, 1_000).unref();
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const expiry = JSON.parse(message.payload) as Expiry;
        if (expiry.from === s.instance) return;
        // First the position, so that the refill the expiry causes is read where it is current.
        if (expiry.lsn) noteChange(expiry.lsn);
        apply(expiry.tags, expiry.pages, expiry.everything);
        metrics().cacheInvalidations.inc({ origin: 'peer' });
      } catch (error) {
        log().warn({ error: String(error) }, 'unreadable cache expiry message');
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (afterDrop) {
        apply(EVERY_SHARED_TAG, [], true);
        log().info('cache expiry listener reconnected; caches cleared');
      }
    } catch (error) {
      retry();
      throw error;
    }
  };
  await connect(false);
}

export async function stopListening() {
  const s = state();
  s.stopped = true;
  const client = s.client;
  s.client = undefined;
  await client?.end().catch(() => {});
}
