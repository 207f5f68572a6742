// `npm run faults`: fault tests against the production build on its own embedded PostgreSQL, each
// with its expected outcome asserted. Not part of `npm test`.
//   A. PostgreSQL stopped under load: health says 503, requests fail cleanly, the app recovers on its
//      own within 10 s of the database coming back.
//   B. The same Stripe webhook delivered 5 times, out of order with a later event: one effect.
//   D. The process placing checkouts SIGKILLed mid-flight: no half-written order or reservation,
//      nothing committed lost, and the reservations it left behind are released after the restart.
//   C. 50 concurrent purchases of an item with stock 10: exactly 10 succeed (the integration test,
//      run with those numbers).
//   E. The SMTP server down for a minute while 20 emails are queued, then back: each arrives once.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Stripe from 'stripe';
import pg from 'pg';
import { startEmbeddedPostgres, tempDataDir, freePort, type RunningPostgres } from './lib/postgres';
import { applyMigrations } from './lib/migrate';
import { seedIfEmpty } from '../prisma/seed/seed';
import { serverNodeOptions } from './lib/next-server';
import { SMTPServer } from 'smtp-server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (
  opts: object,
) => Promise<{ requests: { total: number }; non2xx: number; errors: number }>;

const root = path.resolve(__dirname, '..');
const results: { fault: string; expected: string; observed: string; ok: boolean }[] = [];
const record = (fault: string, expected: string, observed: string, ok: boolean) => {
  results.push({ fault, expected, observed, ok });
  console.log(`${ok ? '✓' : '✗'} ${fault}: ${observed}`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function health(base: string, check = 'health') {
  try {
    const r = await fetch(`${base}/api/${check}`, { signal: AbortSignal.timeout(4000) });
    return r.status;
  } catch {
    return 0;
  }
}

/** Fault E: a mail worker retries with backoff while the SMTP server is down; nothing twice. */
async function smtpDownForAMinute() {
  const dataDir = tempDataDir('umkm-fault-e-');
  const database = await startEmbeddedPostgres({ dataDir, quiet: true });
  await applyMigrations(database.url);
  const smtpPort = await freePort(4825);
  const arrived = new Map<string, number>();
  const smtp = new SMTPServer({
    disableReverseLookup: true, // a reverse DNS lookup per connection costs up to 1.5 s
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString()));
      stream.on('end', () => {
        const id = /^Message-ID: (.*)$/im.exec(raw)?.[1].trim() ?? '?';
        arrived.set(id, (arrived.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  const childEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    JOBS_WORKER: 'on',
  };
  const node = (script: string) =>
    spawn(
      process.execPath,
      ['--require', './tests/support/server-only-stub.cjs', '--import', 'tsx', script],
      {
        cwd: root,
        env: childEnv,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  const worker = node('tests/support/mail-worker.ts');
  const started = Date.now();
  try {
    const producer = node('soak/queue-mail.fault.ts');
    const produced = await new Promise<number | null>((resolve) => producer.on('exit', resolve));
    await sleep(60_000); // the server is down: every attempt fails and is retried with backoff
    const duringOutage = [...arrived.values()].reduce((a, b) => a + b, 0);
    await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
    const back = Date.now();
    for (let i = 0; i < 600 && arrived.size < 20; i++) await sleep(500);
    await sleep(10_000); // any duplicate would arrive now
    const total = [...arrived.values()].reduce((a, b) => a + b, 0);
    record(
      'E SMTP down for a minute',
      '20 emails queued during the outage each arrive exactly once after it returns',
      `producer ${produced === 0 ? 'queued 20' : `exited ${produced}`}; ${duringOutage} delivered during the outage; after the server came back ${arrived.size} distinct messages arrived in ${Math.round((Date.now() - back) / 1000) - 10} s (${total} deliveries in all, ${Math.round((Date.now() - started) / 1000)} s overall)`,
      produced === 0 && duringOutage === 0 && arrived.size === 20 && total === 20,
    );
  } finally {
    worker.kill('SIGKILL');
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await database.stop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}

/** Fault D: see soak/checkouts-until-killed.fault.ts for the victim. */
async function checkoutsKilledMidFlight(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', (error) => console.error('fault D client:', error.message));
  await client.connect();
  const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    (await client.query(sql, params)).rows as T[];
  // Four stock-kept products of different UMKM, with plenty of stock.
  await q(`UPDATE "Product" p SET slug = 'fault-d-' || p.id, stock = 100000 FROM (
             SELECT DISTINCT ON (p2."msmeId") p2.id FROM "Product" p2 JOIN "Msme" m ON m.id = p2."msmeId"
             WHERE p2.status = 'PUBLISHED' AND m.status = 'VERIFIED' AND m."bankAccountCipher" IS NOT NULL AND p2."leadTimeDays" < 30 ORDER BY p2."msmeId", p2.id LIMIT 4) pick WHERE p.id = pick.id`);
  const standInPort = await freePort(4790);
  const victimEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    STRIPE_SECRET_KEY: 'sk_test_fault_d',
    STRIPE_API_BASE: `http://127.0.0.1:${standInPort}`,
    STRIPE_WEBHOOK_SECRET: 'whsec_fault_d',
  };
  const runVictim = (extraEnv: Record<string, string>) =>
    spawn('npx', ['vitest', 'run', '--config', 'vitest.soak.mts', 'soak/checkouts-until-killed.fault.ts'], {
      cwd: root,
      env: { ...victimEnv, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });

  const victim = runVictim({});
  const placed: string[] = [];
  let output = '';
  // Whole lines only, per stream: a chunk may end in the middle of an id.
  const collector = () => {
    let partial = '';
    return (chunk: Buffer) => {
      output += chunk.toString();
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop()!;
      for (const line of lines) for (const m of line.matchAll(/placed (\w+)/g)) placed.push(m[1]);
    };
  };
  victim.stdout!.on('data', collector());
  victim.stderr!.on('data', collector());
  for (let i = 0; i < 120 && placed.length < 60; i++) await sleep(500);
  await sleep(Math.random() * 300);
  try {
    process.kill(-victim.pid!, 'SIGKILL');
  } catch {
    // already gone: reported below with its output
  }
  const placedAtKill = placed.length;
  await sleep(2000);

  const invariants = async () => {
    const [row] = await q<
      Record<string, number>
    >(`WITH victims AS (SELECT id FROM "User" WHERE email LIKE 'fault-d-%') SELECT
      (SELECT count(*)::int FROM "Checkout" c WHERE c."buyerUserId" IN (SELECT id FROM victims) AND NOT EXISTS (SELECT 1 FROM "ShopOrder" o WHERE o."checkoutId" = c.id)) AS "checkoutsWithoutOrders",
      (SELECT count(*)::int FROM "ShopOrder" o WHERE o."buyerUserId" IN (SELECT id FROM victims) AND NOT EXISTS (SELECT 1 FROM "ShopOrderItem" i WHERE i."orderId" = o.id)) AS "ordersWithoutItems",
      (SELECT count(*)::int FROM "ShopOrder" o WHERE o."buyerUserId" IN (SELECT id FROM victims) AND o."totalIdr" <> (SELECT sum(i."totalIdr") FROM "ShopOrderItem" i WHERE i."orderId" = o.id)) AS "orderTotalsWrong",
      (SELECT count(*)::int FROM "Checkout" c WHERE c."buyerUserId" IN (SELECT id FROM victims) AND c."totalIdr" <> (SELECT sum(o."totalIdr") FROM "ShopOrder" o WHERE o."checkoutId" = c.id)) AS "checkoutTotalsWrong",
      (SELECT count(*)::int FROM "Product" p WHERE p.slug LIKE 'fault-d-%' AND p.stock + coalesce((SELECT sum(i.quantity) FROM "ShopOrderItem" i JOIN "ShopOrder" o ON o.id = i."orderId" WHERE i."productId" = p.id AND o.status <> 'CANCELLED'), 0) <> 100000) AS "stockNotMatchingOrders",
      (SELECT count(*)::int FROM pg_stat_activity WHERE state LIKE 'idle in transaction%') AS "openTransactions"`);
    return row;
  };
  const afterKill = await invariants();
  const missing = (
    await q<{ id: string }>(`SELECT unnest($1::text[]) AS id EXCEPT SELECT id FROM "Checkout"`, [placed])
  ).length;
  const [{ total, pending }] = await q<{ total: number; pending: number }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE c."paymentMethod" = 'STRIPE' AND c.status = 'PENDING' AND c."stripeSessionId" IS NULL)::int AS pending FROM "Checkout" c JOIN "User" u ON u.id = c."buyerUserId" WHERE u.email LIKE 'fault-d-%'`,
  );
  const clean = Object.values(afterKill).every((v) => v === 0) && missing === 0;
  record(
    'D1 checkout process killed',
    'no half-written order or reservation; every committed checkout kept',
    placedAtKill === 0
      ? `nothing placed before the kill:\n${output.slice(-1500)}`
      : `${placedAtKill} placed before the kill, ${total} in the database, ${missing} missing; ${pending} card checkouts caught between commit and payment session; ${JSON.stringify(afterKill)}`,
    clean && placedAtKill > 0,
  );

  // The restart: once the card checkouts' reservation time has passed, the next checkout's sweep
  // releases what the killed process left pending.
  await q(
    `UPDATE "Checkout" SET "expiresAt" = now() - interval '1 second' WHERE "paymentMethod" = 'STRIPE' AND status = 'PENDING' AND "stripeSessionId" IS NULL`,
  );
  const restarted = runVictim({ CHECKOUTS_LIMIT: '1' });
  restarted.stdout!.on('data', collector());
  restarted.stderr!.on('data', collector());
  const code = await new Promise<number | null>((resolve) => restarted.on('exit', resolve));
  const afterRestart = await invariants();
  const [{ left, released }] = await q<{ left: number; released: number }>(`SELECT
      count(*) FILTER (WHERE c.status = 'PENDING' AND c."stripeSessionId" IS NULL AND c."expiresAt" < now())::int AS left,
      count(*) FILTER (WHERE c.status = 'EXPIRED')::int AS released
    FROM "Checkout" c JOIN "User" u ON u.id = c."buyerUserId" WHERE u.email LIKE 'fault-d-%' AND c."paymentMethod" = 'STRIPE'`);
  record(
    'D2 after restart',
    'stale reservations released, stock matches the live orders',
    code === 0
      ? `${released} of ${pending} stale reservations released, ${left} left; ${JSON.stringify(afterRestart)}`
      : `the restarted run failed:\n${output.slice(-1500)}`,
    code === 0 && left === 0 && released === pending && Object.values(afterRestart).every((v) => v === 0),
  );
  await client.end();
}

async function main() {
  const dist = '.next-bench';
  const env = {
    ...process.env,
    NEXT_DIST_DIR: dist,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
    SKIP_BUILD_TYPECHECK: '1',
  };
  if (spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' }).status !== 0)
    throw new Error('build failed');
  fs.rmSync(path.join(root, dist, 'cache', 'fetch-cache'), { recursive: true, force: true });
  const dataDir = tempDataDir('umkm-faults-');
  let database: RunningPostgres = await startEmbeddedPostgres({ dataDir, quiet: true });
  const pgPort = database.port;
  process.env.PII_ENCRYPTION_KEY ??= crypto.randomBytes(32).toString('hex');
  await applyMigrations(database.url);
  await seedIfEmpty(database.url);
  const port = await freePort(3991);
  const base = `http://127.0.0.1:${port}`;
  const webhookSecret = 'whsec_faults_' + crypto.randomBytes(8).toString('hex');
  const server: ChildProcess = spawn(
    path.join(root, 'node_modules/.bin/next'),
    ['start', '-p', String(port)],
    {
      cwd: root,
      env: {
        ...env,
        NODE_OPTIONS: serverNodeOptions(),
        DATABASE_URL: database.url,
        NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
        STRIPE_SECRET_KEY: 'sk_test_faults',
        STRIPE_WEBHOOK_SECRET: webhookSecret,
        UPLOADS_DIR: tempDataDir('umkm-faults-up-'),
      },
      stdio: 'ignore',
    },
  );
  try {
    // Started (worker included): /api/health answers as soon as the server listens.
    for (let i = 0; i < 240 && (await health(base, 'ready')) !== 200; i++) await sleep(500);

    // A. PostgreSQL stopped under load.
    const load = autocannon({
      url: `${base}/api/v1/products?q=nasi%20kotak&limit=5&sort=price-asc`,
      connections: 10,
      duration: 14,
    });
    await sleep(3000);
    await database.stop();
    let down = 0;
    for (let i = 0; i < 10 && down !== 503; i++) {
      down = await health(base);
      await sleep(300);
    }
    record(
      'A1 database stopped',
      'GET /api/health answers 503 {"db":"down"}',
      `health answered ${down}`,
      down === 503,
    );
    await sleep(2000);
    database = await startEmbeddedPostgres({ dataDir, port: pgPort, quiet: true });
    const back = Date.now();
    let recovered = -1;
    for (let i = 0; i < 40; i++) {
      if ((await health(base)) === 200) {
        recovered = Date.now() - back;
        break;
      }
      await sleep(250);
    }
    record(
      'A2 database back',
      'healthy again within 10 s, no restart',
      recovered >= 0 ? `healthy after ${(recovered / 1000).toFixed(1)} s` : 'not healthy after 10 s',
      recovered >= 0 && recovered <= 10_000,
    );
    const during = await load;
    const alive = server.exitCode === null;
    record(
      'A3 under load',
      'the server keeps running; cached catalog answers keep coming, uncached ones fail with an error',
      `${during.requests.total} requests, ${during.non2xx} non-2xx, ${during.errors} socket errors, server ${alive ? 'running' : 'exited'}`,
      alive,
    );
    const search = await fetch(`${base}/api/v1/products?q=bika&limit=3`);
    record(
      'A4 after recovery',
      'the catalog API answers 200',
      `answered ${search.status}`,
      search.status === 200,
    );

    // B. One Stripe webhook five times, and out of order with a later event.
    const client = new pg.Client({ connectionString: database.url });
    // A dropped connection is reported, not an unhandled event that ends the whole run.
    client.on('error', (error) => console.error('fault B client:', error.message));
    await client.connect();
    const buyer = (await client.query(`SELECT id FROM "User" WHERE role = 'SHOPPER' LIMIT 1`)).rows[0]
      .id as string;
    // A verified UMKM that sells something (most pendataan records have no products yet).
    const product = (
      await client.query(
        `SELECT p.id, p."priceIdr", p."msmeId" FROM "Product" p JOIN "Msme" m ON m.id = p."msmeId"
         WHERE m.status = 'VERIFIED' AND p.status = 'PUBLISHED' ORDER BY p.id LIMIT 1`,
      )
    ).rows[0];
    const msme = product.msmeId as string;
    const checkoutId = `faults${crypto.randomBytes(6).toString('hex')}`;
    await client.query(
      `INSERT INTO "Checkout" (id, "buyerUserId", "paymentMethod", status, "totalIdr", "expiresAt") VALUES ($1, $2, 'STRIPE', 'PENDING', $3, now() + interval '30 minutes')`,
      [checkoutId, buyer, product.priceIdr],
    );
    await client.query(
      `INSERT INTO "ShopOrder" (id, number, "checkoutId", "buyerUserId", "msmeId", status, "totalIdr", "deliveryName", "deliveryPhone", "deliveryAddress", "updatedAt") VALUES ($1, $2, $3, $4, $5, 'PENDING_PAYMENT', $6, 'Uji', '6281200000000', 'Jl. Uji No. 1, Medan', now())`,
      [`o${checkoutId}`, `UMK-FAULTS-${checkoutId}`, checkoutId, buyer, msme, product.priceIdr],
    );
    const sdk = new Stripe('sk_test_faults');
    const send = async (id: string, type: string) => {
      const body = JSON.stringify({
        id,
        object: 'event',
        type,
        data: {
          object: {
            id: 'cs_test_faults',
            object: 'checkout.session',
            metadata: { checkoutId },
            payment_status: 'paid',
            amount_total: Number(product.priceIdr) * 100,
          },
        },
      });
      const r = await fetch(`${base}/api/webhooks/stripe`, {
        method: 'POST',
        body,
        headers: {
          'stripe-signature': sdk.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret }),
          'content-type': 'application/json',
        },
      });
      return ((await r.json()) as { outcome?: string }).outcome ?? String(r.status);
    };
    const outcomes = await Promise.all([
      send('evt_faults_async', 'checkout.session.async_payment_succeeded'),
      ...Array.from({ length: 5 }, () => send('evt_faults_completed', 'checkout.session.completed')),
    ]);
    const paidEntries = Number(
      (
        await client.query(
          `SELECT count(*) FROM "AuditLog" WHERE action = 'shop.payment.stripe' AND "entityId" = $1`,
          [checkoutId],
        )
      ).rows[0].count,
    );
    const status = (await client.query(`SELECT status FROM "Checkout" WHERE id = $1`, [checkoutId])).rows[0]
      .status;
    record(
      'B webhook ×5 + out of order',
      'one payment recorded, checkout PAID',
      `outcomes ${outcomes.join(', ')}; ${paidEntries} payment record(s); checkout ${status}`,
      paidEntries === 1 && status === 'PAID',
    );
    await client.end();

    await checkoutsKilledMidFlight(database.url);
  } finally {
    server.kill('SIGTERM');
    await database.stop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }

  // C. 50 buyers, stock 10 (the integration test with those numbers, on its own database).
  const race = spawnSync('npx', ['vitest', 'run', 'tests/shop.test.ts', '-t', 'racing shoppers'], {
    cwd: root,
    env: { ...process.env, RACE_BUYERS: '50', RACE_STOCK: '10' },
    encoding: 'utf8',
  });
  record(
    'C 50 buyers for stock 10',
    'exactly 10 orders, stock 0',
    race.status === 0 ? '10 succeeded, 40 refused, stock 0' : `failed:\n${race.stdout.slice(-1500)}`,
    race.status === 0,
  );

  await smtpDownForAMinute();

  console.log('\n| fault | expected | observed | |\n|---|---|---|---|');
  for (const r of results)
    console.log(`| ${r.fault} | ${r.expected} | ${r.observed.replace(/\n/g, ' ')} | ${r.ok ? '✓' : '✗'} |`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
