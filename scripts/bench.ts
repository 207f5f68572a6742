// `npm run bench`: the production build against an embedded PostgreSQL seeded with 100,000 products,
// driven by autocannon. Prints a table and writes bench/results/<time>.json. Absolute figures drift
// between runs and machines; the ratio to the baseline (a trivial JSON route, same run) does not.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
// autocannon ships no types; the part used here is small.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: object) => AutocannonInstance;
import { startEmbeddedPostgres, tempDataDir, freePort } from './lib/postgres';
import { applyMigrations } from './lib/migrate';
import { seedBulkProducts, seedIfEmpty } from '../prisma/seed/seed';
import { createPrismaClient } from '../lib/db/client';
import { serverNodeOptions } from './lib/next-server';

type AutocannonInstance = Promise<{
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}> & {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const PRODUCTS = arg('--products', 100_000);
const SECONDS = arg('--seconds', 10);
const CONNECTIONS = arg('--connections', 20);
const DIST = '.next-bench';

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

function rssMb(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024);
}

/** RSS of the server: `next start` runs the server in a child of the npx/next process tree. */
function serverRss(root: ChildProcess) {
  const pids = [
    root.pid!,
    ...spawnSync('pgrep', ['-P', String(root.pid)])
      .stdout.toString()
      .split('\n')
      .filter(Boolean)
      .map(Number),
  ];
  return Math.max(
    ...pids.map((pid) => {
      try {
        return rssMb(pid);
      } catch {
        return 0;
      }
    }),
  );
}

/** Drives `paths` in turn on each connection, or asks `next` for a fresh path before every request. */
async function run(url: string, paths: string[] | (() => string), seconds: number) {
  const times: number[] = [];
  const requests =
    typeof paths === 'function'
      ? [{ method: 'GET', setupRequest: (request: object) => ({ ...request, path: paths() }) }]
      : paths.map((p) => ({ method: 'GET', path: p }));
  const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, requests });
  instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: Math.round(result.requests.total / seconds),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function firstLoadJsKb(base: string, page: string) {
  const html = await (await fetch(base + page)).text();
  // Modern browsers skip noModule scripts (Next's legacy polyfills): they are not first-load JS.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/nomodule/i.test(tag))
    .flatMap((tag) => tag.match(/src="([^"]+\.js[^"]*)"/)?.[1] ?? []);
  let total = 0;
  for (const src of new Set(scripts))
    total += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return Math.round(total / 102.4) / 10;
}

/**
 * Statements PostgreSQL ran per page request (pg_stat_statements; transaction control and the
 * measurement's own statements excluded), requesting each path once in turn.
 */
