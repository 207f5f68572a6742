// `npm start` / `npm run dev`: the whole set-up in one command. Checks the configuration, opens the
// database (DATABASE_URL, or an embedded PostgreSQL in .data/postgres), applies migrations, seeds an
// empty database, builds when the sources changed (start), then runs Next.js until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadAppEnv, projectRoot } from './lib/app-env';
import { openAppDatabase } from './lib/database';
import { exitWithFriendlyError, FriendlyError } from './lib/friendly-error';
import { isPortFree } from './lib/postgres';
import { buildIsCurrent, recordBuild } from './lib/build-stamp';
import { prepareDatabase } from './lib/prepare-database';
import { frontDoorOption, serverNodeOptions } from './lib/next-server';

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';

async function main() {
  const env = loadAppEnv();
  if (!(await isPortFree(env.PORT, '0.0.0.0'))) {
    throw new FriendlyError(
      `Port ${env.PORT} is already in use: stop what runs there or start on another port, e.g. PORT=3001 npm ${mode === 'dev' ? 'run dev' : 'start'}.`,
    );
  }
  const database = await openAppDatabase(env);
  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    await database.stop();
  };
  try {
    await prepareDatabase(database.url);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  // next-auth builds its URLs from NEXTAUTH_URL (else http://localhost:3000, whatever the port).
  const childEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const next = path.join(projectRoot, 'node_modules/.bin/next');
  if (mode === 'start' && !buildIsCurrent()) {
    console.log('▸ building the app (first start or changed sources)…');
    const build = spawnSync(next, ['build'], {
      stdio: 'inherit',
      env: { ...childEnv, NODE_ENV: 'production' },
    });
    if (build.status !== 0) {
      await stopDatabase();
      throw new FriendlyError('The build failed (see above): fix the error and run npm start again.');
    }
    recordBuild();
  }
  const args = mode === 'dev' ? ['dev', '-p', String(env.PORT)] : ['start', '-p', String(env.PORT)];
  const child = spawn(next, args, {
    stdio: 'inherit',
    env: {
      ...childEnv,
      NODE_OPTIONS:
        mode === 'start'
          ? serverNodeOptions()
          : [process.env.NODE_OPTIONS, frontDoorOption()].filter(Boolean).join(' '),
    },
  });
  console.log(
    `▸ Etalase UMKM Medan on http://localhost:${env.PORT} (database: ${env.DATABASE_URL ? 'DATABASE_URL' : 'embedded, .data/postgres'})`,
  );
  const shutdown = (signal: NodeJS.Signals) => {
    child.kill(signal);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  child.on('exit', async (code) => {
    await stopDatabase();
    process.exit(code ?? 0);
  });
}

main().catch(exitWithFriendlyError);
