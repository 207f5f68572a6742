import { vi } from 'vitest';

// Next's request-scoped APIs are absent outside a request: data functions take the actor explicitly,
// so only the cache helpers need a stand-in.
vi.mock('next/cache', () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));
