import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, toLocale, translator, type Locale } from './messages';
import { phrases } from './phrases';

/** Bahasa Indonesia unless the visitor switched to English. */
export async function getLocale(): Promise<Locale> {
  try {
    return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  } catch {
    return 'id'; // outside a request (scripts, tests)
  }
}

export async function getT() {
  return translator(await getLocale());
}

/** `t('Simpan draf')`: the Indonesian text, or its English when the visitor chose English. */
export async function getPhrases() {
  return phrases(await getLocale());
}
