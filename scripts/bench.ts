// `npm run bench`: the production build against an embedded PostgreSQL seeded with 100,000 products,
// driven by autocannon. Prints a table and writes bench/results/<time>.json. Absolute figures drift
// between runs and machines; the ratio to the baseline (a trivial JSON route, same run) does not.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
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
const LIGHTHOUSE = args.includes('--lighthouse');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// What PostgreSQL logs during the run (auto_explain's sampled plans among it).
const serverLog: string[] = [];

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

/** Ids of a process and all its descendants. */
function processTree(pid: number): number[] {
  const children = spawnSync('pgrep', ['-P', String(pid)])
    .stdout.toString()
    .split('\n')
    .filter(Boolean)
    .map(Number);
  return [pid, ...children.flatMap(processTree)];
}

/**
 * CPU milliseconds (user + system) the processes have used so far; gone ones count 0. With
 * `reaped`, the first one's also counts its children that have exited (PostgreSQL's backends).
 */
function cpuMs(pids: number[], reaped = false) {
  let ticks = 0;
  for (const [i, pid] of pids.entries()) {
    try {
      // Fields after the command's closing parenthesis: utime, stime, cutime, cstime are 12th–15th.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      if (reaped && i === 0) ticks += Number(fields[13]) + Number(fields[14]);
    } catch {
      // exited meanwhile
    }
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/**
 * Where a scenario's CPU went, per request: the app server, PostgreSQL (every backend), and this
 * process (autocannon). On 2 shared cores this says what to make cheaper.
 */
function cpuMeter(server: ChildProcess, databaseUrl: string) {
  // The postmaster of the database the server uses (found by its port), then its backends.
  const port = new URL(databaseUrl).port || '5432';
  const postmaster = Number(
    spawnSync('pgrep', ['-o', '-f', `bin/postgres -D .* -p ${port} `])
      .stdout.toString()
      .trim() || 0,
  );
  const read = () => ({
    server: cpuMs(processTree(server.pid!)),
    postgres: postmaster ? cpuMs(processTree(postmaster), true) : NaN,
    load: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  });
  const start = read();
  return (requests: number) => {
    const end = read();
    const per = (k: keyof typeof start) =>
      Math.round(((end[k] - start[k]) / Math.max(1, requests)) * 100) / 100;
    return { serverMs: per('server'), postgresMs: per('postgres'), loadMs: per('load') };
  };
}

/** Drives `paths` in turn on each connection, or asks `next` for a fresh path before every request. */
async function run(
  url: string,
  paths: string[] | (() => string),
  seconds: number,
  connections = CONNECTIONS,
) {
  const times: number[] = [];
  const requests =
    typeof paths === 'function'
      ? [{ method: 'GET', setupRequest: (request: object) => ({ ...request, path: paths() }) }]
      : paths.map((p) => ({ method: 'GET', path: p }));
  const instance = autocannon({ url, connections, duration: seconds, requests });
  instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: Math.round(result.requests.total / seconds),
    total: result.requests.total,
    p50: Math.round(percentile(times, 50) * 10) / 10,
    p95: Math.round(percentile(times, 95) * 10) / 10,
    p99: Math.round(percentile(times, 99) * 10) / 10,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * The long tail: a query nobody made before on every call, as shoppers type them: real words from
 * the catalog, misspellings (a letter dropped or doubled), Medan's variants, particles, and
 * filters (category, kecamatan, halal, price, sort) some of the time. Repeatable (seeded).
 */
function longTail(categories: string[], kecamatan: string[]) {
  const words = (
    'keripik kripik sambal sambel bolu kue kueh kopi coffee teh tea ulos tenun bika ambon nasi kotak ' +
    'ayam rendang dodol durian pancake lemang kerupuk rajut tas batik syal madu jahe bawang pedas ' +
    'manis gurih premium original keluarga jumbo mini spesial pisang singkong ikan teri kacang'
  ).split(' ');
  let seed = 20261201;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const misspell = (w: string) => {
    const i = 1 + Math.floor(random() * (w.length - 2));
    return random() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i] + w.slice(i);
  };
  let n = 0;
  return (base: string) => {
    n++;
    const terms = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const w = pick(words);
      const r = random();
      return r < 0.2 ? misspell(w) : r < 0.3 ? `${w}nya` : w;
    });
    const params = new URLSearchParams({ q: terms.join(' ') });
    if (random() < 0.3) params.set('category', pick(categories));
    if (random() < 0.2) params.set('kecamatan', pick(kecamatan));
    if (random() < 0.2) params.set('halal', 'true');
    if (random() < 0.2) params.set('sort', pick(['price-asc', 'price-desc', 'newest']));
    // Always a price bound unique to this request: the query is new to every cache.
    params.set('maxPrice', String(500_000 + n));
    return `${base}?${params}`;
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

/**
 * Lighthouse 13 with its default (mobile) settings on one page: performance score, LCP, TBT.
 * Run with npx (not a dependency of the app: it is a measuring tool like autocannon's numbers).
 */
function lighthouse(url: string) {
  const run = spawnSync(
    'npx',
    [
      '--yes',
      'lighthouse@13.5.0',
      url,
      '--only-categories=performance',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-path=${CHROMIUM}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { maxBuffer: 200 * 1024 * 1024, encoding: 'utf8' },
  );
  if (run.status !== 0) return { url, error: run.stderr.slice(-500) };
  const report = JSON.parse(run.stdout) as {
    categories: { performance: { score: number } };
    audits: Record<string, { numericValue: number }>;
  };
  return {
    url,
    score: report.categories.performance.score,
    lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
  };
}

/** The statements that took the most time during the run (all scenarios together). */
async function topStatements(url: string) {
  const db = createPrismaClient(url, 1);
  try {
    return await db.$queryRawUnsafe<{ calls: number; mean: number; total: number; query: string }[]>(
      `SELECT calls::int, round(mean_exec_time::numeric, 2)::float8 AS mean, round(total_exec_time::numeric)::float8 AS total,
         left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query
       FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 10`,
    );
  } catch {
    return [];
  } finally {
    await db.$disconnect();
  }
}

type Row = { scenario: string; rps: number; p95: number; ratio: number };

/**
 * From auto_explain's log: per kind of statement (its first 120 characters), how often it was
 * sampled, and its slowest plan — the statements the long tail spends its time in.
 */
function slowestPlans(log: string) {
  if (!log.includes('Query Text:')) return null;
  const entries = log.split(/\n(?=\S.*LOG: {2}duration: )/);
  const kinds = new Map<string, { count: number; ms: number; text: string }>();
  for (const entry of entries) {
    const ms = Number(entry.match(/duration: ([\d.]+) ms/)?.[1]);
    const query = entry.match(/Query Text: (.*)/)?.[1];
    if (!query || Number.isNaN(ms) || /pg_stat_statements|^\s*(BEGIN|COMMIT|SET|SHOW)/i.test(query)) continue;
    const kind = query.replace(/\s+/g, ' ').trim().slice(0, 120);
    const seen = kinds.get(kind);
    if (!seen) kinds.set(kind, { count: 1, ms, text: entry });
    else {
      seen.count++;
      if (ms > seen.ms) Object.assign(seen, { ms, text: entry });
    }
  }
  return [...kinds.entries()]
    .sort((a, b) => b[1].count * b[1].ms - a[1].count * a[1].ms)
    .slice(0, 8)
    .map(([kind, k]) => `==== ${k.count} sampled, slowest ${k.ms} ms: ${kind}\n${k.text.trim()}\n`)
    .join('\n');
}

/**
 * How each scenario changed from the newest earlier run at another catalog size (bench/results):
 * throughput, share of the baseline and p95, side by side.
 */
function printComparison(products: number, rows: Row[]) {
  const dir = path.join(root, 'bench/results');
  const earlier = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()
    .map((f) => ({ file: f, ...(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as object) }))
    .find((r) => 'products' in r && r.products !== products && 'results' in r) as
    { file: string; products: number; results: Row[] } | undefined;
  if (!earlier) return;
  console.log(`\nFrom ${earlier.products} products (${earlier.file}) to ${products}:\n`);
  console.log('| scenario | req/s | % of baseline | p95 ms | change in req/s |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) {
    const before = earlier.results.find((r) => r.scenario === row.scenario);
    if (!before) continue;
    const change = Math.round((row.rps / before.rps - 1) * 1000) / 10;
    console.log(
      `| ${row.scenario} | ${before.rps} → ${row.rps} | ${before.ratio}% → ${row.ratio}% | ${before.p95} → ${row.p95} | ${change}% |`,
    );
  }
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
  // --no-build: serve the build already in .next-bench (quicker iterations on the data side).
  if (
    !args.includes('--no-build') &&
    spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' }).status !== 0
  )
    throw new Error('build failed');
  fs.rmSync(path.join(root, DIST, 'cache', 'fetch-cache'), { recursive: true, force: true });
  // BENCH_DATABASE_URL reuses an already seeded database (quicker iterations); by default a fresh one.
  const dataDir = tempDataDir('umkm-bench-');
  const pg = process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({
        dataDir,
        quiet: true,
        settings: [
          'shared_preload_libraries=pg_stat_statements,auto_explain',
          // The plans of the hot statements as they ran under load (EXPLAIN ANALYZE, BUFFERS), for
          // docs/decisions/021 and 023: statements slower than 50 ms, in the server's log. A quarter
          // of the statements are instrumented: timing every node of every statement cost
          // PostgreSQL CPU the figures then counted as the search's.
          'auto_explain.log_min_duration=50',
          'auto_explain.sample_rate=0.25',
          'auto_explain.log_analyze=on',
          'auto_explain.log_buffers=on',
          'auto_explain.log_timing=on',
        ],
        onLog: (message) => serverLog.push(message),
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
    const serverOut = fs.openSync(path.join(os.tmpdir(), 'etalase-bench-server.log'), 'w');
    server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
      cwd: root,
      env: {
        ...env,
        // BENCH_CPU_PROF=<preload.cjs>: a preload of your own for the server, e.g. to take a CPU profile.
        NODE_OPTIONS: [
          serverNodeOptions(),
          process.env.BENCH_CPU_PROF ? `--require ${process.env.BENCH_CPU_PROF}` : '',
        ]
          .filter(Boolean)
          .join(' '),
        DATABASE_URL: pg.url,
        NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
        UPLOADS_DIR: tempDataDir('umkm-bench-up-'),
      },
      // The server's own output, for when it fails under load.
      stdio: ['ignore', serverOut, serverOut],
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 360; i++) {
      if (
        await fetch(`${base}/api/ready`)
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
    const [categorySlugs, kecamatanSlugs] = await Promise.all([
      db.category.findMany({ select: { slug: true } }).then((r) => r.map((c) => c.slug)),
      db.kecamatan.findMany({ select: { slug: true } }).then((r) => r.map((k) => k.slug)),
    ]);
    const apiTail = longTail(categorySlugs, kecamatanSlugs);
    const pageTail = longTail(categorySlugs, kecamatanSlugs);
    const singleTail = longTail(categorySlugs, kecamatanSlugs);
    await db.$disconnect();
    const scenarios: {
      name: string;
      paths: string[] | (() => string);
      connections?: number;
    }[] = [
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
      { name: 'API search, long tail (every query new)', paths: () => apiTail('/api/v1/products') },
      { name: 'list page, long tail (every query new)', paths: () => pageTail('/products') },
      {
        name: 'API search, one new query at a time (1 connection)',
        paths: () => singleTail('/api/v1/products'),
        connections: 1,
      },
      { name: 'product page /products/{slug}', paths: [`/products/${sample.slug}`] },
      { name: 'home page /', paths: ['/'] },
    ];
    const results = [];
    // --only <text>: the baseline and the scenarios whose name contains the text (quicker probes).
    const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
    for (const [index, scenario] of scenarios
      .filter((s, i) => !only || i === 0 || s.name.includes(only))
      .entries()) {
      // With BENCH_CPU_PROF, the preload may start profiling on SIGUSR2: the scenarios after the
      // baseline are what the profile shows.
      if (process.env.BENCH_CPU_PROF && index === 1) server.kill('SIGUSR2');
      await run(base, scenario.paths, 3, scenario.connections); // warm-up
      const meter = cpuMeter(server, pg.url);
      const { total, ...r } = await run(base, scenario.paths, SECONDS, scenario.connections);
      const cpu = meter(total);
      results.push({ scenario: scenario.name, ...r, cpuPerRequest: cpu });
      console.log(
        `  ${scenario.name}: ${r.rps} req/s, p95 ${r.p95} ms; CPU per request: server ${cpu.serverMs} ms, PostgreSQL ${cpu.postgresMs} ms, load ${cpu.loadMs} ms`,
      );
    }
    const rssAfter = serverRss(server);
    const hottest = await topStatements(pg.url);
    const baseline = results[0].rps;
    const table = results.map((r) => ({ ...r, ratio: Math.round((r.rps / baseline) * 1000) / 10 }));
    const phones = LIGHTHOUSE
      ? ['/', '/products', `/products/${sample.slug}`].map((p) => lighthouse(base + p))
      : [];
    for (const p of phones) console.log(`Lighthouse (mobile) ${JSON.stringify(p)}`);
    const js = {
      '/products': await firstLoadJsKb(base, '/products'),
      '/products/{slug}': await firstLoadJsKb(base, `/products/${sample.slug}`),
      '/': await firstLoadJsKb(base, '/'),
    };
    console.log(
      `\nBenchmark: ${total} products, ${CONNECTIONS} connections, ${SECONDS} s per scenario (after 3 s warm-up)\n`,
    );
    console.log(
      '| scenario | req/s | % of baseline | p50 ms | p95 ms | p99 ms | errors | CPU ms per request: server / PostgreSQL |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of table)
      console.log(
        `| ${r.scenario} | ${r.rps} | ${r.ratio}% | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.cpuPerRequest.serverMs} / ${r.cpuPerRequest.postgresMs} |`,
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
    printComparison(total, table);
    console.log('\nStatements by total time over the whole run (pg_stat_statements):');
    for (const h of hottest)
      console.log(`  ${h.calls} calls, mean ${h.mean} ms, total ${h.total} ms: ${h.query}`);
    const plans = slowestPlans(serverLog.join('\n'));
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
          lighthouseMobile: phones,
          hottestStatements: hottest,
          queriesPerRequest: queryCounts,
        },
        null,
        2,
      ),
    );
    console.log(`\nWritten ${path.relative(root, file)}`);
    if (plans) {
      fs.writeFileSync(file.replace(/\.json$/, '-plans.txt'), plans);
      console.log(
        `Plans of the hot statements: ${path.relative(root, file.replace(/\.json$/, '-plans.txt'))}`,
      );
    }
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      // Let it exit on its own (it writes its CPU profile then), for up to 10 s.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await pg.stop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
