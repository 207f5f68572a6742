import { currentActor } from '@/lib/auth/actor';
import { getLocale } from '@/lib/i18n/server';
import { SiteFooterView, SiteHeaderView } from './site-header-view';

export async function SiteHeader() {
  const [actor, locale] = await Promise.all([currentActor(), getLocale()]);
  return <SiteHeaderView user={actor && { name: actor.name, role: actor.role }} locale={locale} />;
}

export async function SiteFooter() {
  return <SiteFooterView locale={await getLocale()} />;
}
