import 'server-only';
import path from 'node:path';
import { homeAnswer } from '../home-answer';
import { productListAnswer } from '../products/list-answer';
import { productPageAnswer } from '../products/[slug]/product-answer';
import { pageAssets, type PageRequest } from './page-answer';

// The public pages the front door renders itself, by path (a product page by its pattern), handed over at start-up through
// globalThis (server/front-door.cjs reads the same symbols; decision 024).
const PAGES = [
  { path: '/products', page: '/products/page', hook: 'etalase.page.product-list', answer: productListAnswer },
  { path: '/', page: '/page', hook: 'etalase.page.home', answer: homeAnswer },
  {
    path: '/products/[slug]',
    page: '/products/[slug]/page',
    hook: 'etalase.page.product',
    answer: productPageAnswer,
  },
];

/**
 * Hands each page to the front door (production only; start-instance.ts). A page whose build
 * assets are not where expected stays with Next.js; the others are still handed over.
 */
export function offerPagesToFrontDoor(distDir = path.resolve(process.env.NEXT_DIST_DIR || '.next')) {
  const failed: { path: string; error: unknown }[] = [];
  for (const { path: pathname, page, hook, answer } of PAGES) {
    try {
      const assets = pageAssets(distDir, page);
      (globalThis as Record<symbol, unknown>)[Symbol.for(hook)] = (request: PageRequest) =>
        answer(request, assets);
    } catch (error) {
      failed.push({ path: pathname, error });
    }
  }
  return failed;
}
