import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, toLocale, translator, type Locale } from './messages';

/** Bahasa Indonesia unless the visitor switched to English. */
export async function getLocale(): Promise<Locale> {
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getT() {
  return translator(await getLocale());
}
