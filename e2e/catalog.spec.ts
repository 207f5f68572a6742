import fs from 'node:fs';
import sharp from 'sharp';
import { test, expect, signInAs } from './fixtures';
import { e2eAccessLog } from './mail-log';

test('a misspelled search still finds the product, and shows its page with price and seller', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('searchbox').fill('bika ambom');
  await page.getByRole('button', { name: 'Cari' }).click();
  await expect(page).toHaveURL(/\/products\?q=bika\+ambom/);
  const card = page.getByTestId('product-card').filter({ hasText: 'Bika Ambon Original' }).first();
  await expect(card).toBeVisible();
  await card.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bika Ambon Original');
  await expect(page.getByTestId('price')).toContainText('Rp ');
  await expect(page.getByRole('link', { name: 'Hubungi lewat WhatsApp' })).toHaveAttribute(
    'href',
    /^https:\/\/wa\.me\/62/,
  );
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({ '@type': 'Product', offers: { priceCurrency: 'IDR' } });
});

test('filtering by kecamatan keeps the state in the URL and shows only that kecamatan', async ({ page }) => {
  await page.goto('/products');
  await page
    .getByTestId('facet-kecamatan')
    .getByRole('link', { name: /^Medan Kota \(/ })
    .click();
  await expect(page).toHaveURL(/kecamatan=medan-kota/);
  const cards = page.getByTestId('product-card');
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allTextContents()) expect(text).toContain('Medan Kota');
  await page.goBack();
  await expect(page).not.toHaveURL(/kecamatan=/);
});

test('the public API answers with products, 400 for bad parameters, and documents itself', async ({
  request,
}) => {
  const ok = await request.get('/api/v1/products?q=kripik&limit=5');
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.items.length).toBeGreaterThan(0);
  expect(body.items[0]).toMatchObject({ priceIdr: expect.any(Number), msme: { name: expect.any(String) } });
  expect(ok.headers()['cache-control']).toContain('s-maxage');
  const bad = await request.get('/api/v1/products?limit=500&minPrice=-1');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues.map((i: { path: string }) => i.path).sort()).toEqual([
    'limit',
    'minPrice',
  ]);
  expect((await request.get('/api/v1/products/tidak-ada')).status()).toBe(404);
  expect((await (await request.get('/api/v1/openapi.json')).json()).openapi).toBe('3.1.0');
  expect(await (await request.get('/sitemap.xml')).text()).toContain('/products/');
});

