import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { DomainError } from '@/lib/server/action';
import { toLocale } from '@/lib/i18n/messages';
import { kindLabels, notificationKinds, renderNotification, type Params } from './messages';

const anyone = ['SHOPPER', 'MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN'] as const;

/** Unread notifications of the signed-in person, for the header badge (0 when signed out). */
export async function unreadCount(actor: Actor | null) {
  if (!actor) return 0;
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** The person's notifications, newest first, rendered in their language. */
export async function listNotifications(actor: Actor | null, locale: string) {
  const person = authorize(actor, [...anyone]);
  const rows = await db.notification.findMany({
    where: { userId: person.id },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true },
  });
  return rows.map((n) => ({ ...n, ...renderNotification(n.kind, n.params as Params, toLocale(locale)) }));
}

/** Marks one notification read (only one's own) and gives its link, so opening it reads it. */
export async function markRead(actor: Actor | null, id: string) {
  const person = authorize(actor, [...anyone]);
  const found = await db.notification.findFirst({ where: { id, userId: person.id }, select: { link: true } });
  if (!found) throw new DomainError('Pemberitahuan tidak ditemukan.', undefined, 404);
  await db.notification.updateMany({
    where: { id, userId: person.id, readAt: null },
    data: { readAt: new Date() },
  });
  return found.link;
}

export async function markAllRead(actor: Actor | null) {
  const person = authorize(actor, [...anyone]);
  const { count } = await db.notification.updateMany({
    where: { userId: person.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

export const emailPreferenceSchema = z.object({
  email: z.array(z.enum(notificationKinds as [string, ...string[]])).default([]),
});

/** Which kinds send email: the form lists every kind, ticked ones send. */
export async function setEmailPreferences(actor: Actor | null, input: unknown) {
  const person = authorize(actor, [...anyone]);
  const { email } = emailPreferenceSchema.parse(input);
  const muted = notificationKinds.filter((k) => !email.includes(k));
  await db.user.update({ where: { id: person.id }, data: { emailMuted: muted } });
  return muted.length;
}

export async function emailPreferences(actor: Actor | null) {
  const person = authorize(actor, [...anyone]);
  const user = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { emailMuted: true } });
  return notificationKinds.map((kind) => ({
    kind,
    label: kindLabels[kind],
    email: !user.emailMuted.includes(kind),
  }));
}
