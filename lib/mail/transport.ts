import 'server-only';
import { log, metrics } from '@/lib/observability/log';
import nodemailer from 'nodemailer';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';

const globalForMail = globalThis as unknown as { transport?: nodemailer.Transporter; url?: string };

function transport(url: string) {
  if (globalForMail.transport && globalForMail.url === url) return globalForMail.transport;
  // Timeouts: a mail server that accepts a connection and then never answers must not hold a worker
  // (and the messages after it) forever; the send fails and the queue retries it with backoff.
  // Pooled: a batch of messages reuses a few open connections instead of one handshake each.
  globalForMail.transport = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 5,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  globalForMail.url = url;
  return globalForMail.transport;
}

export const mailTransportConfigured = () => !!env.SMTP_URL;

/**
 * The `mail.send` job: sends one queued email through SMTP_URL, or, with no SMTP, keeps it for the
 * Dinas admin. A message already sent or kept is skipped, so a retried job sends nothing twice; the
 * Message-ID is the email's id, so even a resend after a crash between the server's acceptance and
 * our commit is recognisable as the same message.
 */
export async function deliverEmail(emailId: string) {
  const email = await db.outboundEmail.findUnique({ where: { id: emailId } });
  if (!email || email.sentAt || email.keptAt) return 'skipped';
  if (!env.SMTP_URL) {
    await db.outboundEmail.update({ where: { id: emailId }, data: { keptAt: new Date() } });
    return 'kept';
  }
  await db.outboundEmail.update({ where: { id: emailId }, data: { attempts: { increment: 1 } } });
  try {
    await transport(env.SMTP_URL).sendMail({
      from: env.MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.body,
      html: email.html ?? undefined,
      messageId: `<${email.id}@etalase-umkm.medan.go.id>`,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.outboundEmail.update({ where: { id: emailId }, data: { lastError: message.slice(0, 500) } });
    metrics().emails.inc({ outcome: 'failed' });
    log().warn({ emailId, attempt: email.attempts + 1, error: message }, 'email not sent; will retry');
    throw error; // pg-boss retries with backoff
  }
  await db.outboundEmail.update({ where: { id: emailId }, data: { sentAt: new Date(), lastError: null } });
  metrics().emails.inc({ outcome: 'sent' });
  log().info({ emailId }, 'email sent');
  return 'sent';
}
