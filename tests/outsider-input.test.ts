// What an outsider can send gets a 4xx with a clear body, never a 500 (issue #12).
import http from 'node:http';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import type { Actor } from '@/lib/auth/actor';
import { runAction } from '@/lib/server/action';
import { sameSitePath } from '@/lib/security/safe-path';
import { setProductStatus } from '@/lib/catalog/owner-products';
import { advanceOrder } from '@/lib/procurement/orders';
import { addNeed } from '@/lib/procurement/events';
import { directOrder } from '@/lib/procurement/ordering';
import { revealNik } from '@/lib/msme/review';
import { registryFilterSchema, searchRegistry } from '@/lib/msme/registry';
import { getOrder } from '@/lib/procurement/orders';
import { db } from '@/lib/server/db';
import { demoActor } from './support/actors';

const caller = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/actor', async (original) => ({
  ...(await original<object>()),
  currentActor: async () => caller.actor,
}));
const { GET: getDocument } = await import('@/app/api/pengadaan/dokumen/[id]/route');
const { POST: authPost } = await import('@/app/api/auth/[...nextauth]/route');
const { proxy } = await import('@/proxy');

describe('the front door (server/front-door.cjs, ahead of Next.js)', () => {
  let server: http.Server;
  let base = '';
  const seenPeers: string[] = [];
  beforeAll(async () => {
    createRequire(import.meta.url)('../server/front-door.cjs');
    server = http.createServer((req, res) => {
      seenPeers.push(String(req.headers['x-etalase-peer']));
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const send = (method: string, path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const request = http.request(`${base}${path}`, { method, headers }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      request.on('error', reject);
      request.end();
    });

  it.each(['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND'])(
    'answers %s with 405 and Allow',
    async (method) => {
      const answer = await send(method, '/api/v1/products');
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
      expect(JSON.parse(answer.body).error).toMatch(/tidak didukung/);
    },
  );

  it.each(['/api/pengadaan/dokumen/a%00b', '/dinas/umkm?q=a%00b', '/dinas/umkm/ekspor?q=a%00b'])(
    'refuses a NUL byte in %s with 400',
    async (path) => {
      const answer = await send('GET', path);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatch(/NUL/);
    },
  );

  it("answers the public search API with the app's own function once the app offers it", async () => {
    const { offerProductSearchToFrontDoor } = await import('@/lib/catalog/product-search-answer');
    offerProductSearchToFrontDoor();
    try {
      const found = await send('GET', '/api/v1/products?q=bolu&limit=2');
      expect(found.status).toBe(200);
      expect(found.headers['x-content-type-options']).toBe('nosniff');
      expect(found.headers['cache-control']).toMatch(/max-age=60/);
      expect(JSON.parse(found.body).items).toHaveLength(2);
      const bad = await send('GET', '/api/v1/products?limit=500');
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body).issues).toEqual([{ path: 'limit', message: 'maksimal 100' }]);
      const head = await send('HEAD', '/api/v1/products?q=bolu&limit=2');
      expect([head.status, head.body]).toEqual([200, '']);
      const zipped = await send('GET', '/api/v1/products?limit=20', { 'accept-encoding': 'gzip, br' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      // Any other path, one product's included, still goes to the app server behind.
      expect((await send('GET', '/api/v1/products/abc')).body).toBe('ok');
    } finally {
      delete (globalThis as Record<symbol, unknown>)[Symbol.for('etalase.api.product-search')];
    }
    expect((await send('GET', '/api/v1/products?q=bolu')).body).toBe('ok');
  });

  it('stamps the real peer, whatever header the client sends', async () => {
    const answer = await send('GET', '/', { 'x-etalase-peer': '6.6.6.6', 'x-forwarded-for': '6.6.6.6' });
    expect(answer.status).toBe(200);
    expect(seenPeers.at(-1)).toBe('127.0.0.1');
  });
});

describe('NUL bytes that reach a server action or a filter', () => {
  // A refusal (ok: false), where runAction would rethrow an unexpected error as a 500.
  const refusal = { ok: false, message: expect.any(String) };

  it.each([
    ['advanceOrder', async () => advanceOrder(await demoActor('OPD_STAFF'), 'a\u0000b', 'accept')],
    ['addNeed', async () => addNeed(await demoActor('OPD_STAFF'), 'a\u0000b', {})],
    [
      'directOrder',
      async () => directOrder(await demoActor('OPD_STAFF'), 'a\u0000b', { productId: 'x', quantity: '1' }),
    ],
    [
      'revealNik',
      async () => revealNik(await demoActor('DINAS_ADMIN'), 'a\u0000b', { purpose: 'IDENTITY_CHECK' }),
    ],
    [
      'setProductStatus',
      async () => setProductStatus(await demoActor('MSME_OWNER'), 'a\u0000b', 'PUBLISHED'),
    ],
  ])('%s answers with a refusal, not an error', async (_name, call) => {
    expect(await runAction(async () => ({ message: String(await call()) }))).toMatchObject(refusal);
  });

  it('the registry search drops it', async () => {
    await expect(
      searchRegistry(await demoActor('DINAS_ADMIN'), registryFilterSchema.parse({ q: 'a\u0000b' })),
    ).resolves.toBeTruthy();
  });
});

/** A document of a Diskominfo order (the seed's orders get theirs when the app starts). */
async function diskominfoDocumentId() {
  const staff = await demoActor('OPD_STAFF');
  const orders = await db.procurementOrder.findMany({ where: { opdId: staff.opdId! }, select: { id: true } });
  for (const { id } of orders) {
    const order = await getOrder(staff, id);
    if (order.documents.length) return order.documents[0].id;
  }
  throw new Error('no Diskominfo order with documents in the seed');
}

describe('procurement documents', () => {
  it('tell an anonymous caller nothing about which ids exist', async () => {
    caller.actor = null;
    const real = { id: await diskominfoDocumentId() };
    const params = (id: string) => ({ params: Promise.resolve({ id }) });
    const unknown = await getDocument(new Request('http://etalase.test/x'), params('tidak-ada'));
    const existing = await getDocument(new Request('http://etalase.test/x'), params(real.id));
    expect([unknown.status, existing.status]).toEqual([401, 401]);
    expect(await unknown.json()).toEqual(await existing.json());
  });

  it("answer another OPD's document as if it did not exist", async () => {
    const documentId = await diskominfoDocumentId();
    caller.actor = await demoActor('OPD_STAFF');
    const other = await db.user.findUniqueOrThrow({ where: { email: 'opd.dinkes@etalase-umkm.id' } });
    caller.actor = { ...caller.actor, id: other.id, opdId: other.opdId };
    const params = (id: string) => ({ params: Promise.resolve({ id }) });
    const theirs = await getDocument(new Request('http://etalase.test/x'), params(documentId));
    const madeUp = await getDocument(new Request('http://etalase.test/x'), params('tidak-ada'));
    expect([theirs.status, madeUp.status]).toEqual([404, 404]);
    expect(await theirs.json()).toEqual(await madeUp.json());
    caller.actor = null;
  });
});

describe('next-auth routes', () => {
  const context = (...parts: string[]) => ({ params: Promise.resolve({ nextauth: parts }) });
  it.each([['callback', 'credentials'], ['signout'], ['signin', 'credentials']])(
    'refuse an empty or malformed JSON body to /api/auth/%s with 400',
    async (...parts) => {
      for (const body of ['', '{', '[1]']) {
        const request = new NextRequest(`http://etalase.test/api/auth/${parts.join('/')}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const answer = await authPost(request, context(...parts));
        expect(answer.status).toBe(400);
        expect((await answer.json()).error).toMatch(/formulir atau JSON/);
      }
    },
  );
});

describe('server actions posted from another site', () => {
  it('get 403 before Next.js sees them', async () => {
    const request = new NextRequest('http://etalase.test/umkm/produk', {
      method: 'POST',
      headers: { host: 'etalase.test', origin: 'https://evil.example', 'next-action': 'abc123' },
    });
    const answer = await proxy(request);
    expect(answer.status).toBe(403);
    const same = new NextRequest('http://etalase.test/umkm/produk', {
      method: 'POST',
      headers: { host: 'etalase.test', origin: 'http://etalase.test', 'next-action': 'abc123' },
    });
    expect((await proxy(same)).status).toBe(200);
  });
});

describe('where sign-in may send the visitor afterwards', () => {
  const origin = 'http://localhost:3999';
  it.each([
    '/%5Cevil.example/phish',
    '/\\evil.example/phish',
    '/\t/evil.example',
    '/\r\nSet-Cookie:x=1',
    '//evil.example',
    '/.//evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
  ])('refuses %j', (raw) => {
    expect(sameSitePath(decodeURIComponent(raw.replace(/%(?![0-9A-F]{2})/gi, '%25')), origin)).toBeNull();
  });
  it('keeps a path on this site with its query', () => {
    expect(sameSitePath('/umkm/produk?tab=draf#foto', origin)).toBe('/umkm/produk?tab=draf#foto');
  });
});
