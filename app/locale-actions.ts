'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { locales } from '@/lib/i18n/messages';
import { LOCALE_COOKIE } from '@/lib/i18n/server';

export async function switchLocale(form: FormData) {
  const locale = String(form.get('locale'));
  if (!(locales as readonly string[]).includes(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  revalidatePath('/', 'layout');
}
