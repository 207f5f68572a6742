import { vi } from 'vitest';

// Integration tests play the served app, where server/front-door.cjs stamps the peer address.
process.env.ETALASE_FRONT_DOOR = '1';
// The app's JSON log lines (jobs run by the tests write them) would bury the test report.
process.env.LOG_LEVEL ??= 'warn';

// Next's request-scoped APIs are absent outside a request: data functions take the actor explicitly,
// so only the cache helpers need a stand-in.
vi.mock('next/cache', () => ({
  revalidatePath: () => {},
  // Recorded, so tests can check what a change expires.
  revalidateTag: vi.fn(),
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));
