// Where this instance is in its life, for GET /api/ready: starting (instrumentation.ts has not
// finished), running, or draining (server/front-door.cjs received SIGTERM).
const startedKey = Symbol.for('etalase.started');
const drainingKey = Symbol.for('etalase.draining');
const shutdownKey = Symbol.for('etalase.shutdown');

type Started = { worker: boolean };
const g = globalThis as typeof globalThis & {
  [startedKey]?: Started;
  [drainingKey]?: () => boolean;
  [shutdownKey]?: () => Promise<void>;
};

export function markStarted(started: Started) {
  g[startedKey] = started;
}

/** null while starting; whether the worker was started once running. */
export const started = (): Started | null => g[startedKey] ?? null;

export const draining = () => g[drainingKey]?.() ?? false;

/** What the front door runs after draining, before the process exits. */
export function registerShutdown(stop: () => Promise<void>) {
  g[shutdownKey] = stop;
}
