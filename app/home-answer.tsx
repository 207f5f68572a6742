import 'server-only';
import { homeData } from '@/lib/catalog/public-catalog';
import { publicPageAnswer, type PageRequest } from './front-door/page-answer';
import { PublicDocument, type PageAssets } from './front-door/public-document';
import { HomeView } from './home-view';
import { SITE_NAME, SITE_DESCRIPTION } from './site-frame';

/** The home page for a signed-out visitor, from the front door (decision 024). */
export function homeAnswer(request: PageRequest, assets: PageAssets) {
  return publicPageAnswer(request, '/', async (locale) => {
    const data = await homeData();
    return (
      <PublicDocument
        locale={locale}
        requestId={request.requestId}
        assets={assets}
        head={{ title: SITE_NAME, description: SITE_DESCRIPTION }}
      >
        <HomeView data={data} locale={locale} />
      </PublicDocument>
    );
  });
}
