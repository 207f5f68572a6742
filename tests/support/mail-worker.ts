// A worker in its own process, for the test that kills one mid-send (tests/notifications.test.ts).
// Run with: node --conditions=react-server --import tsx tests/support/mail-worker.ts
import { startWorker } from '@/lib/jobs/worker';

// Started with an IPC channel: when the test process ends (or dies), this worker ends too, instead
// of living on and taking jobs from whatever database next appears on the same port.
process.on('disconnect', () => process.exit(0));

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
