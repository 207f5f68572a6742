import type { Instrumentation } from 'next';

// Runs once when a server process starts. First the public record is brought up to date (documents
// and OCDS releases for records made before the steps made them; quick once done), then the
// instance listens for the other instances' cache expiries and the background worker (pg-boss)
// starts with the app, so `npm start` needs nothing else. Several instances each run one; the
// queue shares the work. Until all of that is done, GET /api/ready answers 503.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (!process.env.DATABASE_URL) return;
  const { log } = await import('@/lib/observability/log');
  const { markStarted, registerShutdown } = await import('@/lib/observability/lifecycle');
  const { backfillPublicRecord } = await import('@/lib/procurement/record-backfill');
  try {
    const done = await backfillPublicRecord();
    if (Object.values(done).some((n) => n > 0)) log().info({ done }, 'public record brought up to date');
  } catch (error) {
    log().error({ err: error }, 'public record backfill failed');
  }
  const { listenForExpiries, stopListening } = await import('@/lib/page-cache/expiry');
  const { expireHere } = await import('@/lib/catalog/cache-tags');
  await listenForExpiries(expireHere).catch((error) =>
    log().error({ err: error }, 'cache expiry listener failed to start; it keeps retrying'),
  );
  const { db } = await import('@/lib/server/db');
  const { stopJobQueue } = await import('@/lib/jobs/queue');
  // On SIGTERM the front door drains the requests, then calls this.
  registerShutdown(async () => {
    await stopListening();
    await stopJobQueue();
    await db.$disconnect();
  });
  if (process.env.JOBS_WORKER === 'off') return markStarted({ worker: false });
  const { startWorker } = await import('@/lib/jobs/worker');
  try {
    await startWorker();
    markStarted({ worker: true });
  } catch (error) {
    log().error({ err: error }, 'background worker failed to start');
  }
}

// A failed render or route: its digest (shown on the error page) and the request's id on one line.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { log } = await import('@/lib/observability/log');
  const requestId = request.headers['x-request-id'];
  log().error(
    {
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      digest: (error as { digest?: string }).digest,
      route: context.routePath,
      kind: context.routeType,
      err: error,
    },
    'request failed',
  );
};
