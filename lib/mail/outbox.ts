import 'server-only';
import type { Tx } from '@/lib/db/client';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';

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
 * to the person who asked for it, e.g. over WhatsApp.
 */
export async function listOutbox(actor: Actor | null) {
  authorize(actor, ['DINAS_ADMIN']);
  return db.outboundEmail.findMany({ orderBy: { createdAt: 'desc' }, take: 100, select: { id: true, to: true, subject: true, body: true, createdAt: true, sentAt: true } });
}
