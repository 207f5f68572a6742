import 'server-only';
import type { Tx } from '@/lib/db/client';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';

export type Email = { to: string; subject: string; body: string };

/**
 * Queues an email in the same transaction as the change it reports. No transport is configured in
 * this version: the Dinas admin reads the outbox at /dinas/email and a sender (SMTP or a WhatsApp
 * gateway) plugs in by draining unsent rows.
 */
export async function queueEmail(tx: Tx, email: Email) {
  await tx.outboundEmail.create({ data: email });
}

/**
 * The outbox for the Dinas admin: with no transport, the helpdesk forwards a message (a reset link)
 * to the person who asked for it, e.g. over WhatsApp. Every look is audited.
 */
export async function listOutbox(actor: Actor | null) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const emails = await db.outboundEmail.findMany({
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, to: true, subject: true, body: true, createdAt: true, sentAt: true },
  });
  await db.$transaction((tx) =>
    audit(tx, admin, {
      action: 'mail.outbox.view',
      entityType: 'OutboundEmail',
      entityId: emails[0]?.id ?? '-',
      after: { shown: emails.length },
    }),
  );
  // Reset links live an hour: an older message's text is of no use to anyone, so it is not shown.
  const cutoff = Date.now() - BODY_VISIBLE_MS;
  return emails.map((e) => ({ ...e, body: e.createdAt.getTime() >= cutoff ? e.body : null }));
}

const BODY_VISIBLE_MS = 60 * 60_000;
