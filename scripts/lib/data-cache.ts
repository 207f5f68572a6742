// Next.js keeps unstable_cache entries on disk under <distDir>/cache/fetch-cache, across restarts.
// They are invalidated by tag when data changes through the app, but a database that was replaced
// (a fresh seed, a test run) would still meet the old entries: wipe them then.
import fs from 'node:fs';
import path from 'node:path';

export function clearDataCache(projectRoot: string, distDir: string) {
  fs.rmSync(path.join(projectRoot, distDir, 'cache', 'fetch-cache'), { recursive: true, force: true });
}
