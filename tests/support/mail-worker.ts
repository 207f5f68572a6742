// A worker in its own process, for the test that kills one mid-send (tests/notifications.test.ts).
// Run with: node --conditions=react-server --import tsx tests/support/mail-worker.ts
import { startWorker } from '@/lib/jobs/worker';

startWorker().then(
  () => {
    process.stdout.write('worker ready\n');
    setInterval(() => {}, 60_000);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
