import 'server-only';
import { db } from '@/lib/server/db';
import { formatWib } from '@/lib/format/time';
import { notifyMsme } from '@/lib/notify/notify';

/**
 * The `rfq.reminders` job: each invited UMKM that has not quoted hears once, 12 hours before the
 * deadline (the notification key makes a second run a no-op).
 */
export async function sendRfqReminders(now = new Date()) {
  const due = await db.rfq.findMany({
    where: { status: 'OPEN', deadline: { gt: now, lte: new Date(now.getTime() + 12 * 3_600_000) } },
    select: {
      id: true,
      deadline: true,
      need: { select: { description: true } },
      event: { select: { opd: { select: { name: true } } } },
      invitations: { select: { msmeId: true } },
      quotes: { select: { msmeId: true } },
    },
    take: 200,
  });
  let sent = 0;
  for (const rfq of due) {
    const quoted = new Set(rfq.quotes.map((q) => q.msmeId));
    for (const { msmeId } of rfq.invitations) {
      if (quoted.has(msmeId)) continue;
      await db.$transaction((tx) =>
        notifyMsme(tx, msmeId, {
          kind: 'rfq.reminder',
          params: { opd: rfq.event.opd.name, need: rfq.need.description, deadline: formatWib(rfq.deadline) },
          link: `/umkm/pengadaan#rfq-${rfq.id}`,
          key: `rfq:${rfq.id}:reminder`,
        }),
      );
      sent++;
    }
  }
  return sent;
}
