import 'server-only';
import { catalogListPage, listParams } from '@/lib/catalog/list-page';
import { phrases } from '@/lib/i18n/phrases';
import { publicOrigin } from '@/lib/server/env';
import { publicPageAnswer, type PageRequest } from '../front-door/page-answer';
import { PublicDocument, type PageAssets } from '../front-door/public-document';
import { TITLE_TEMPLATE } from '../site-frame';
import { CatalogListView } from './catalog-list-view';
import { LIST_CANONICAL_PATH, listPageHead } from './list-head';

/** The product list for a signed-out visitor, from the front door (decision 024). */
export function productListAnswer(request: PageRequest, assets: PageAssets) {
  return publicPageAnswer(request, LIST_CANONICAL_PATH, async (locale, search) => {
    const list = await catalogListPage(listParams(new URLSearchParams(search)));
    const { title, description } = listPageHead(list.query.q, phrases(locale));
    const head = {
      title: TITLE_TEMPLATE.replace('%s', title),
      description,
      canonical: publicOrigin() + LIST_CANONICAL_PATH,
      ogTitle: title,
    };
    return (
      <PublicDocument locale={locale} requestId={request.requestId} assets={assets} head={head}>
        <CatalogListView list={list} locale={locale} />
      </PublicDocument>
    );
  });
}
