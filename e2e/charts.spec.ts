// Charts and the kecamatan map on the dashboards: server-rendered SVG images (no JavaScript needed),
// with the table beside them, at 1366 px and 390 px, and kept when the page is printed on A4.
import { test, expect, signInAs } from './fixtures';

const pages = [
  { path: '/transparansi', role: null, charts: ['chart-spend', 'chart-share'] },
  { path: '/dinas', role: 'DINAS_ADMIN', charts: ['chart-registrations', 'chart-status'] },
  { path: '/cakupan', role: null, charts: ['chart-opd-beneficiaries'] },
] as const;

for (const { path, role, charts } of pages)
  for (const width of [1366, 390])
    test(`${path} shows its charts as images at ${width} px, without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      if (role) {
        const signedIn = await browser.newContext();
        const helper = await signedIn.newPage();
        await signInAs(helper, role);
        await context.addCookies(await signedIn.cookies());
        await signedIn.close();
      }
      await page.goto(path);
      for (const id of charts) {
        const figure = page.getByTestId(id);
        const image = figure.locator('svg[role="img"]');
        await expect(image).toBeVisible();
        await expect(image.locator('title').first()).not.toBeEmpty();
        const box = await image.boundingBox();
        expect(box!.width).toBeGreaterThan(200);
        await expect(figure.getByRole('table')).toBeVisible();
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (path === '/dinas')
        await expect(page.getByTestId('tile-map').locator('svg[role="img"]')).toBeVisible();
      await context.close();
    });

test('a dashboard prints on A4 without the navigation, with its charts', async ({ page }) => {
  await page.goto('/transparansi');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.getByTestId('chart-spend').locator('svg[role="img"]')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('/cakupan shows the kecamatan map as an image', async ({ page }) => {
  await page.goto('/cakupan');
  const map = page.getByTestId('tile-map').locator('svg[role="img"]');
  await expect(map).toBeVisible();
  await expect(map.locator('g[data-code]')).toHaveCount(21);
});

test('every staff dashboard has its chart, and the Dinas map is shaded by the figure chosen', async ({
  page,
}) => {
  await signInAs(page, 'DINAS_ADMIN');
  for (const [path, id] of [
    ['/dinas/kanal', 'chart-funnel'],
    ['/dinas/cakupan', 'chart-ever-helped'],
    ['/dinas/cakupan', 'chart-quota'],
    ['/dinas/laporan', 'chart-spend'],
  ]) {
    await page.goto(path);
    await expect(page.getByTestId(id).locator('svg[role="img"]'), `${id} on ${path}`).toBeVisible();
  }
  await page.goto('/dinas');
  await page
    .getByTestId('map-figures')
    .getByRole('link', { name: 'Belanja OPD ke UMKM di kecamatan ini' })
    .click();
  await expect(page).toHaveURL(/peta=belanja/);
  await expect(page.getByTestId('tile-map').locator('svg title').first()).toHaveText(
    'Belanja OPD ke UMKM di kecamatan ini',
  );
  await page.context().clearCookies();
  await signInAs(page, 'OPD_STAFF');
  await page.goto('/opd');
  await expect(page.getByTestId('chart-spend').locator('svg[role="img"]')).toBeVisible();
});
