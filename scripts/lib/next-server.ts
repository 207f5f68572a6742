import path from 'node:path';
import { FriendlyError } from './friendly-error';

/** Loads server/front-door.cjs ahead of Next.js: peer address, unsupported methods, NUL in URLs. */
export function frontDoorOption() {
  return `--require ${JSON.stringify(path.resolve(__dirname, '../../server/front-door.cjs'))}`;
}

/**
 * NODE_OPTIONS for a production `next start`. The V8 heap is capped (192 MB unless SERVER_HEAP_MB
 * says otherwise): without a cap the heap grows to whatever the machine allows under load and
 * Node keeps it, leaving the server near 600–750 MB; with it the server stays near 330 MB at the
 * same throughput (docs/performance.md).
 */
export function serverNodeOptions(env: NodeJS.ProcessEnv = process.env) {
  const heapMb = Number(env.SERVER_HEAP_MB ?? 192);
  if (!Number.isInteger(heapMb) || heapMb < 96) {
    throw new FriendlyError(
      `SERVER_HEAP_MB must be a whole number of megabytes, at least 96 (got "${env.SERVER_HEAP_MB}").`,
    );
  }
  return [env.NODE_OPTIONS, frontDoorOption(), `--max-old-space-size=${heapMb}`].filter(Boolean).join(' ');
}
