// What an app process does once when it starts (called from instrumentation.ts, not awaited):
// bring the public record up to date, listen for the other instances' cache expiries, start the
// worker, then report itself started (GET /api/ready).
export async function startInstance() {
  const { log } = await import('@/lib/observability/log');
  const { markStarted, registerShutdown } = await import('@/lib/observability/lifecycle');
  const { backfillPublicRecord } = await import('@/lib/procurement/record-backfill');
  try {
    const done = await backfillPublicRecord();
    if (Object.values(done).some((n) => n > 0)) log().info({ done }, 'public record brought up to date');
  } catch (error) {
    log().error({ err: error }, 'public record backfill failed');
  }
  const { EVERY_SHARED_TAG, listenForExpiries, stopListening } = await import('@/lib/page-cache/expiry');
  const { expireHere } = await import('@/lib/catalog/cache-tags');
  await listenForExpiries(expireHere).catch((error) =>
    log().error({ err: error }, 'cache expiry listener failed to start; it keeps retrying'),
  );
  // Data this instance cached on disk before a restart may predate changes made while it was down
  // (their NOTIFY reached no one here): it is all refilled once.
  expireHere(EVERY_SHARED_TAG, [], true);
  // The front door answers the public search API (decision 023) and signed-out visitors' product
  // list and home page (decision 024) from here on; `next dev` reloads code, so there Next.js keeps answering.
  if (process.env.NODE_ENV === 'production') {
    const { offerProductSearchToFrontDoor } = await import('@/lib/catalog/product-search-answer');
    offerProductSearchToFrontDoor();
    const { offerPagesToFrontDoor } = await import('@/app/front-door/offer');
    for (const { path, error } of offerPagesToFrontDoor())
      log().warn({ err: error, path }, 'this page stays with Next.js: its build assets were not found');
  }
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