test('a guest fills a cart, signs in, checks out with bank transfer, and the UMKM confirms', async ({
  page,
}) => {
  // The demo UMKM owner's storefront.
  await page.goto('/umkm/bika-ambon-zulaikha-jaya');
  await page.getByRole('link', { name: 'Bika Ambon Original', exact: true }).click();
  await page.getByLabel('Jumlah').fill('2');
  await page.getByRole('button', { name: 'Tambah ke keranjang' }).click();
  await expect(page.getByTestId('form-success')).toContainText('Masuk keranjang (2)');
  await page.getByRole('link', { name: 'Lihat keranjang' }).click();
  await expect(page.getByTestId('cart-group')).toContainText('Bika Ambon Original');
  await page.getByRole('link', { name: 'Masuk untuk memesan' }).click();
  await page.getByLabel('Email').fill('pembeli@etalase-umkm.id');
  await page.getByLabel('Kata sandi').fill('Pembeli#Medan2026');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/keranjang$/);
  await expect(page.getByTestId('cart-group')).toContainText('Bika Ambon Original');
  await page.getByLabel('Nomor HP/WhatsApp').fill('0812');
  await page.getByLabel('Alamat pengiriman').fill('Jl. Setia Budi No. 10, Tanjung Sari, Medan Selayang');
  await page.getByRole('button', { name: 'Buat pesanan' }).click();
  await expect(page.getByTestId('error-deliveryPhone')).toContainText('nomor seluler Indonesia');
  await page.getByLabel('Nomor HP/WhatsApp').fill('0812 6543 2100');
  await page.getByRole('button', { name: 'Buat pesanan' }).click();
  await expect(page).toHaveURL(/\/akun\?pesanan=UMK-/);
  const orderNumber = new URL(page.url()).searchParams.get('pesanan')!;
  await expect(page.getByTestId('shopper-orders')).toContainText(orderNumber);
  // The confirmation names where to transfer, exactly how much, with which reference, by when.
  const mine = page.getByTestId('shopper-orders').locator('li').filter({ hasText: orderNumber });
  const box = mine.getByTestId('transfer-box');
  await expect(box.getByTestId('transfer-account')).toHaveText(/^\d{6,}$/);
  await expect(box.getByTestId('transfer-amount')).toHaveText(/^Rp [\d.]+$/);
  await expect(box.getByTestId('transfer-reference')).toHaveText(/^TRF-[0-9A-F]{8}$/);
  await expect(mine).toContainText('Diantar');
  const receipt = await sharp({
    create: { width: 1200, height: 1600, channels: 3, background: { r: 240, g: 240, b: 235 } },
  })
    .jpeg()
    .toBuffer();
  await box.getByLabel('Unggah foto bukti transfer').setInputFiles({
    name: 'bukti-transfer.jpg',
    mimeType: 'image/jpeg',
    buffer: receipt,
  });
  await box.getByRole('button', { name: 'Kirim bukti transfer' }).click();
  await expect(box.getByTestId('form-success')).toContainText('Bukti transfer terkirim');
  await mine.getByRole('link', { name: new RegExp(orderNumber) }).click();
  await expect(page.getByTestId('transfer-box')).toContainText('menunggu konfirmasi penjual');

  await page.context().clearCookies();
  await signInAs(page, 'MSME_OWNER');
  await page.goto('/umkm/pesanan');
  const order = page.getByTestId('incoming-orders').locator('li').filter({ hasText: orderNumber });
  await expect(order.getByTestId('order-status')).toHaveText('Pesanan masuk');
  await order.getByRole('button', { name: 'Konfirmasi pesanan' }).click();
  await expect(order.getByTestId('order-status')).toHaveText('Dikonfirmasi penjual');
  // The UMKM sees the buyer's receipt before it marks the transfer received.
  const receiptLink = order.getByRole('link', { name: /Lihat bukti transfer dari pembeli/ });
  const image = await page.request.get((await receiptLink.getAttribute('href'))!);
  expect(image.headers()['content-type']).toBe('image/webp');
  expect(image.headers()['cache-control']).toContain('private');
  await order.getByRole('button', { name: 'Transfer sudah diterima' }).click();
  await expect(order).toContainText('lunas');
});

test('signed-out visitors get catalog pages from the page cache, with a fresh nonce and the owner’s edit at once', async ({
  page,
  browser,
}) => {
  const guest = await browser.newPage();
  const cspErrors: string[] = [];
  guest.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });

  await signInAs(page, 'MSME_OWNER');
  await page.goto('/umkm/produk');
  const productLink = page
    .locator('tbody tr')
    .filter({ hasText: 'Tayang' })
    .filter({ hasNotText: 'Bika Ambon Original' })
    .first()
    .getByRole('link');
  const name = (await productLink.textContent())!.trim();
  await productLink.click();
  const priceInput = page.getByLabel('Harga (Rupiah)');
  const newPrice = Number(await priceInput.inputValue()) + 1000;

  const origin = new URL(page.url()).origin;
  await guest.goto(`${origin}/umkm/bika-ambon-zulaikha-jaya`);
  const productUrl =
    origin + (await guest.getByRole('link', { name, exact: true }).first().getAttribute('href'));
  const first = await guest.goto(productUrl);
  const second = await guest.goto(productUrl);
  expect(first!.headers()['x-page-cache']).toMatch(/^(hit|miss)$/);
  expect(second!.headers()['x-page-cache']).toBe('hit');
  const nonceOf = (csp: string) => csp.match(/'nonce-([^']+)'/)![1];
  expect(nonceOf(first!.headers()['content-security-policy'])).not.toBe(
    nonceOf(second!.headers()['content-security-policy']),
  );
  await expect(guest.getByTestId('price')).not.toContainText(`Rp ${newPrice.toLocaleString('id-ID')}`);
  // The public API keeps its answers in the same cache: a repeated search is a hit, same body.
  const apiUrl = `${origin}/api/v1/products?q=${encodeURIComponent(name)}&limit=100`;
  const apiFirst = await guest.request.get(apiUrl);
  const apiSecond = await guest.request.get(apiUrl);
  expect(apiSecond.headers()['x-page-cache']).toBe('hit');
  expect(await apiSecond.text()).toBe(await apiFirst.text());
  const priceInApi = async () =>
    (
      (await (await guest.request.get(apiUrl)).json()) as { items: { name: string; priceIdr: number }[] }
    ).items.find((p) => p.name === name)?.priceIdr;
  expect(await priceInApi()).not.toBe(newPrice);

  await priceInput.fill(String(newPrice));
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByTestId('form-success')).toContainText('Perubahan produk disimpan.');

  // The edit dropped the cached page and API answer: both are rendered afresh.
  expect(await priceInApi()).toBe(newPrice);
  expect((await guest.reload())!.headers()['x-page-cache']).toBe('miss');
  await expect(guest.getByTestId('price')).toContainText(`Rp ${newPrice.toLocaleString('id-ID')}`);
  // The page's JSON-LD carries the swapped nonce, and the cart form (a plain post) works.
  await guest.getByRole('button', { name: 'Tambah ke keranjang' }).click();
  await expect(guest.getByTestId('form-success')).toContainText('Masuk keranjang');
  await expect(guest.getByRole('link', { name: 'Lihat keranjang' })).toBeVisible();
  expect(cspErrors).toEqual([]);
  await guest.close();
});

