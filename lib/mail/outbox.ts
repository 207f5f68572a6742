import 'server-only';
import crypto from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { enqueue, queues } from '@/lib/jobs/queue';
import { htmlOf } from './html';

export type Email = {
  to: string;
  subject: string;
  body: string;
  /** e.g. 'password-reset' (its body is never shown to staff once SMTP is configured) */ kind?: string;
  /** idempotency key: the same key queues one message, whatever retries happen */ key?: string;
};

/**
 * Queues an email in the same transaction as the change it reports, with its `mail.send` job: a
 * rolled-back change sends nothing, a crash loses nothing, and the key makes a repeat a no-op.
 */
export async function queueEmail(tx: Tx, email: Email) {
  const key = email.key ?? `mail:${crypto.randomUUID()}`;
  const existing = await tx.outboundEmail.findUnique({ where: { key }, select: { id: true } });
  if (existing) return existing.id;
  const row = await tx.outboundEmail.create({
    data: {
      key,
      kind: email.kind ?? 'general',
      to: email.to,
      subject: email.subject,
      body: email.body,
      html: htmlOf(email.body),
    },
    select: { id: true },
  });
  await enqueue(tx, queues.mail, { emailId: row.id }, key);
  return row.id;
}

/**
 * The outbox for the Dinas admin. With no SMTP (the embedded default) it is where messages are
 * kept, and the helpdesk forwards one (a reset link) by hand; once SMTP is configured, reset and
 * set-password links are sent and no longer shown here. Every look is audited.
 */
export async function listOutbox(actor: Actor | null, filter: { to?: string } = {}) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const emails = await db.outboundEmail.findMany({
    where: filter.to ? { to: { contains: filter.to.trim().toLowerCase(), mode: 'insensitive' } } : {},
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      id: true,
      kind: true,
      to: true,
      subject: true,
      body: true,
      createdAt: true,
      sentAt: true,
      attempts: true,
      lastError: true,
    },
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
  const smtp = !!env.SMTP_URL;
  return emails.map(({ kind, ...e }) => ({
    ...e,
    body: (smtp && kind === 'password-reset') || e.createdAt.getTime() < cutoff ? null : e.body,
  }));
}

const BODY_VISIBLE_MS = 60 * 60_000;
