// The pair under test: a fresh embedded PostgreSQL (migrated, seeded), a real S3-compatible server,
// a real SMTP server, two `next start` instances on copies of the test build, and a round-robin
// balancer in front. Each instance's JSON log lines go to a file the tests read.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startMailCatcher, type CaughtMail } from '../scripts/lib/mail-catcher';
import { startEmbeddedPostgres, freePort, tempDataDir, type RunningPostgres } from '../scripts/lib/postgres';
import { spawnSync } from 'node:child_process';
import { startLocalS3, type LocalS3 } from '../scripts/lib/local-s3';
import { copyBuild, startInstance, waitUntilReady, type Instance } from '../scripts/lib/instances';
import { startBalancer, type Balancer } from '../scripts/lib/round-robin';
import { demoAccounts } from '../prisma/seed/demo-accounts';

export const METRICS_TOKEN = crypto.randomBytes(24).toString('hex');

export type Cluster = {
  db: pg.Pool;
  s3: LocalS3;
  s3Dir: string;
  balancer: Balancer;
  instances: Record<'a' | 'b', Instance>;
  mail: CaughtMail[];
  restart(name: 'a' | 'b'): Promise<Instance>;
  stop(): Promise<void>;
};

export async function startCluster(): Promise<Cluster> {
  const work = path.dirname(tempDataDir('umkm-cluster-'));
  const database: RunningPostgres = await startEmbeddedPostgres({
    dataDir: path.join(work, 'pg'),
    quiet: true,
  });
  // Through the project's own commands (Playwright's loader cannot load the generated client).
  for (const step of ['migrate', 'seed']) {
    const run = spawnSync('npx', ['tsx', 'scripts/db.ts', step], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: database.url },
    });
    if (run.status !== 0) throw new Error(`db:${step} failed`);
  }
  const s3Dir = path.join(work, 's3');
  const s3 = await startLocalS3(s3Dir);
  const mail: CaughtMail[] = [];
  const smtp = await startMailCatcher((message) => mail.push(message));
  const smtpPort = smtp.port;
  const ports = { a: await freePort(4100), b: 0 };
  ports.b = await freePort(ports.a + 1);
  const balancerPort = await freePort(ports.b + 1);
  const shared = {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
    PII_ENCRYPTION_KEY: crypto.randomBytes(32).toString('hex'),
    NEXTAUTH_URL: `http://127.0.0.1:${balancerPort}`,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    METRICS_TOKEN,
    TRUSTED_PROXY_HOPS: '0',
    ...s3.env,
  };
  const launch = (name: 'a' | 'b') => {
    const distDir = `.next-cluster-${name}`;
    if (!fs.existsSync(distDir)) copyBuild('.next-test', distDir);
    return startInstance({
      name: `app-${name}`,
      port: ports[name],
      distDir,
      logFile: path.join(work, `${name}.log`),
      // Each its own disk folder: a photo served by the other can only have come from the bucket.
      env: { ...shared, UPLOADS_DIR: path.join(work, `uploads-${name}`) },
    });
  };
  const instances = { a: launch('a'), b: launch('b') };
  try {
    await Promise.all([waitUntilReady(instances.a), waitUntilReady(instances.b)]);
  } catch (error) {
    for (const instance of Object.values(instances)) instance.process.kill('SIGKILL');
    await s3.stop();
    await smtp.stop();
    await database.stop();
    throw error;
  }
  const balancer = await startBalancer([instances.a.url, instances.b.url], balancerPort);
  const db = new pg.Pool({ connectionString: database.url, max: 3 });
  const cluster: Cluster = {
    db,
    s3,
    s3Dir,
    balancer,
    instances,
    mail,
    async restart(name) {
      instances[name] = launch(name);
      await waitUntilReady(instances[name]);
      return instances[name];
    },
    async stop() {
      for (const instance of Object.values(instances)) {
        instance.process.kill('SIGTERM');
        await Promise.race([instance.exited, new Promise((r) => setTimeout(r, 15_000))]);
        instance.process.kill('SIGKILL');
      }
      await balancer.close();
      await db.end();
      await s3.stop();
      await smtp.stop();
      await database.stop();
      for (const name of ['a', 'b']) {
        fs.rmSync(`.next-cluster-${name}`, { recursive: true, force: true });
        // Kept for a failed run's report (Playwright empties test-results/ at the start of a run).
        fs.mkdirSync('test-results/cluster-logs', { recursive: true });
        fs.copyFileSync(path.join(work, `${name}.log`), `test-results/cluster-logs/${name}.log`);
      }
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
  return cluster;
}

/** The JSON lines an instance has logged so far. */
export function logLines(instance: Instance): Record<string, unknown>[] {
  if (!instance.logFile || !fs.existsSync(instance.logFile)) return [];
  return fs
    .readFileSync(instance.logFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

type Account = { email: string; password: string };

/** Signs in over HTTP at `baseUrl`; the session cookie ('name=value') or the error next-auth gave. */
export async function signInOver(baseUrl: string, account: Account | keyof typeof demoAccounts) {
  const { email, password } = typeof account === 'string' ? demoAccounts[account] : account;
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.split('=')[0].endsWith('next-auth.session-token'));
  const text = await response.text();
  const error = (text.match(/error=([A-Za-z]+)/) ??
    response.headers.get('location')?.match(/error=([A-Za-z]+)/))?.[1];
  return { session, error };
}
