// Property tests: malformed, huge, unicode and injection-shaped input to the public API and every
// zod schema gets a 4xx or a validation error, never a 500 or an exception. ≥ 500 cases each in
// npm test; `npm run fuzz` runs 10× more.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { db } from '@/lib/server/db';
import { GET as listProducts } from '@/app/api/v1/products/route';
import { GET as oneProduct } from '@/app/api/v1/products/[id]/route';
import { GET as spending } from '@/app/api/v1/transparency/opd-spending/route';
import { catalogListPage, listParams } from '@/lib/catalog/list-page';
import { productQuerySchema } from '@/lib/catalog/search-schema';
import { draftSchema, registrationSchema, reviewSchema } from '@/lib/msme/schema';
import { productSchema } from '@/lib/catalog/product-schema';
import { checkoutSchema, cartLineSchema, shopOrderActionSchema } from '@/lib/shop/schema';
import { emailPreferenceSchema } from '@/lib/notify/center';
import { retrySchema } from '@/lib/jobs/admin';
import {
  eventSchema,
  inspectionSchema,
  needSchema,
  paymentSchema,
  quoteSchema,
  rfqSchema,
} from '@/lib/procurement/schema';
import { moveSchema } from '@/lib/channels/schema';
import {
  forgotPasswordSchema,
  resetPasswordSchema,
  signUpSchema,
  staffAccountSchema,
} from '@/lib/auth/schema';
import { bazaarSchema } from '@/lib/channels/bazaars';
import { auditFilterSchema } from '@/lib/audit/viewer';
import { accountStatusSchema, inviteOwnerSchema, staffAccessSchema } from '@/lib/accounts/staff-admin';
import { nikRevealSchema } from '@/lib/msme/review';
import {
  applicationSchema,
  attendanceSchema,
  coverageQuerySchema,
  decisionSchema,
  deliverySchema,
  duplicateVerdictSchema,
  kindSettingSchema,
  nominationSchema,
  overrideSchema,
  programSchema,
  sessionSchema,
} from '@/lib/programs/schema';
import { assessmentSchema, cooperativeSchema, memberSchema } from '@/lib/cooperatives/schema';

// A visitor with no cookies (the catalog list data route asks who is signed in).
vi.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => [], get: () => undefined }),
  headers: async () => new Headers(),
}));

const runs = Number(process.env.FUZZ_RUNS ?? 500);
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '\u0000',
    'NaN',
    '-1',
    '1e309',
    '9'.repeat(400),
    '🍜'.repeat(30),
    'SELECT * FROM "User"',
    '${7*7}',
    '__proto__',
    'true',
    '',
  ),
  fc.integer().map(String),
  fc.double().map(String),
);
const keys = fc.constantFrom(
  'q',
  'category',
  'kecamatan',
  'halal',
  'channel',
  'availability',
  'minPrice',
  'maxPrice',
  'sort',
  'cursor',
  'limit',
  'other',
);

describe('public API under fuzzing', () => {
  it('GET /api/v1/products answers 200 or 400 with JSON, whatever the query', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(keys, nasty, { maxKeys: 5 }), async (params) => {
        const url = new URL('http://localhost/api/v1/products');
        for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
        const response = await listProducts(new Request(url));
        expect([200, 400]).toContain(response.status);
        const body = await response.json();
        if (response.status === 400)
          expect(body).toMatchObject({ error: expect.any(String), issues: expect.any(Array) });
      }),
      { numRuns: runs },
    );
  }, 180_000);

  it('the /products page data answers whatever the query, repeated keys included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(keys, nasty), { maxLength: 6 }), async (pairs) => {
        const search = new URLSearchParams();
        for (const [k, v] of pairs) search.append(k, v);
        const list = await catalogListPage(listParams(search));
        expect(list.items.length).toBeLessThanOrEqual(100);
        // A known filter given twice is refused as a whole, never narrowed to one of its values.
        const known = pairs.map(([k]) => k).filter((k) => k !== 'other');
        if (known.some((k, i) => known.indexOf(k) !== i)) expect(list.filtersIgnored).toBe(true);
      }),
      { numRuns: Math.min(runs, 300) },
    );
  }, 180_000);

  it('GET /api/v1/products/{id} answers 200 or 404', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, async (id) => {
        const response = await oneProduct(new Request('http://localhost/x'), {
          params: Promise.resolve({ id }),
        });
        expect([200, 404]).toContain(response.status);
      }),
      { numRuns: runs },
    );
  }, 120_000);

  it('GET /api/v1/transparency/opd-spending answers 200 or 400', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, async (format) => {
        const url = new URL('http://localhost/api/v1/transparency/opd-spending');
        url.searchParams.set('format', format);
        expect([200, 400]).toContain((await spending(new Request(url))).status);
      }),
      { numRuns: Math.min(runs, 200) },
    );
  }, 120_000);

  it('changes no data', async () => {
    const [products, orders] = await Promise.all([db.product.count(), db.shopOrder.count()]);
    await fc.assert(
      fc.asyncProperty(fc.dictionary(keys, nasty, { maxKeys: 4 }), async (params) => {
        const url = new URL('http://localhost/api/v1/products');
        for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
        await listProducts(new Request(url));
      }),
      { numRuns: 100 },
    );
    expect(await db.product.count()).toBe(products);
    expect(await db.shopOrder.count()).toBe(orders);
  }, 120_000);
});

describe('every zod schema refuses garbage without throwing', () => {
  const schemas = {
    productQuerySchema,
    draftSchema,
    registrationSchema,
    reviewSchema,
    productSchema,
    checkoutSchema,
    cartLineSchema,
    shopOrderActionSchema,
    eventSchema,
    needSchema,
    paymentSchema,
    inspectionSchema,
    quoteSchema,
    rfqSchema,
    moveSchema,
    signUpSchema,
    staffAccountSchema,
    bazaarSchema,
    forgotPasswordSchema,
    resetPasswordSchema,
    auditFilterSchema,
    accountStatusSchema,
    staffAccessSchema,
    inviteOwnerSchema,
    nikRevealSchema,
    programSchema,
    nominationSchema,
    applicationSchema,
    decisionSchema,
    overrideSchema,
    sessionSchema,
    attendanceSchema,
    deliverySchema,
    kindSettingSchema,
    duplicateVerdictSchema,
    coverageQuerySchema,
    cooperativeSchema,
    assessmentSchema,
    memberSchema,
    emailPreferenceSchema,
    retrySchema,
  };
  for (const [name, schema] of Object.entries(schemas)) {
    it(name, () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.string(), nasty)), (input) => {
          const result = schema.safeParse(input);
          if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
        }),
        { numRuns: runs },
      );
    });
  }
});
