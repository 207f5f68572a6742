import { currentActor } from '@/lib/auth/actor';
import { getLocale } from '@/lib/i18n/server';
import { unreadCount } from '@/lib/notify/center';
import { SiteFooterView, SiteHeaderView } from './site-header-view';

export async function SiteHeader() {
  const [actor, locale] = await Promise.all([currentActor(), getLocale()]);
  const unread = await unreadCount(actor);
  return <SiteHeaderView user={actor && { name: actor.name, role: actor.role, unread }} locale={locale} />;
}

export async function SiteFooter() {
  return <SiteFooterView locale={await getLocale()} />;
}
