import type { Instrumentation } from 'next';

// Runs once when a server process starts: lib/observability/start-instance.ts brings the public
// record up to date, listens for the other instances' cache expiries and starts the background
// worker (pg-boss), so `npm start` needs nothing else; several instances each run one and the queue
// shares the work. Not awaited: Next.js holds every request until register() returns, and the
// backfill can take tens of seconds; meanwhile /api/health answers and /api/ready says 'starting'.
export async function register() {
  // The import sits inside the check so that the Edge build never sees the Node-only modules.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.DATABASE_URL) {
    const { startInstance } = await import('@/lib/observability/start-instance');
    startInstance().catch((error) => console.error('instance start-up failed:', error));
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
