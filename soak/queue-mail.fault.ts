// Fault E's producer: queues MAIL_COUNT emails through the app's own queueEmail, one transaction
// each, as a change would. Run: node --require ./tests/support/server-only-stub.cjs --import tsx …
import { db } from '@/lib/server/db';
import { queueEmail } from '@/lib/mail/outbox';

async function main() {
  const count = Number(process.env.MAIL_COUNT ?? 20);
  for (let n = 0; n < count; n++)
    await db.$transaction((tx) =>
      queueEmail(tx, {
        to: `fault-e-${n}@test.local`,
        subject: `Uji server surat mati ${n}`,
        body: 'Halo',
        key: `fault-e:${n}`,
      }),
    );
  process.stdout.write(`queued ${count}\n`);
  process.exit(0);
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
