// On a 390 × 844 phone (issue #12): no page a role can reach scrolls sideways, and the header is
// one row with a menu that opens without JavaScript.
import { test, expect, signInAs } from './fixtures';
import type { Page } from '@playwright/test';
import { reachablePages } from './pages';

const phone = { width: 390, height: 844 };
test.use({ viewport: phone, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const role of [null, 'SHOPPER', 'MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN'] as const) {
  test(`no page scrolls sideways at 390 px (${role ?? 'signed out'})`, async ({ page }) => {
    if (role) await signInAs(page, role);
    const wide: string[] = [];
    for (const path of await reachablePages(page, role)) {
      await page.goto(path);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) wide.push(`${path} (+${overflow} px)`);
      const header = await page.locator('header').first().boundingBox();
      expect(header!.height, `header on ${path}`).toBeLessThan(80);
    }
    expect(wide).toEqual([]);
  });
}

test('the phone menu opens without JavaScript and holds the role navigation', async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/products');
  const menu = page.getByTestId('mobile-menu');
  await expect(menu.getByRole('link', { name: 'Katalog' })).toBeHidden();
  await menu.locator('summary').click();
  await expect(menu.getByRole('link', { name: 'Katalog' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Masuk' })).toBeVisible();
  await page.screenshot({ path: 'test-results/phone-menu.png' });
  await context.close();
});

test('a wide table scrolls inside its own box with its key column in view', async ({ page }) => {
  await signInAs(page, 'DINAS_ADMIN');
  await page.goto('/dinas/umkm');
  const table = page.locator('main table').first();
  const box = await table.evaluate((t) => ({ client: t.clientWidth, scroll: t.scrollWidth }));
  expect(box.scroll).toBeGreaterThan(box.client);
  await table.evaluate((t) => (t.scrollLeft = 400));
  const firstCell = table.locator('tbody tr').first().locator('td').first();
  const cellBox = await firstCell.boundingBox();
  const tableBox = await table.boundingBox();
  expect(Math.abs(cellBox!.x - tableBox!.x)).toBeLessThan(2);
  await page.screenshot({ path: 'test-results/phone-registry.png' });
});
