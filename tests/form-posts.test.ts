// The header's plain form posts (language, sign out) and the catalog list data route.
import { describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import type { Actor } from '@/lib/auth/actor';

// Who the form posts see as the caller (currentActor reads the request's session in the app).
const caller = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/actor', async (original) => ({
  ...(await original<object>()),
  currentActor: async () => caller.actor,
}));

const { POST: switchLanguage } = await import('@/app/bahasa/route');
const { POST: signOut } = await import('@/app/keluar/route');
const { catalogListPage, listParams } = await import('@/lib/catalog/list-page');
const listFor = (search: string) => catalogListPage(listParams(new URLSearchParams(search)));

function post(url: string, headers: Record<string, string>, body?: Record<string, string>) {
  return new NextRequest(url, {
    method: 'POST',
    headers: { host: 'etalase.test', ...headers },
    body: body && new URLSearchParams(body),
  });
}

describe('language switch (POST /bahasa)', () => {
  it("remembers a signed-in person's choice for their emails", async () => {
    const { db } = await import('@/lib/server/db');
    const { demoActor } = await import('./support/actors');
    caller.actor = await demoActor('SHOPPER');
    const response = await switchLanguage(
      post('http://etalase.test/bahasa', { origin: 'http://etalase.test' }, { locale: 'en' }),
    );
    expect(response.status).toBe(303);
    expect((await db.user.findUniqueOrThrow({ where: { id: caller.actor.id } })).locale).toBe('en');
    await switchLanguage(
      post('http://etalase.test/bahasa', { origin: 'http://etalase.test' }, { locale: 'id' }),
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: caller.actor.id } })).locale).toBe('id');
    caller.actor = null;
  });

  it('sets the cookie and goes back to the page it came from', async () => {
    const response = await switchLanguage(
      post(
        'http://etalase.test/bahasa',
        { origin: 'http://etalase.test', referer: 'http://etalase.test/products?q=kopi' },
        { locale: 'en' },
      ),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/products?q=kopi');
    expect(response.headers.get('set-cookie')).toMatch(/^lang=en;.*SameSite=lax/i);
  });

  it('never redirects to another site, whatever the referer says', async () => {
    const response = await switchLanguage(
      post(
        'http://etalase.test/bahasa',
        { origin: 'http://etalase.test', referer: 'https://evil.example/phish' },
        { locale: 'id' },
      ),
    );
    expect(response.headers.get('location')).toBe('/');
    const doubleSlash = await switchLanguage(
      post(
        'http://etalase.test/bahasa',
        { origin: 'http://etalase.test', referer: 'http://etalase.test//evil.example/x' },
        { locale: 'id' },
      ),
    );
    expect(doubleSlash.headers.get('location')).toBe('/');
  });

  it('works behind a chain of reverse proxies (the first x-forwarded-host is the site)', async () => {
    const response = await switchLanguage(
      post(
        'http://10.0.0.5/bahasa',
        {
          host: '10.0.0.5:3000',
          'x-forwarded-host': 'etalase.medan.go.id, lb.internal',
          origin: 'https://etalase.medan.go.id',
          referer: 'https://etalase.medan.go.id/products',
        },
        { locale: 'en' },
      ),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/products');
  });

  it('refuses posts from another site and unknown languages, setting nothing', async () => {
    const crossSite = await switchLanguage(
      post('http://etalase.test/bahasa', { origin: 'https://evil.example' }, { locale: 'en' }),
    );
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get('set-cookie')).toBeNull();
    const noOrigin = await switchLanguage(post('http://etalase.test/bahasa', {}, { locale: 'en' }));
    expect(noOrigin.status).toBe(403);
    const unknown = await switchLanguage(
      post('http://etalase.test/bahasa', { origin: 'http://etalase.test' }, { locale: 'fr' }),
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ issues: [{ path: 'locale' }] });
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });
});

describe('sign out (POST /keluar)', () => {
  it('expires both session cookie names, and every chunk of a split token, and goes home', async () => {
    const response = await signOut(
      post('http://etalase.test/keluar', {
        origin: 'http://etalase.test',
        cookie: '__Secure-next-auth.session-token.0=a; __Secure-next-auth.session-token.1=b; lang=en',
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const cookies = response.headers.getSetCookie();
    expect(cookies.some((c) => /^next-auth\.session-token=;.*Max-Age=0/i.test(c))).toBe(true);
    for (const name of [
      '__Secure-next-auth.session-token',
      '__Secure-next-auth.session-token.0',
      '__Secure-next-auth.session-token.1',
    ]) {
      expect(
        cookies.some((c) => c.startsWith(`${name}=;`) && /Max-Age=0/i.test(c) && /Secure/.test(c)),
        name,
      ).toBe(true);
    }
    expect(cookies.some((c) => c.startsWith('lang='))).toBe(false);
  });

  it('refuses a cross-site post (another site cannot sign you out)', async () => {
    const response = await signOut(post('http://etalase.test/keluar', { origin: 'https://evil.example' }));
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});

describe('the /products page data (catalogListPage, in-process)', () => {
  it('answers a visitor with the page and facets; bad filters are dropped, not a 500', async () => {
    const list = await listFor('q=kripik&minPrice=abc');
    expect(list.filtersIgnored).toBe(true);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((p: { name: string }) => /k(e)?ripik/i.test(p.name))).toBe(true);
    expect(list.items.length).toBeLessThanOrEqual(24);
    expect(list.counts.total).toBeGreaterThanOrEqual(list.items.length);
  });

  it('refuses a filter given twice (the page says filters were dropped) instead of picking one', async () => {
    const list = await listFor('q=kripik&category=a&category=b');
    expect(list.filtersIgnored).toBe(true);
    expect(list.query.q).toBe('kripik');
    expect(list.query.category).toBeUndefined();
  });

  it('suggests close matches when nothing matches', async () => {
    // A misspelling finds the corrected query's products, and says so.
    const list = await listFor('q=bolu%20merenti');
    expect(list.corrected).toBe('bolu meranti');
    expect(list.items.some((p: { name: string }) => /Bolu Meranti/.test(p.name))).toBe(true);
    // Nothing even then: no suggestion that would find nothing either.
    const none = await listFor('q=bolu%20merenti%20zzqqx');
    expect(none.items).toEqual([]);
    expect(none.hints).toEqual([]);
  });
});
