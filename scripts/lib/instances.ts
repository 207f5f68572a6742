// Production instances of the app (`next start` behind the front door) on one database: used by
// `npm run cluster` and the two-instance tests (e2e-cluster/).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serverNodeOptions } from './next-server';

const root = path.resolve(__dirname, '../..');

export type Instance = {
  name: string;
  port: number;
  url: string;
  /** Its JSON log lines (stdout and stderr), when started with a log file. */
  logFile?: string;
  process: ChildProcess;
  exited: Promise<number | null>;
};

export type InstanceOptions = {
  name: string;
  port: number;
  distDir: string;
  env: Record<string, string | undefined>;
  logFile?: string;
};

export function startInstance(options: InstanceOptions): Instance {
  const out = options.logFile ? fs.openSync(options.logFile, 'a') : 'inherit';
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(options.port)], {
    cwd: root,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      ...options.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: serverNodeOptions(),
      NEXT_DIST_DIR: options.distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(options.port),
      INSTANCE_ID: options.name,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // An instance must not outlive whoever started it: an orphan would keep polling the job queue
  // of whatever database comes up on the same port next (seen in the tests).
  const orphanGuard = () => child.kill('SIGKILL');
  process.on('exit', orphanGuard);
  exited.finally(() => process.off('exit', orphanGuard));
  if (typeof out === 'number') exited.finally(() => fs.closeSync(out));
  return {
    name: options.name,
    port: options.port,
    url: `http://127.0.0.1:${options.port}`,
    logFile: options.logFile,
    process: child,
    exited,
  };
}

/** Waits until GET /api/ready answers 200 (the instance started, migrated, its worker connected). */
export async function waitUntilReady(instance: Instance, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  let last = 'no answer';
  instance.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`instance ${instance.name} exited while starting`);
    try {
      const response = await fetch(`${instance.url}/api/ready`);
      if (response.ok) return;
      last = await response.text();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`instance ${instance.name} not ready after ${timeoutMs / 1000} s: ${last}`);
}

/** A copy of the build without its cache (Next.js writes cached pages into its dist folder). */
export function copyBuild(from: string, to: string) {
  fs.rmSync(path.join(root, to), { recursive: true, force: true });
  fs.cpSync(path.join(root, from), path.join(root, to), {
    recursive: true,
    filter: (source) => path.relative(path.join(root, from), source) !== 'cache',
  });
}
