import { describe, expect, it, vi } from 'vitest';
import {
  apiKey,
  cachedPage,
  expirePages,
  freshPage,
  isCacheablePath,
  withNonce,
  pageCacheStats,
  pageKey,
  PAGE_TTL_MS,
  type CachedPage,
} from '@/lib/page-cache/page-cache';
import { expireCatalog } from '@/lib/catalog/cache-tags';

const page = (html: string, nonce = 'n0nce'): CachedPage => ({
  html,
  nonce,
  headers: [],
  storedAt: Date.now(),
});

describe('page cache', () => {
  it('renders a page once for concurrent visitors and serves it again', async () => {
    expirePages([], true);
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 20));
      return page('<p>satu</p>');
    };
    const key = pageKey('id', '/products?q=kopi');
    const pages = await Promise.all([
      cachedPage(key, render),
      cachedPage(key, render),
      cachedPage(key, render),
    ]);
    expect(pages.map((p) => [p.page?.html, p.hit])).toEqual([
      ['<p>satu</p>', false],
      ['<p>satu</p>', false],
      ['<p>satu</p>', false],
    ]);
    expect(await cachedPage(key, render)).toMatchObject({ hit: true, page: { html: '<p>satu</p>' } });
    expect(renders).toBe(1);
    // Another language is another page.
    await cachedPage(pageKey('en', '/products?q=kopi'), render);
    expect(renders).toBe(2);
  });

  it('does not keep pages that are not cacheable', async () => {
    expirePages([], true);
    let renders = 0;
    const render = async () => {
      renders++;
      return null;
    };
    expect(await cachedPage(pageKey('id', '/products/tidak-ada'), render)).toEqual({
      page: null,
      hit: false,
    });
    await cachedPage(pageKey('id', '/products/tidak-ada'), render);
    expect(renders).toBe(2);
  });

  it('drops a product page in every language and query when its catalog data expires, and nothing else', async () => {
    expirePages([], true);
    await cachedPage(pageKey('id', '/products/bika-ambon'), async () => page('a'));
    await cachedPage(pageKey('en', '/products/bika-ambon?x=1'), async () => page('b'));
    await cachedPage(pageKey('id', '/products/bolu'), async () => page('c'));
    expireCatalog(['bika-ambon']);
    expect(pageCacheStats().pages).toBe(1);
    expireCatalog([], true);
    expect(pageCacheStats().pages).toBe(0);
  });

  it('freshPage only looks: a stored answer younger than the TTL, else nothing (and never renders)', async () => {
    expirePages([], true);
    expect(freshPage(apiKey('/api/v1/products?q=kopi'))).toBeNull();
    await cachedPage(apiKey('/api/v1/products?q=kopi'), async () => page('{"items":[]}'));
    expect(freshPage(apiKey('/api/v1/products?q=kopi'))?.html).toBe('{"items":[]}');
    expect(freshPage(apiKey('/api/v1/products?q=kopi&limit=5'))).toBeNull();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + PAGE_TTL_MS);
    try {
      expect(freshPage(apiKey('/api/v1/products?q=kopi'))).toBeNull();
    } finally {
      vi.useRealTimers();
    }
    expireCatalog([], true);
  });

  it('does not store a render that was in flight when its page expired', async () => {
    expirePages([], true);
    let release!: () => void;
    const slow = cachedPage(
      pageKey('id', '/'),
      () =>
        new Promise((resolve) => {
          release = () => resolve(page('lama'));
        }),
    );
    expirePages([], true);
    release();
    expect((await slow).page?.html).toBe('lama');
    expect((await cachedPage(pageKey('id', '/'), async () => page('baru'))).page?.html).toBe('baru');
  });

  it('swaps every occurrence of the render nonce and only catalog paths are cacheable', () => {
    const stored = {
      ...page('<script nonce="abc+/=">x</script><script nonce="abc+/=">', 'abc+/='),
      headers: [['link', '</f.woff2>; rel=preload; nonce="abc+/="']] as [string, string][],
    };
    expect(withNonce(stored, 'NEW')).toEqual({
      html: '<script nonce="NEW">x</script><script nonce="NEW">',
      headers: [['link', '</f.woff2>; rel=preload; nonce="NEW"']],
    });
    // The page's request-id meta names the request that served it, not the one that rendered it.
    const withId = {
      ...page('<meta name="request-id" content="rid-render-0001"/>', ''),
      requestId: 'rid-render-0001',
    };
    expect(withNonce(withId, 'NEW', 'rid-visit-0002').html).toBe(
      '<meta name="request-id" content="rid-visit-0002"/>',
    );
    expect(['/', '/products', '/products/bika', '/umkm/zulaikha'].every(isCacheablePath)).toBe(true);
    expect(['/keranjang', '/umkm/produk/1', '/products/a/b', '/masuk', '/dinas'].some(isCacheablePath)).toBe(
      false,
    );
  });
});
