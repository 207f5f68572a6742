// What `npm start` and `npm run cluster` do to a database before the app starts: apply pending
// migrations, load the demo data into an empty database (then drop the build's data cache, which
// may hold another database's catalog).
import { applyMigrations } from './migrate';
import { seedIfEmpty } from '../../prisma/seed/seed';
import { clearDataCache } from './data-cache';
import { projectRoot } from './app-env';

export async function prepareDatabase(url: string, distDir = process.env.NEXT_DIST_DIR || '.next') {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`▸ migrations applied: ${applied.join(', ')}`);
  const seeded = await seedIfEmpty(url);
  if (seeded) {
    console.log(`▸ demo data loaded: ${seeded}`);
    clearDataCache(projectRoot, distDir);
  }
}