test('a signed-out visitor’s list, home and product pages are the pages Next.js renders, without its scripts (decisions 024, 025)', async ({
  request,
}) => {
  const product = '/products/bika-ambon-original-bika-ambon-zulaikha-jaya';
  for (const path of [
    '/products?q=kopi&sort=price-asc',
    '/',
    product,
    `${product}?keranjang=ditambah&jumlah=2`,
  ]) {
    const fast = await (await request.get(path)).text();
    // A session cookie nobody issued: the front door hands the request on, and Next.js renders the
    // page for a signed-out visitor.
    const next = await (
      await request.get(path, { headers: { cookie: 'next-auth.session-token=not-a-token' } })
    ).text();
    // No scripts but a product's JSON-LD (data, not code).
    expect(fast.replace(/<script type="application\/ld\+json"[^>]*>.*?<\/script>/, '')).not.toContain(
      '<script',
    );
    expect(next).toContain('<script');
    // Same content: Next.js adds only comments (text separators, Suspense markers); nonces differ
    // per request, and React orders a form's attributes its own way outside Next.js.
    const part = (html: string, tag: string) =>
      html
        .slice(html.indexOf(`<${tag}`), html.indexOf(`</${tag}>`))
        .replace(/<!--.*?-->/g, '')
        .replace(/ nonce="[^"]+"/g, '')
        .replace(/<form[^>]*>/g, (form) =>
          [...form.matchAll(/ ([\w-]+)="([^"]*)"/g)]
            .map((m) => m[0])
            .sort()
            .join(''),
        );
    expect(part(fast, 'main')).toContain('data-testid="product-card"');
    for (const tag of ['main', 'header', 'footer', 'title']) expect(part(fast, tag)).toBe(part(next, tag));
    for (const tag of [
      /<html[^>]*>/,
      /<body[^>]*>/,
      /<meta name="description"[^>]*>/,
      /<link rel="canonical"[^>]*>/,
      /<meta property="og:title"[^>]*>/,
      /<meta property="og:image"[^>]*>/,
      /<meta name="twitter:card"[^>]*>/,
    ])
      expect(fast.match(tag)?.[0]).toBe(next.match(tag)?.[0]);
    // The build's stylesheet and font, as Next.js links them.
    const stylesheet = fast.match(/<link rel="stylesheet" href="([^"]+)"/)![1];
    expect(next).toContain(stylesheet);
    expect((await request.get(stylesheet)).status()).toBe(200);
    const font = fast.match(/<link rel="preload" href="([^"]+\.woff2)"/)![1];
    expect((await request.get(font)).status()).toBe(200);
  }
  const english = await (
    await request.get('/products?q=kopi&sort=price-asc', { headers: { cookie: 'lang=en' } })
  ).text();
  expect(english).toContain('<html lang="en"');
  expect(english).toContain('Lowest price');
});

test('a signed-in visitor’s list is rendered by Next.js, with who they are in the header', async ({
  page,
}) => {
  await signInAs(page, 'MSME_OWNER');
  await page.goto('/products?q=kopi');
  await expect(page.getByTestId('current-user')).toBeVisible();
  await expect(page.getByTestId('product-card').first()).toBeVisible();
});

