import 'server-only';
import type { Tx } from '@/lib/db/client';
import { toLocale } from '@/lib/i18n/messages';
import { publicOrigin } from '@/lib/server/env';
import { queueEmail } from '@/lib/mail/outbox';
import { renderNotification, type NotificationKind, type Params } from './messages';

const FOOTER = {
  id: 'Anda menerima email ini dari Etalase UMKM Medan. Atur email pemberitahuan di',
  en: 'You receive this email from Etalase UMKM Medan. Choose which emails you get at',
};

type Event = { kind: NotificationKind; params: Params; link: string; key: string };

/**
 * Tells people about an event, inside the transaction of the change: an in-app notification for
 * each, and an email unless they turned that kind off. `key` names the event; each recipient gets
 * one notification and one email per key, however often this runs.
 */
export async function notifyUsers(tx: Tx, userIds: string[], event: Event) {
  if (userIds.length === 0) return;
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(userIds)] }, disabledAt: null },
    select: { id: true, email: true, name: true, locale: true, emailMuted: true },
  });
  for (const user of users) {
    const key = `${event.key}:${user.id}`;
    const created = await tx.notification.createMany({
      data: [{ key, userId: user.id, kind: event.kind, params: event.params, link: event.link }],
      skipDuplicates: true,
    });
    if (created.count === 0 || user.emailMuted.includes(event.kind)) continue;
    const locale = toLocale(user.locale);
    const { title, body } = renderNotification(event.kind, event.params, locale);
    const origin = publicOrigin();
    await queueEmail(tx, {
      to: user.email,
      kind: event.kind,
      key: `mail:${key}`,
      subject: title,
      body: `${locale === 'en' ? 'Hello' : 'Halo'} ${user.name},\n\n${body}\n\n${origin}${event.link}\n\n${FOOTER[locale]} ${origin}/notifikasi`,
    });
  }
}

/** The owner of a UMKM (if it has an account). */
export async function notifyMsme(tx: Tx, msmeId: string, event: Event) {
  const msme = await tx.msme.findUnique({ where: { id: msmeId }, select: { ownerUserId: true } });
  if (msme?.ownerUserId) await notifyUsers(tx, [msme.ownerUserId], event);
}

/** Every staff member of an OPD. */
export async function notifyOpd(tx: Tx, opdId: string, event: Event) {
  const staff = await tx.user.findMany({ where: { opdId, role: 'OPD_STAFF' }, select: { id: true } });
  await notifyUsers(
    tx,
    staff.map((s) => s.id),
    event,
  );
}

/** Every Dinas admin. */
export async function notifyDinas(tx: Tx, event: Event) {
  const admins = await tx.user.findMany({ where: { role: 'DINAS_ADMIN' }, select: { id: true } });
  await notifyUsers(
    tx,
    admins.map((a) => a.id),
    event,
  );
}
