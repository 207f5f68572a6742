import type { Page } from '@playwright/test';
import { roleNav } from '../app/site-nav';
import type { Role } from '../lib/auth/roles';

/** The role's pages, plus the first detail page each list links to. */
export async function reachablePages(page: Page, role: Role | null) {
  const pages = [
    '/',
    '/products',
    '/transparansi',
    '/bazar',
    '/cakupan',
    ...(role ? roleNav[role].map((i) => i.href) : ['/masuk', '/daftar', '/keranjang']),
  ];
  const extra: Record<string, string[]> = {
    MSME_OWNER: ['/umkm/produk/baru'],
    DINAS_ADMIN: ['/dinas/kanal/mitra', '/dinas/email', '/dinas/program/duplikat'],
    SHOPPER: ['/akun'],
  };
  if (role) pages.push(...(extra[role] ?? []), '/notifikasi');
  // [a page, the detail link to follow from it]; a detail found becomes a page to follow from too.
  const details: [RegExp, RegExp][] = [
    [/^\/products$/, /^\/products\/[^/?]+$/],
    [/^\/dinas\/umkm$/, /^\/dinas\/umkm\/(?!ekspor)[^/?]+$/],
    [/^\/dinas\/kanal$/, /^\/dinas\/kanal\/(?!mitra)[^/?]+$/],
    [/^\/dinas\/bazar$/, /^\/dinas\/bazar\/[^/?]+$/],
    [/^\/dinas\/program$/, /^\/dinas\/program\/(?!duplikat)[^/?]+$/],
    [/^\/dinas\/koperasi$/, /^\/dinas\/koperasi\/(?!templat)[^/?]+$/],
    [/^\/opd\/program$/, /^\/opd\/program\/[^/?]+$/],
    [/^\/opd\/kegiatan$/, /^\/opd\/kegiatan\/[^/?]+$/],
    [/^\/opd\/kegiatan\/[^/?]+$/, /^\/opd\/kebutuhan\/[^/?]+$/],
    [/^\/opd$/, /^\/pengadaan\/pesanan\/[^/?]+$/],
    [/^\/umkm\/produk$/, /^\/umkm\/produk\/(?!baru)[^/?]+$/],
    [/^\/umkm\/pengadaan$/, /^\/pengadaan\/pesanan\/[^/?]+$/],
  ];
  for (let i = 0; i < pages.length; i++) {
    const follow = details.filter(([from]) => from.test(pages[i]));
    if (follow.length === 0) continue;
    await page.goto(pages[i]);
    const hrefs = await page
      .locator('main a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const [, pattern] of follow) {
      const detail = hrefs.find((href) => pattern.test(href));
      if (detail && !pages.includes(detail)) pages.push(detail);
    }
  }
  return [...new Set(pages)];
}
