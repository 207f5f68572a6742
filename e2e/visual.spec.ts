// Screenshots of every dashboard at 1366 px and 390 px, compared with the baselines in
// e2e/visual.spec.ts-snapshots/. They run against their own server (playwright.config.ts: project
// "visual"): a fresh database seeded and served with the clock at CLOCK_AT, so "the last twelve
// months" are the same months on any day. After a change you have looked at, update them with
// `npx playwright test --project visual --update-snapshots` (on a build in .next-test: DEVELOPERS.md).
import { test, expect, type BrowserContext } from '@playwright/test';
import { demoAccounts } from '../prisma/seed/demo-accounts';

type Account = keyof typeof demoAccounts;

const dashboards: { name: string; path: string; role: Account | null }[] = [
  { name: 'transparansi', path: '/transparansi', role: null },
  { name: 'cakupan', path: '/cakupan', role: null },
  { name: 'dinas', path: '/dinas', role: 'DINAS_ADMIN' },
  { name: 'dinas-kanal', path: '/dinas/kanal', role: 'DINAS_ADMIN' },
  { name: 'dinas-cakupan', path: '/dinas/cakupan', role: 'DINAS_ADMIN' },
  { name: 'dinas-laporan', path: '/dinas/laporan', role: 'DINAS_ADMIN' },
  { name: 'dinas-bazar', path: 'bazaar:Medan Fair UMKM 2026', role: 'DINAS_ADMIN' },
  { name: 'opd', path: '/opd', role: 'OPD_STAFF' },
];

/**
 * Signs in over HTTP and gives the browser the session cookie without an expiry: the server's
 * clock is at CLOCK_AT, so the Expires it writes may already be past on the real calendar, and the
 * browser would drop it.
 */
async function signIn(context: BrowserContext, baseURL: string, role: Account) {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({
      csrfToken,
      email: demoAccounts[role].email,
      password: demoAccounts[role].password,
      json: 'true',
    }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0].split('='))
    .find(([name]) => name.endsWith('next-auth.session-token'));
  expect(session, `signed in as ${role}`).toBeTruthy();
  await context.addCookies([
    { name: session![0], value: session!.slice(1).join('='), url: baseURL, httpOnly: true, sameSite: 'Lax' },
  ]);
}

for (const { name, path, role } of dashboards)
  for (const width of [1366, 390])
    test(`${name} looks as it did, at ${width} px`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL });
      if (role) await signIn(context, baseURL!, role);
      const page = await context.newPage();
      let target = path;
      if (path.startsWith('bazaar:')) {
        await page.goto('/dinas/bazar');
        target = (await page
          .getByRole('link', { name: path.slice(7) })
          .first()
          .getAttribute('href'))!;
      }
      await page.goto(target);
      await expect(page.locator('svg[role="img"]').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expect(page).toHaveScreenshot(`${name}-${width}.png`, {
        fullPage: true,
        animations: 'disabled',
        caret: 'hide',
        // anti-aliasing differs by a few pixels between runs; a moved bar or a lost label is far more
        maxDiffPixelRatio: 0.002,
      });
      await context.close();
    });
