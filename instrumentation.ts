// Runs once when a server process starts: the background worker (pg-boss) starts with the app, so
// `npm start` needs nothing else. Several instances each run one; the queue shares the work.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.JOBS_WORKER === 'off' || !process.env.DATABASE_URL) return;
  const { startWorker } = await import('@/lib/jobs/worker');
  startWorker().catch((error) => {
    console.error('background worker failed to start:', error instanceof Error ? error.message : error);
  });
}