async function countQueries(
  db: ReturnType<typeof createPrismaClient>,
  base: string,
  groups: { name: string; paths: string[] }[],
) {
  // Needs shared_preload_libraries (set when the bench starts its own PostgreSQL); else 'n/a'.
  const available = await db
    .$executeRawUnsafe('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
    .then(() => db.$queryRawUnsafe('SELECT 1 FROM pg_stat_statements LIMIT 1'))
    .then(
      () => true,
      () => false,
    );
  const counts = [];
  for (const group of groups) {
    if (!available) {
      counts.push({ name: group.name, perRequest: 'n/a', cards: 0 });
      continue;
    }
    await db.$queryRawUnsafe('SELECT pg_stat_statements_reset()');
    let cards = 0;
    for (const p of group.paths)
      cards += ((await (await fetch(base + p)).text()).match(/data-testid="product-card"/g) ?? []).length;
    const [{ calls }] = await db.$queryRawUnsafe<{ calls: number }[]>(
      `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements WHERE query !~* '^\\s*(begin|commit|rollback|set|show|deallocate)' AND query NOT ILIKE '%pg_stat_statements%'`,
    );
    counts.push({
      name: group.name,
      perRequest: Math.round((calls / group.paths.length) * 10) / 10,
      cards: Math.round(cards / group.paths.length),
    });
  }
  return counts;
}

async function main() {
  const env = {
    ...process.env,
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
    SKIP_BUILD_TYPECHECK: '1',
  };
  console.log(`▸ building into ${DIST}`);
  if (spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' }).status !== 0)
    throw new Error('build failed');
  fs.rmSync(path.join(root, DIST, 'cache', 'fetch-cache'), { recursive: true, force: true });
  // BENCH_DATABASE_URL reuses an already seeded database (quicker iterations); by default a fresh one.
  const dataDir = tempDataDir('umkm-bench-');
  const pg = process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({
        dataDir,
        quiet: true,
        settings: ['shared_preload_libraries=pg_stat_statements'],
      });
  let server: ChildProcess | undefined;
  try {
    await applyMigrations(pg.url);
    process.env.PII_ENCRYPTION_KEY ??= crypto.randomBytes(32).toString('hex');
    await seedIfEmpty(pg.url);
    const t0 = Date.now();
    const total = await seedBulkProducts(pg.url, PRODUCTS);
    console.log(`▸ seeded ${total} products in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const db = createPrismaClient(pg.url, 2);
    await db.$executeRawUnsafe('ANALYZE');
    const published = { status: 'PUBLISHED', msme: { status: 'VERIFIED' } } as const;
    const sample = await db.product.findFirstOrThrow({
      where: { ...published, stock: { not: null } },
      orderBy: { id: 'desc' },
      select: { slug: true },
    });
    const unvisited = await db.product.findMany({
      where: published,
      orderBy: { id: 'asc' },
      take: 10,
      select: { slug: true, name: true },
    });

    const port = await freePort(3990);
    server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
      cwd: root,
      env: {
        ...env,
        NODE_OPTIONS: serverNodeOptions(),
        DATABASE_URL: pg.url,
        NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
        UPLOADS_DIR: tempDataDir('umkm-bench-up-'),
      },
      stdio: 'ignore',
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 120; i++) {
      if (
        await fetch(`${base}/api/health`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const rssBefore = serverRss(server);
    // Database statements per request, on cold caches (each URL is new to the server).
    const queryCounts = await countQueries(db, base, [
      {
        name: 'list page (kopi)',
        paths: Array.from({ length: 5 }, (_, i) => `/products?q=kopi&minPrice=${i + 1}`),
      },
      {
        name: 'list page (a product name)',
        paths: unvisited
          .slice(0, 5)
          .map((p, i) => `/products?q=${encodeURIComponent(p.name)}&minPrice=${i + 1}`),
      },
      { name: 'product page', paths: unvisited.slice(5).map((p) => `/products/${p.slug}`) },
    ]);
    await db.$disconnect();
    const queries = [
      'keripik',
      'kripik balado',
      'bolu meranti',
      'nasi kotak ayam',
      'kopi sidikalang',
      'sambel',
      'rajutan',
      'ulos',
    ];
    let searchNumber = 0;
    const scenarios: { name: string; paths: string[] | (() => string) }[] = [
      { name: 'baseline GET /api/ping', paths: ['/api/ping'] },
      {
        name: 'API search /api/v1/products?q=…',
        paths: queries.map((q) => `/api/v1/products?q=${encodeURIComponent(q)}`),
      },
      { name: 'list page /products?q=…', paths: queries.map((q) => `/products?q=${encodeURIComponent(q)}`) },
      // The worst case: every request a search nobody made before (no page or data cache hit).
      {
        name: 'list page, every search new (uncached)',
        paths: () =>
          `/products?q=${encodeURIComponent(queries[searchNumber % queries.length])}&maxPrice=${1_000_000 + searchNumber++}`,
      },
      { name: 'product page /products/{slug}', paths: [`/products/${sample.slug}`] },
      { name: 'home page /', paths: ['/'] },
    ];
    const results = [];
    for (const scenario of scenarios) {
      await run(base, scenario.paths, 3); // warm-up
      const r = await run(base, scenario.paths, SECONDS);
      results.push({ scenario: scenario.name, ...r });
      console.log(`  ${scenario.name}: ${r.rps} req/s, p95 ${r.p95} ms`);
    }
    const rssAfter = serverRss(server);
    const baseline = results[0].rps;
    const table = results.map((r) => ({ ...r, ratio: Math.round((r.rps / baseline) * 1000) / 10 }));
    const js = {
      '/products': await firstLoadJsKb(base, '/products'),
      '/products/{slug}': await firstLoadJsKb(base, `/products/${sample.slug}`),
      '/': await firstLoadJsKb(base, '/'),
    };
    console.log(
      `\nBenchmark: ${total} products, ${CONNECTIONS} connections, ${SECONDS} s per scenario (after 3 s warm-up)\n`,
    );
    console.log('| scenario | req/s | % of baseline | p50 ms | p95 ms | p99 ms | errors |');
    console.log('|---|---|---|---|---|---|---|');
    for (const r of table)
      console.log(
        `| ${r.scenario} | ${r.rps} | ${r.ratio}% | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`,
      );
    console.log(`\nServer RSS: ${rssBefore} MB before, ${rssAfter} MB after`);
    console.log(
      `First-load JS (gzip): ${Object.entries(js)
        .map(([p, kb]) => `${p} ${kb} kB`)
        .join(', ')}`,
    );
    console.log(
      `Database statements per request (cold caches): ${queryCounts.map((q) => `${q.name} ${q.perRequest} (${q.cards} cards)`).join(', ')}`,
    );
    const file = path.join(root, 'bench/results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          products: total,
          connections: CONNECTIONS,
          seconds: SECONDS,
          results: table,
          rssMb: { before: rssBefore, after: rssAfter },
          firstLoadJsKb: js,
          queriesPerRequest: queryCounts,
        },
        null,
        2,
      ),
    );
    console.log(`\nWritten ${path.relative(root, file)}`);
  } finally {
    server?.kill('SIGTERM');
    await pg.stop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
