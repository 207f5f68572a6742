// The header's plain form posts (language, sign out) and the catalog list data route.
import { describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => ({ cookies: async () => ({ getAll: () => [], get: () => undefined }) }));

const { POST: switchLanguage } = await import('@/app/bahasa/route');
const { POST: signOut } = await import('@/app/keluar/route');
const { GET: catalogListData } = await import('@/app/api/katalog/halaman/route');

function post(url: string, headers: Record<string, string>, body?: Record<string, string>) {
  return new Request(url, { method: 'POST', headers: { host: 'etalase.test', ...headers }, body: body && new URLSearchParams(body) });
}

describe('language switch (POST /bahasa)', () => {
  it('sets the cookie and goes back to the page it came from', async () => {
    const response = await switchLanguage(post('http://etalase.test/bahasa', { origin: 'http://etalase.test', referer: 'http://etalase.test/products?q=kopi' }, { locale: 'en' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/products?q=kopi');
    expect(response.headers.get('set-cookie')).toMatch(/^lang=en;.*SameSite=lax/i);
  });

  it('never redirects to another site, whatever the referer says', async () => {
    const response = await switchLanguage(post('http://etalase.test/bahasa', { origin: 'http://etalase.test', referer: 'https://evil.example/phish' }, { locale: 'id' }));
    expect(response.headers.get('location')).toBe('/');
  });

  it('refuses posts from another site and unknown languages, setting nothing', async () => {
    const crossSite = await switchLanguage(post('http://etalase.test/bahasa', { origin: 'https://evil.example' }, { locale: 'en' }));
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get('set-cookie')).toBeNull();
    const noOrigin = await switchLanguage(post('http://etalase.test/bahasa', {}, { locale: 'en' }));
    expect(noOrigin.status).toBe(403);
    const unknown = await switchLanguage(post('http://etalase.test/bahasa', { origin: 'http://etalase.test' }, { locale: 'fr' }));
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ issues: [{ path: 'locale' }] });
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });
});

describe('sign out (POST /keluar)', () => {
  it('expires both session cookie names and goes home', async () => {
    const response = await signOut(post('http://etalase.test/keluar', { origin: 'http://etalase.test' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const cookies = response.headers.getSetCookie();
    expect(cookies.some((c) => /^next-auth\.session-token=;.*Max-Age=0/i.test(c))).toBe(true);
    expect(cookies.some((c) => /^__Secure-next-auth\.session-token=;.*Max-Age=0.*Secure/i.test(c))).toBe(true);
  });

  it('refuses a cross-site post (another site cannot sign you out)', async () => {
    const response = await signOut(post('http://etalase.test/keluar', { origin: 'https://evil.example' }));
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});

describe('catalog list data (GET /api/katalog/halaman)', () => {
  it('answers a visitor with the page, facets and no user; bad filters are dropped, not a 500', async () => {
    const response = await catalogListData(new Request('http://etalase.test/api/katalog/halaman?q=kripik&minPrice=abc'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await response.json();
    expect(body.user).toBeNull();
    expect(body.list.filtersIgnored).toBe(true);
    expect(body.list.items.length).toBeGreaterThan(0);
    expect(body.list.items.every((p: { name: string }) => /keripik/i.test(p.name))).toBe(true);
    expect(body.list.items.length).toBeLessThanOrEqual(24);
    expect(body.list.counts.total).toBeGreaterThanOrEqual(body.list.items.length);
  });

  it('suggests close matches when nothing matches', async () => {
    const body = await (await catalogListData(new Request('http://etalase.test/api/katalog/halaman?q=bolu%20merenti'))).json();
    expect(body.list.items).toEqual([]);
    expect(body.list.hints).toEqual(expect.arrayContaining([expect.stringMatching(/Bolu Meranti/)]));
  });
});
