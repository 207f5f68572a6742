import type { CatalogListPage } from '@/lib/catalog/list-page';
import type { Locale } from '@/lib/i18n/messages';
import { phrases } from '@/lib/i18n/phrases';
import { BODY_CLASS, MainFrame, SkipLink, TITLE_TEMPLATE } from '../site-frame';
import { SiteFooterView, SiteHeaderView } from '../site-header-view';
import { CatalogListView } from './catalog-list-view';
import { listPageHead } from './list-head';

/** What the build named the page's stylesheets and font (read from its output at start-up). */
export type ListAssets = { stylesheets: string[]; fonts: string[]; fontClass: string };

/**
 * The whole /products document for a signed-out visitor, as the front door renders it without
 * Next.js (list-answer.tsx): the root layout's frame and head, the same list view, and no scripts —
 * the page is links and GET forms, and the header's menu is a <details>.
 */
export function ListDocument({
  list,
  locale,
  requestId,
  assets,
  canonical,
}: {
  list: CatalogListPage;
  locale: Locale;
  requestId: string;
  assets: ListAssets;
  canonical: string;
}) {
  const t = phrases(locale);
  const { title, description } = listPageHead(list.query.q, t);
  return (
    <html lang={locale} className={assets.fontClass}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {assets.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        {assets.fonts.map((href) => (
          <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="" />
        ))}
        <title>{TITLE_TEMPLATE.replace('%s', title)}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={canonical} />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={title} />
        <meta name="twitter:description" content={description} />
        <link rel="icon" href="/favicon.ico" sizes="32x32" type="image/x-icon" />
        <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
        <meta name="request-id" content={requestId} />
      </head>
      <body className={BODY_CLASS}>
        <SkipLink label={t('Langsung ke isi')} />
        <SiteHeaderView user={null} locale={locale} />
        <MainFrame>
          <CatalogListView list={list} locale={locale} />
        </MainFrame>
        <SiteFooterView locale={locale} />
      </body>
    </html>
  );
}
