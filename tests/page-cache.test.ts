import { describe, expect, it } from 'vitest';
import { cachedPage, expirePages, htmlWithNonce, isCacheablePath, pageCacheStats, pageKey, type CachedPage } from '@/lib/page-cache/page-cache';
import { expireCatalog } from '@/lib/catalog/cache-tags';

const page = (html: string, nonce = 'n0nce'): CachedPage => ({ html, nonce, headers: [], storedAt: Date.now(), bytes: html.length * 2 });

describe('page cache', () => {
  it('renders a page once for concurrent visitors and serves it again', async () => {
    expirePages([], true);
    let renders = 0;
    const render = async () => { renders++; await new Promise((r) => setTimeout(r, 20)); return page('<p>satu</p>'); };
    const key = pageKey('id', '/products?q=kopi');
    const pages = await Promise.all([cachedPage(key, render), cachedPage(key, render), cachedPage(key, render)]);
    expect(pages.map((p) => p?.html)).toEqual(['<p>satu</p>', '<p>satu</p>', '<p>satu</p>']);
    await cachedPage(key, render);
    expect(renders).toBe(1);
    // Another language is another page.
    await cachedPage(pageKey('en', '/products?q=kopi'), render);
    expect(renders).toBe(2);
  });

  it('does not keep pages that are not cacheable', async () => {
    expirePages([], true);
    let renders = 0;
    const render = async () => { renders++; return null; };
    expect(await cachedPage(pageKey('id', '/products/tidak-ada'), render)).toBeNull();
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

  it('does not store a render that was in flight when its page expired', async () => {
    expirePages([], true);
    let release!: () => void;
    const slow = cachedPage(pageKey('id', '/'), () => new Promise((resolve) => { release = () => resolve(page('lama')); }));
    expirePages([], true);
    release();
    expect((await slow)?.html).toBe('lama');
    expect((await cachedPage(pageKey('id', '/'), async () => page('baru')))?.html).toBe('baru');
  });

  it('swaps every occurrence of the render nonce and only catalog paths are cacheable', () => {
    expect(htmlWithNonce(page('<script nonce="abc+/=">x</script><script nonce="abc+/=">', 'abc+/='), 'NEW')).toBe('<script nonce="NEW">x</script><script nonce="NEW">');
    expect(['/', '/products', '/products/bika', '/umkm/zulaikha'].every(isCacheablePath)).toBe(true);
    expect(['/keranjang', '/umkm/produk/1', '/products/a/b', '/masuk', '/dinas'].some(isCacheablePath)).toBe(false);
  });
});
