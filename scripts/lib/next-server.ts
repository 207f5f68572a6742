import path from 'node:path';
import { FriendlyError } from './friendly-error';

/** Loads server/front-door.cjs ahead of Next.js: peer address, unsupported methods, NUL in URLs. */
export function frontDoorOption() {
  return `--require ${JSON.stringify(path.resolve(__dirname, '../../server/front-door.cjs'))}`;
}

/**
 * NODE_OPTIONS for a production `next start`. The V8 heap is capped (320 MB unless SERVER_HEAP_MB
 * says otherwise): without a cap the heap grows to whatever the machine allows under load and
 * Node keeps it, leaving the server near 600–750 MB. The app itself now holds ~140 MB of heap once
 * started, so the earlier 192 MB cap left the collector running most of the time (a new list page
 * cost 46–54 ms of CPU instead of 16–21); with 320 the server ends a bench near 460 MB, as it did
 * with 192 (docs/performance.md, decision 023).
 */
export function serverNodeOptions(env: NodeJS.ProcessEnv = process.env) {
  const heapMb = Number(env.SERVER_HEAP_MB ?? 320);
  if (!Number.isInteger(heapMb) || heapMb < 96) {
    throw new FriendlyError(
      `SERVER_HEAP_MB must be a whole number of megabytes, at least 96 (got "${env.SERVER_HEAP_MB}").`,
    );
  }
  return [env.NODE_OPTIONS, frontDoorOption(), `--max-old-space-size=${heapMb}`].filter(Boolean).join(' ');
}
