import 'server-only';
import { cookies } from 'next/headers';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { log } from '@/lib/observability/log';
import { db } from './db';
import { env } from './env';

// Read-only public queries (catalog search and pages, transparency, coverage) may go to a streaming
// replica (DATABASE_REPLICA_URL, decision 022). Two rules keep them from showing what was just
// changed as it was before:
// - A public change (lib/page-cache/expiry: a catalog edit, a sale, help given) records the
//   primary's WAL position, here and, through NOTIFY, on every instance. A read goes to the replica
//   only once the replica has replayed up to the newest such position; until then, to the primary.
//   Cached data (the product page, the figures) is refilled after an expiry by exactly such a read,
//   so a lagging replica never gets frozen into the cache.
// - A session that has just written anything (a server action succeeded; cookie WROTE_COOKIE for
//   RECENT_WRITE_SECONDS) reads from the primary.
export const WROTE_COOKIE = 'etalase-wrote';
export const RECENT_WRITE_SECONDS = 10;
// How long a replica's replay position is trusted before it is asked again.
const REPLAY_CHECK_MS = 200;

type State = {
  replica?: Db;
  /** The newest public change's WAL position, as [high, low] parsed; null: none known yet. */
  changedAt: bigint | null;
  /** Changes announced but whose position is not yet known: the primary answers meanwhile. */
  pending: number;
  replayed?: { at: bigint; checkedAt: number };
  initialised?: Promise<void>;
};
const globalKey = Symbol.for('etalase.read-db');
function state(): State {
  const g = globalThis as typeof globalThis & { [globalKey]?: State };
  return (g[globalKey] ??= { changedAt: null, pending: 0 });
}

/** "16/B374D848" → a number that orders WAL positions. */
export function parseLsn(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

/** A public change is being announced: until its position is known, reads use the primary. */
export function changeStarted() {
  state().pending++;
}

/** The announced change's WAL position is known (or it failed: `lsn` null). */
export function changeRecorded(lsn: string | null) {
  const s = state();
  s.pending = Math.max(0, s.pending - 1);
  if (lsn) noteChange(lsn);
}

/** A change at `lsn` (this instance's, or a peer's from its NOTIFY). */
export function noteChange(lsn: string) {
  const s = state();
  const at = parseLsn(lsn);
  if (s.changedAt === null || at > s.changedAt) s.changedAt = at;
}

function replica(): Db {
  const s = state();
  s.replica ??= createPrismaClient(env.DATABASE_REPLICA_URL!, 10);
  return s.replica;
}

async function sessionWroteRecently() {
  try {
    return (await cookies()).has(WROTE_COOKIE);
  } catch {
    return false; // outside a request (a job), or inside cached data: the WAL rule alone applies
  }
}

/** Marks this browser as having just written (called when a server action succeeds). */
export async function markSessionWrote() {
  if (!env.DATABASE_REPLICA_URL) return;
  try {
    (await cookies()).set(WROTE_COOKIE, '1', {
      maxAge: RECENT_WRITE_SECONDS,
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
    });
  } catch {
    // not in an action
  }
}

/** The client for a read-only public query: the replica when it is safe, else the primary. */
export async function readDb(): Promise<Db> {
  if (!env.DATABASE_REPLICA_URL) return db;
  const s = state();
  // Changes made before this instance listened are covered by the primary's position at start.
  s.initialised ??= db.$queryRaw<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`
    .then(([row]) => noteChange(row.lsn))
    .catch(() => {});
  await s.initialised;
  if (s.pending > 0 || (await sessionWroteRecently())) return db;
  if (s.changedAt === null) return replica();
  const fresh = s.replayed && Date.now() - s.replayed.checkedAt < REPLAY_CHECK_MS;
  if (fresh && s.replayed!.at >= s.changedAt) return replica();
  try {
    const [row] = await replica().$queryRaw<{ lsn: string | null }[]>`
      select pg_last_wal_replay_lsn()::text as lsn`;
    if (!row.lsn) return db; // not a standby: refuse to guess
    s.replayed = { at: parseLsn(row.lsn), checkedAt: Date.now() };
    return s.replayed.at >= s.changedAt ? replica() : db;
  } catch (error) {
    log().warn(
      { error: error instanceof Error ? error.message : String(error) },
      'replica unreachable; reading from the primary',
    );
    return db;
  }
}

/** Public changes whose WAL position is still being recorded (reads use the primary meanwhile). */
export const changesPending = () => state().pending;
