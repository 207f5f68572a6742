import 'server-only';
import { cookies } from 'next/headers';
import { locales, translator, type Locale } from './messages';

export const LOCALE_COOKIE = 'lang';

/** Bahasa Indonesia unless the visitor switched to English. */
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return (locales as readonly string[]).includes(value ?? '') ? (value as Locale) : 'id';
}

export async function getT() {
  return translator(await getLocale());
}
