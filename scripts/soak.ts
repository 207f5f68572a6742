// `npm run soak [-- --seconds N]`: N seconds (default 300) of mixed load at 50 connections on the
// production build — browsing, search, product pages, the API — while shoppers check out and OPD
// orders run to paid through the data layer. Asserts zero 5xx, no lost or duplicated orders, RSS
// growth under 20%, database connections within the pool. Not part of `npm test`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, tempDataDir, freePort } from './lib/postgres';
import { applyMigrations } from './lib/migrate';
import { seedIfEmpty } from '../prisma/seed/seed';
import { serverNodeOptions } from './lib/next-server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: object) => Promise<{ requests: { total: number } }> & {
  on(e: 'response', f: (c: unknown, status: number) => void): void;
};

const root = path.resolve(__dirname, '..');
const seconds = process.argv.includes('--seconds')
  ? Number(process.argv[process.argv.indexOf('--seconds') + 1])
  : 300;

function rssMb(pid: number) {
  const pids = [
    pid,
    ...spawnSync('pgrep', ['-P', String(pid)])
      .stdout.toString()
      .split('\n')
      .filter(Boolean)
      .map(Number),
  ];
  return Math.max(
    ...pids.map((p) => {
      try {
        return Math.round(
          Number(fs.readFileSync(`/proc/${p}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]) / 1024,
        );
      } catch {
        return 0;
      }
    }),
  );
}

async function main() {
  const env = {
    ...process.env,
    NEXT_DIST_DIR: '.next-bench',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
    SKIP_BUILD_TYPECHECK: '1',
  };
  if (spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' }).status !== 0)
    throw new Error('build failed');
  fs.rmSync(path.join(root, '.next-bench', 'cache', 'fetch-cache'), { recursive: true, force: true });
  const dataDir = tempDataDir('umkm-soak-');
  const database = await startEmbeddedPostgres({ dataDir, quiet: true });
  const piiKey = crypto.randomBytes(32).toString('hex');
  process.env.PII_ENCRYPTION_KEY = piiKey;
  await applyMigrations(database.url);
  await seedIfEmpty(database.url);
  const port = await freePort(3992);
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    path.join(root, 'node_modules/.bin/next'),
    ['start', '-p', String(port)],
    {
      cwd: root,
      env: {
        ...env,
        NODE_OPTIONS: serverNodeOptions(),
        DATABASE_URL: database.url,
        PII_ENCRYPTION_KEY: piiKey,
        NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
        UPLOADS_DIR: tempDataDir('umkm-soak-up-'),
      },
      stdio: 'ignore',
    },
  );
  const monitor = new pg.Client({ connectionString: database.url });
  try {
    for (let i = 0; i < 360; i++) {
      if (
        await fetch(`${base}/api/ready`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await monitor.connect();
    const slug = (await monitor.query(`SELECT slug FROM "Product" WHERE status = 'PUBLISHED' LIMIT 1`))
      .rows[0].slug;
    const paths = [
      '/',
      '/products',
      '/products?q=kripik',
      '/products?q=nasi%20kotak&kecamatan=medan-kota',
      `/products/${slug}`,
      '/api/v1/products?q=bolu',
      '/api/v1/products?category=kerajinan&sort=price-asc',
      '/transparansi',
      '/bazar',
      '/umkm/bika-ambon-zulaikha-jaya',
    ];
    await fetch(`${base}/`);
    const rssStart = rssMb(server.pid!);
    // Growth is judged from the end of the warm-up (the first 20% of the run, at least 20 s): the heap
    // and JIT settle there; what grows after that is what would grow for ever.
    let rssBefore = rssStart;
    const warmup = setTimeout(() => (rssBefore = rssMb(server.pid!)), Math.max(20, seconds * 0.2) * 1000);
    let maxConnections = 0;
    const sampler = setInterval(async () => {
      const r = await monitor
        .query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()`)
        .catch(() => null);
      if (r) maxConnections = Math.max(maxConnections, r.rows[0].n);
    }, 2000);
    const statuses = new Map<number, number>();
    const load = autocannon({
      url: base,
      connections: 50,
      duration: seconds,
      requests: paths.map((p) => ({ method: 'GET', path: p })),
    });
    load.on('response', (_c, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
    const report = path.join(tempDataDir('umkm-soak-report-'), '..', 'writes.json');
    const writes = spawn('npx', ['vitest', 'run', '--config', 'vitest.soak.mts', 'soak/writes.soak.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PII_ENCRYPTION_KEY: piiKey,
        SOAK_SECONDS: String(seconds - 5),
        SOAK_REPORT: report,
      },
      stdio: 'inherit',
    });
    const writesOk = await new Promise<boolean>((resolve) =>
      writes.on('exit', (code) => resolve(code === 0)),
    );
    const result = await load;
    clearInterval(sampler);
    clearTimeout(warmup);
    const rssAfter = rssMb(server.pid!);
    const fiveXx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    const w = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : {};
    const rows = [
      [
        'requests (50 connections)',
        `${result.requests.total} in ${seconds} s, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
        true,
      ],
      ['5xx responses', String(fiveXx), fiveXx === 0],
      [
        'shop orders placed / stored / duplicated',
        `${w.placedOrders} / ${w.storedOrders} / ${w.duplicates}`,
        writesOk,
      ],
      [
        'OPD order steps to paid',
        `${w.procurementSteps} steps, ${w.failures} refused writes${w.reasons?.length ? ` (${w.reasons.join('; ')})` : ''}`,
        writesOk,
      ],
      [
        'server RSS after warm-up → end',
        `${rssBefore} MB → ${rssAfter} MB (${Math.round(((rssAfter - rssBefore) / rssBefore) * 100)}%; ${rssStart} MB before any load)`,
        rssAfter <= rssBefore * 1.2,
      ],
      // The app's pool and the writer's pool are both lib/server/db's (max 20 each), plus this monitor.
      [
        'database connections (max seen)',
        `${maxConnections} (bound: app pool 20 + writer pool 20 + monitor 1)`,
        maxConnections <= 41,
      ],
    ] as const;
    console.log('\n| check | observed | |\n|---|---|---|');
    for (const [name, value, ok] of rows) console.log(`| ${name} | ${value} | ${ok ? '✓' : '✗'} |`);
    process.exitCode = rows.every((r) => r[2]) ? 0 : 1;
  } finally {
    await monitor.end().catch(() => {});
    server.kill('SIGTERM');
    await database.stop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
