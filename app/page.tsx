import { homeData } from '@/lib/catalog/public-catalog';
import { getLocale } from '@/lib/i18n/server';
import { HomeView } from './home-view';

// In production a signed-out visitor's home page is rendered by the front door from the same view
// without Next.js (home-answer.tsx, decision 024); signed-in visitors and `next dev` get this page.
export default async function HomePage() {
  const [data, locale] = await Promise.all([homeData(), getLocale()]);
  return <HomeView data={data} locale={locale} />;
}