test.describe('the product list with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('one request renders it: the server asks itself for nothing, and a repeat is served from the page cache', async ({
    page,
  }) => {
    const log = e2eAccessLog(process.env.E2E_PORT ?? '3950');
    const path = `/products?q=kopi&maxPrice=${900_000 + (Date.now() % 99_999)}`;
    const before = fs.readFileSync(log, 'utf8').length;
    const first = await page.request.get(path);
    expect(first.status()).toBe(200);
    expect(first.headers()['x-page-cache']).toBe('miss');
    expect(first.headers()['x-page-cache-key']).toBeUndefined();
    const second = await page.request.get(path);
    expect(second.headers()['x-page-cache']).toBe('hit');
    expect(await second.text()).toContain('data-testid="product-card"');
    await expect
      .poll(() => fs.readFileSync(log, 'utf8').slice(before).trim().split('\n'))
      .toEqual([`GET ${path} 200`, `GET ${path} 200`]);
  });

  test('search, filter, sort and next page all work as plain links and forms', async ({ page }) => {
    await page.goto('/products');
    await page.getByRole('searchbox').fill('kripik');
    await page.getByRole('button', { name: 'Cari' }).click();
    await expect(page).toHaveURL(/\/products\?q=kripik/);
    await expect(page.getByTestId('product-card').first()).toContainText('Keripik');
    await page.getByRole('checkbox', { name: /Halal/ }).check();
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL(/q=kripik.*halal=true|halal=true.*q=kripik/);
    await page.getByRole('link', { name: 'Harga terendah' }).click();
    await expect(page).toHaveURL(/sort=price-asc/);
    const prices = (await page.getByTestId('product-card').allTextContents()).map((text) =>
      Number(text.match(/Rp\s?([\d.]+)/)![1].replace(/\./g, '')),
    );
    expect(prices.length).toBeGreaterThan(1);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    await page.goto('/products?limit=2');
    await page.getByRole('link', { name: 'Berikutnya' }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(page.getByTestId('product-card').first()).toBeVisible();
  });

  test('a guest adds a product to the cart from its page, and a bad quantity says why (decision 025)', async ({
    page,
  }) => {
    await page.goto('/umkm/bika-ambon-zulaikha-jaya');
    await page.getByRole('link', { name: 'Bika Ambon Original', exact: true }).click();
    const productPath = new URL(page.url()).pathname;
    await page.getByLabel('Jumlah').fill('0');
    await page.getByRole('button', { name: 'Tambah ke keranjang' }).click();
    await expect(page.getByTestId('form-error')).toContainText('bilangan bulat');
    await expect(page.getByLabel('Jumlah')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Jumlah')).toHaveValue('0');
    await page.getByLabel('Jumlah').fill('3');
    await page.getByRole('button', { name: 'Tambah ke keranjang' }).click();
    expect(new URL(page.url()).pathname).toBe(productPath);
    await expect(page.getByTestId('form-success')).toContainText('Masuk keranjang (3)');
    await page.getByRole('link', { name: 'Lihat keranjang' }).click();
    await expect(page.getByTestId('cart-group')).toContainText('Bika Ambon Original');
    // The way back is the form's own field, not the Referer (which a browser may leave out); a
    // path that is not a product page leads to the cart.
    const noReferer = await page.request.post('/keranjang/tambah', {
      form: { productId: 'tidak-ada', quantity: '1', kembali: productPath },
      headers: { origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect(noReferer.status()).toBe(303);
    expect(noReferer.headers().location).toBe(`${productPath}?keranjang=tidak-tersedia#beli`);
    const elsewhere = await page.request.post('/keranjang/tambah', {
      form: { productId: 'tidak-ada', quantity: '1', kembali: '//bukan-etalase.example/products/x' },
      headers: { origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect(elsewhere.headers().location).toMatch(/^\/keranjang\?/);
    // A post from another site is refused, and adds nothing.
    const forged = await page.request.post('/keranjang/tambah', {
      form: { productId: 'x', quantity: '1' },
      headers: { origin: 'https://bukan-etalase.example' },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
  });

  test('a signed-in shopper sees their name there, switches language and signs out without scripts', async ({
    page,
    browser,
  }) => {
    const signedIn = await browser.newContext({
      javaScriptEnabled: true,
      baseURL: test.info().project.use.baseURL,
    });
    const signInPage = await signedIn.newPage();
    await signInAs(signInPage, 'SHOPPER');
    const state = await signedIn.storageState();
    await signedIn.close();
    await page.context().addCookies(state.cookies);
    await page.goto('/products?q=kopi');
    await expect(page.getByTestId('current-user')).toContainText('Pembeli');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/products\?q=kopi$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('current-user')).toContainText('Shopper');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('current-user')).toHaveCount(0);
  });
});
