// Runs once when a server process starts. First the public record is brought up to date (documents
// and OCDS releases for records made before the steps made them; quick once done), then the
// background worker (pg-boss) starts with the app, so `npm start` needs nothing else. Several
// instances each run one; the queue shares the work.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (!process.env.DATABASE_URL) return;
  const { backfillPublicRecord } = await import('@/lib/procurement/record-backfill');
  try {
    const done = await backfillPublicRecord();
    if (Object.values(done).some((n) => n > 0)) console.log('public record brought up to date:', done);
  } catch (error) {
    console.error('public record backfill failed:', error instanceof Error ? error.message : error);
  }
  if (process.env.JOBS_WORKER === 'off') return;
  const { startWorker } = await import('@/lib/jobs/worker');
  startWorker().catch((error) => {
    console.error('background worker failed to start:', error instanceof Error ? error.message : error);
  });
}
