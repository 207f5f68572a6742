import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import type { ReactElement } from 'react';
import { isSessionCookie } from '@/lib/auth/session-cookie';
import type { PlainAnswer } from '@/lib/catalog/product-search-answer';
import { LOCALE_COOKIE, toLocale, type Locale } from '@/lib/i18n/messages';
import {
  cachedPage,
  pageCacheEnabled,
  pageKey,
  withNonce,
  type CachedPage,
} from '@/lib/page-cache/page-cache';
import { readCookieHeader } from '@/lib/security/cookie-header';
import { contentSecurityPolicy, newNonce, pageSecurityHeaders } from '@/lib/security/page-headers';
import type { PageAssets } from './public-document';

// Public pages a signed-out visitor gets from the front door (server/front-door.cjs) without
// Next.js in production (decisions 024, 025): the product list, the home page and product pages.
// The App Router costs 11–16 ms of CPU for any page; these render the same views with
// react-dom/server in a fraction of that, with no JavaScript. Anyone signed in, any request of
// Next.js's client router, and `next dev` still get the App Router's pages.

/** A GET as the front door hands it over: the path, the query ('?…' or ''), the cookies, and so on. */
export type PageRequest = {
  pathname: string;
  search: string;
  cookie: string;
  requestId: string;
  https: boolean;
};

// Headers of the page itself, kept with it in the page cache (as Next.js sends them for a page).
const PAGE_HEADERS: [string, string][] = [
  ['content-type', 'text/html; charset=utf-8'],
  ['cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate'],
  ['vary', 'rsc, Accept-Encoding'],
];

/**
 * react-dom/server, loaded by Node rather than bundled: Next.js refuses it in the server bundles it
 * builds (it wants pages rendered as Server Components), and these pages are rendered outside
 * Next.js on purpose. The views use no hooks or context, so elements made by the bundle's React
 * render alike.
 */
function renderer(): typeof import('react-dom/server') {
  return createRequire(path.join(process.cwd(), 'package.json'))('react-dom/server');
}

/**
 * The page at `pathname` for this request, or null when Next.js should answer it (a signed-in
 * visitor: the header shows who they are; or `document` gave null: a product that is not there
 * gets Next.js's 404 page). Same page-cache key as proxy.ts, so a stored page serves either way;
 * nonce and request id swapped as proxy.ts does. `document` gets the nonce its inline data
 * (a product's JSON-LD) carries, swapped for each request's like Next.js's own.
 */
export async function publicPageAnswer(
  request: PageRequest,
  pathname: string,
  document: (locale: Locale, search: string, nonce: string) => Promise<ReactElement | null>,
): Promise<PlainAnswer | null> {
  const cookies = readCookieHeader(request.cookie);
  if ([...cookies.keys()].some(isSessionCookie)) return null;
  const locale = toLocale(cookies.get(LOCALE_COOKIE));
  const search = request.search === '?' ? '' : request.search;
  const render = async (): Promise<CachedPage | null> => {
    const renderNonce = newNonce();
    const element = await document(locale, search, renderNonce);
    if (!element) return null;
    const html = `<!DOCTYPE html>${renderer().renderToStaticMarkup(element)}`;
    return {
      html,
      nonce: html.includes(renderNonce) ? renderNonce : '',
      requestId: request.requestId,
      headers: PAGE_HEADERS,
      storedAt: Date.now(),
    };
  };
  const { page, hit } = pageCacheEnabled()
    ? await cachedPage(pageKey(locale, pathname + search), render)
    : { page: await render(), hit: false };
  if (!page) return null;
  const nonce = newNonce();
  // A page Next.js rendered for the cache carries its nonce: swapped like proxy.ts does.
  const { html, headers } = withNonce(page, nonce, request.requestId);
  const csp = contentSecurityPolicy(nonce, request.https);
  return {
    status: 200,
    headers: [...headers, ...pageSecurityHeaders(csp, request.https), ['x-page-cache', hit ? 'hit' : 'miss']],
    body: html,
  };
}

/**
 * The stylesheets and font of an App Router page in this build (`page` as the build names it:
 * '/products/page', '/page'), from Next.js's manifests. Throws when they cannot be found (a
 * Next.js upgrade that changed them): the page then stays with Next.js.
 */
export function pageAssets(distDir: string, page: string): PageAssets {
  const manifest = fs.readFileSync(
    path.join(distDir, `server/app${page}_client-reference-manifest.js`),
    'utf8',
  );
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryCSSFiles?: object }> } = {};
  vm.runInNewContext(manifest, sandbox);
  const css = Object.values(sandbox.__RSC_MANIFEST?.[page]?.entryCSSFiles ?? {}).flat() as {
    path: string;
    inlined: boolean;
  }[];
  if (css.length === 0 || css.some((file) => file.inlined || typeof file.path !== 'string'))
    throw new Error(`the stylesheets of ${page} are not in the build manifest as expected`);
  const fontManifest = JSON.parse(
    fs.readFileSync(path.join(distDir, 'server/next-font-manifest.json'), 'utf8'),
  );
  const fonts: string[] = fontManifest.app?.[`[project]/app${page}`] ?? [];
  const stylesheets = [...new Set(css.map((file) => `/_next/${file.path}`))];
  // next/font's class for Inter on <html> (app/layout.tsx): the rule that sets --font-inter.
  const fontClass = stylesheets
    .map((href) => fs.readFileSync(path.join(distDir, href.slice('/_next/'.length)), 'utf8'))
    .map((text) => text.match(/\.([\w-]+)\{--font-inter:/)?.[1])
    .find(Boolean);
  if (!fontClass) throw new Error(`the font’s class is not in the stylesheets of ${page}`);
  return { stylesheets, fonts: fonts.map((file) => `/_next/${file}`), fontClass };
}
