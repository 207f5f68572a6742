// npm run db:migrate | db:migration -- <name> | db:seed [-- --products N] | db:reset
import { loadAppEnv, projectRoot } from './lib/app-env';
import { clearDataCache } from './lib/data-cache';
import { openAppDatabase } from './lib/database';
import { exitWithFriendlyError, FriendlyError } from './lib/friendly-error';
import { applyMigrations, createMigration } from './lib/migrate';
import { backupDatabase, restoreDatabase } from './lib/backup';
import { seedBulkProducts, seedIfEmpty } from '../prisma/seed/seed';
import { createPrismaClient } from '../lib/db/client';

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const env = loadAppEnv();
  const database = await openAppDatabase(env);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await applyMigrations(database.url);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
        break;
      }
      case 'migration': {
        const name = rest.find((a) => !a.startsWith('-'));
        if (!name) throw new FriendlyError('Name the migration: npm run db:migration -- add_something');
        const dir = await createMigration(database.url, name);
        console.log(
          dir ? `Wrote ${dir}/migration.sql` : 'The schema has no changes since the last migration.',
        );
        break;
      }
      case 'seed': {
        await applyMigrations(database.url);
        const seeded = await seedIfEmpty(database.url);
        console.log(seeded ? `Demo data loaded: ${seeded}` : 'Demo data already present.');
        const index = rest.indexOf('--products');
        if (index >= 0) {
          const count = Number(rest[index + 1]);
          if (!Number.isInteger(count) || count <= 0)
            throw new FriendlyError('--products needs a positive whole number, e.g. --products 100000');
          const started = Date.now();
          const added = await seedBulkProducts(database.url, count);
          console.log(
            `Catalog now holds ${added} generated products (${((Date.now() - started) / 1000).toFixed(1)} s).`,
          );
        }
        break;
      }
      case 'reset': {
        const prisma = createPrismaClient(database.url);
        await prisma.$executeRawUnsafe('drop schema public cascade; create schema public;');
        await prisma.$disconnect();
        await applyMigrations(database.url);
        console.log(`Database reset. Demo data: ${await seedIfEmpty(database.url)}`);
        clearDataCache(projectRoot, process.env.NEXT_DIST_DIR || '.next');
        break;
      }
      case 'backup': {
        const file =
          rest.find((a) => !a.startsWith('-')) ??
          `.data/backup-${new Date().toISOString().replace(/[:.]/g, '-')}.json.gz`;
        const counts = await backupDatabase(database.url, file);
        console.log(
          `Backup written to ${file}: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} tables.`,
        );
        break;
      }
      case 'restore': {
        const file = rest.find((a) => !a.startsWith('-'));
        if (!file)
          throw new FriendlyError('Name the backup file: npm run db:restore -- .data/backup-….json.gz');
        const counts = await restoreDatabase(database.url, file);
        clearDataCache(projectRoot, process.env.NEXT_DIST_DIR || '.next');
        console.log(
          `Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} tables from ${file}.`,
        );
        break;
      }
      default:
        throw new FriendlyError(
          'Usage: tsx scripts/db.ts migrate | migration <name> | seed [--products N] | reset | backup [file] | restore <file>',
        );
    }
  } finally {
    await database.stop();
  }
  process.exit(0);
}

main().catch(exitWithFriendlyError);
