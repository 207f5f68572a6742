import id from '@/messages/id.json';
import en from '@/messages/en.json';

export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];
export const LOCALE_COOKIE = 'lang';

/** Bahasa Indonesia unless the cookie says English. */
export function toLocale(cookieValue: string | undefined): Locale {
  return (locales as readonly string[]).includes(cookieValue ?? '') ? (cookieValue as Locale) : 'id';
}
export type MessageKey = keyof typeof id;

// en.json must hold every key id.json has (the type check fails otherwise).
const catalogs: Record<Locale, Record<MessageKey, string>> = { id, en };

export function translator(locale: Locale) {
  return (key: MessageKey) => catalogs[locale][key] ?? catalogs.id[key];
}
