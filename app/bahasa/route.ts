import { NextResponse } from 'next/server';
import { LOCALE_COOKIE, locales, type Locale } from '@/lib/i18n/messages';
import { currentActor } from '@/lib/auth/actor';
import { rememberLocale } from '@/lib/accounts/accounts';
import { backTo, isSameOriginPost } from '@/lib/security/same-origin';

// The header's language switch: a plain form post (it works with no JavaScript, on every page),
// answered with the language cookie and a redirect back to the page it came from.
export async function POST(request: Request) {
  if (!isSameOriginPost(request))
    return NextResponse.json({ error: 'Permintaan lintas situs ditolak.' }, { status: 403 });
  const form = await request.formData().catch(() => null);
  const locale = String(form?.get('locale') ?? '');
  if (!(locales as readonly string[]).includes(locale)) {
    return NextResponse.json(
      { error: 'Bahasa tidak dikenal.', issues: [{ path: 'locale', message: 'harus id atau en' }] },
      { status: 400 },
    );
  }
  // A signed-in person's emails follow the language they chose.
  const actor = await currentActor();
  if (actor) await rememberLocale(actor, locale as Locale);
  // A relative Location: the Host this server sees may not be the one the browser used.
  const response = new NextResponse(null, { status: 303, headers: { location: backTo(request) } });
  response.cookies.set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  return response;
}
