import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const __dirname = path.dirname(fileURLToPath(import.meta.url));

// The write side of `npm run soak`: runs against the database the soak server uses (DATABASE_URL),
// not a fresh one, so it has no global setup. Fault D of `npm run faults` runs its victim with it too.
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      'server-only': path.resolve(__dirname, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    include: ['soak/**/*.soak.ts', 'soak/**/*.fault.ts'],
    setupFiles: ['tests/support/setup.ts'],
    testTimeout: 900_000,
    pool: 'forks',
  },
});
