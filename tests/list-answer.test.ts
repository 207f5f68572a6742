import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productListAnswer } from '@/app/products/list-answer';
import { homeAnswer } from '@/app/home-answer';
import { productPageAnswer } from '@/app/products/[slug]/product-answer';
import { db } from '@/lib/server/db';
import { publicOrigin } from '@/lib/server/env';
import { pageAssets, type PageRequest } from '@/app/front-door/page-answer';

// The product list, home page and product pages the front door renders for signed-out visitors (decision 024). The e2e suite
// compares it with Next.js's render of the same URL; here: who gets it, and the build's assets.
const assets = {
  stylesheets: ['/_next/static/chunks/site.css'],
  fonts: ['/_next/static/media/inter.woff2'],
  fontClass: 'f_variable',
};
const request = (search: string, cookie = '', pathname = '/products'): PageRequest => ({
  pathname,
  search,
  cookie,
  requestId: 'req-1234567',
  https: false,
});

describe('the front door’s product list', () => {
  it('renders the whole page without scripts, with the security headers and the build’s assets', async () => {
    const answer = (await productListAnswer(request('?q=bolu+merenti'), assets))!;
    expect(answer.status).toBe(200);
    expect(answer.body.startsWith('<!DOCTYPE html><html lang="id" class="f_variable">')).toBe(true);
    expect(answer.body).not.toContain('<script');
    expect(answer.body).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"/>');
    expect(answer.body).toContain('<title>Cari &quot;bolu merenti&quot; · Etalase UMKM Medan</title>');
    expect(answer.body).toContain('data-testid="corrected-query"');
    expect(answer.body).toContain('<meta name="request-id" content="req-1234567"/>');
    const headers = Object.fromEntries(answer.headers);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['strict-transport-security']).toBeUndefined();
    const https = await productListAnswer({ ...request(''), https: true }, assets);
    expect(Object.fromEntries(https!.headers)['strict-transport-security']).toContain('max-age=');
  });

  it('speaks English when the visitor chose it, and keeps an invalid filter from breaking the page', async () => {
    const answer = (await productListAnswer(request('?q=zzqxw&minPrice=abc', 'theme=x; lang=en'), assets))!;
    expect(answer.body).toContain('<html lang="en"');
    expect(answer.body).toContain('No matching products.');
    expect(answer.body).toContain('data-testid="no-results"');
    // Words the catalog sells, never together: each is offered alone, the filters kept.
    const apart = (await productListAnswer(request('?q=ulos+bolu+zzqxw&halal=true', 'lang=en'), assets))!;
    expect(apart.body).toContain('Try one word:');
    expect(apart.body).toContain('href="/products?q=ulos&amp;halal=true"');
    expect(apart.body).toContain('href="/products?q=bolu&amp;halal=true"');
    expect(apart.body).not.toContain('href="/products?q=zzqxw');
  });

  it('leaves a signed-in visitor to Next.js (the header shows who they are)', async () => {
    expect(
      await productListAnswer(request('?q=kopi', 'lang=id; next-auth.session-token=abc'), assets),
    ).toBeNull();
    expect(await productListAnswer(request('', '__Secure-next-auth.session-token.0=abc'), assets)).toBeNull();
  });

  it('renders the home page the same way, and leaves it to Next.js for a signed-in visitor', async () => {
    const answer = (await homeAnswer(request(''), assets))!;
    expect(answer.body).toContain('<title>Etalase UMKM Medan</title>');
    expect(answer.body).toMatch(/<form role="search"[^>]*action="\/products"/);
    expect(answer.body).not.toContain('<script');
    expect(await homeAnswer(request('', 'next-auth.session-token=abc'), assets)).toBeNull();
    const english = (await homeAnswer(request('', 'lang=en'), assets))!;
    expect(english.body).toContain('<html lang="en"');
  });

  it('renders a product page with its JSON-LD under a nonce, its head, and the cart’s outcome', async () => {
    const product = await db.product.findFirstOrThrow({
      where: {
        status: 'PUBLISHED',
        msme: { status: 'VERIFIED' },
        OR: [{ stock: null }, { stock: { gt: 0 } }],
      },
      select: { slug: true, name: true },
    });
    const path = `/products/${product.slug}`;
    const answer = (await productPageAnswer(request('', '', path), assets))!;
    expect(answer.body).not.toMatch(/<script(?! type="application\/ld\+json" nonce="[^"]+")/);
    const nonce = answer.body.match(/<script type="application\/ld\+json" nonce="([^"]+)"/)![1];
    expect(Object.fromEntries(answer.headers)['content-security-policy']).toContain(`'nonce-${nonce}'`);
    expect(answer.body).toContain(`<link rel="canonical" href="${publicOrigin()}${path}"/>`);
    expect(answer.body).toMatch(/<meta property="og:image" content="http[^"]+"\/>/);
    expect(answer.body).toMatch(/<form id="beli"[^>]* action="\/keranjang\/tambah" method="post">/);
    expect(answer.body).not.toContain('data-testid="form-success"');
    const added = (await productPageAnswer(
      request('?keranjang=ditambah&jumlah=3', 'lang=en', path),
      assets,
    ))!;
    expect(added.body).toContain('Added to the cart (3).');
    // After an error the field keeps what was typed (a whole number only).
    const stock = (await productPageAnswer(request('?keranjang=stok&jumlah=120', '', path), assets))!;
    expect(stock.body).toContain('data-testid="form-error"');
    expect(stock.body).toMatch(/<input id="quantity"[^>]* value="120"/);
    const odd = (await productPageAnswer(request('?keranjang=jumlah&jumlah=2%2C5', '', path), assets))!;
    expect(odd.body).toContain('data-testid="form-error"');
    expect(odd.body).not.toMatch(/<input id="quantity"[^>]* value="2,5"/);
    // Only codes from the list: any other text in the URL says nothing.
    const forged = (await productPageAnswer(request('?keranjang=Hubungi+0812&jumlah=x', '', path), assets))!;
    expect(forged.body).not.toContain('cart-notice');
    expect(forged.body).not.toContain('Hubungi 0812');
  });

  it('leaves a product that is not there, and a signed-in visitor, to Next.js', async () => {
    expect(await productPageAnswer(request('', '', '/products/tidak-ada-produk-ini'), assets)).toBeNull();
    expect(await productPageAnswer(request('', '', '/products/%E0%A4%A'), assets)).toBeNull();
    const any = await db.product.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { slug: true } });
    expect(
      await productPageAnswer(request('', 'next-auth.session-token=abc', `/products/${any.slug}`), assets),
    ).toBeNull();
  });

  it('reads the stylesheets, font and font class from the build, and refuses a build it cannot read', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'list-assets-'));
    expect(() => pageAssets(dist, '/products/page')).toThrow();
    fs.mkdirSync(path.join(dist, 'server/app/products'), { recursive: true });
    fs.mkdirSync(path.join(dist, 'static/chunks'), { recursive: true });
    const manifest = (css: object) =>
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/products/page"] = ${JSON.stringify({ entryCSSFiles: css })};`;
    const manifestPath = path.join(dist, 'server/app/products/page_client-reference-manifest.js');
    fs.writeFileSync(
      path.join(dist, 'server/next-font-manifest.json'),
      JSON.stringify({ app: { '[project]/app/products/page': ['static/media/inter-s.p.woff2'] } }),
    );
    fs.writeFileSync(
      path.join(dist, 'static/chunks/a.css'),
      '._9xY_variable{--font-inter:"inter", "inter Fallback"}',
    );
    fs.writeFileSync(
      manifestPath,
      manifest({
        '[project]/app/layout': [{ path: 'static/chunks/a.css', inlined: false }],
        '[project]/app/error': [{ path: 'static/chunks/a.css', inlined: false }],
      }),
    );
    expect(pageAssets(dist, '/products/page')).toEqual({
      stylesheets: ['/_next/static/chunks/a.css'],
      fonts: ['/_next/static/media/inter-s.p.woff2'],
      fontClass: '_9xY_variable',
    });
    // Inlined CSS (a Next.js change): the front door cannot link it, so the list stays with Next.js.
    fs.writeFileSync(manifestPath, manifest({ '[project]/app/layout': [{ path: 'x', inlined: true }] }));
    expect(() => pageAssets(dist, '/products/page')).toThrow(/stylesheets/);
    fs.rmSync(dist, { recursive: true, force: true });
  });
});
