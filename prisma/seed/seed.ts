// Demo data that looks like Medan, loaded on first start into an empty database; and the large
// generated catalog for benchmarks (`npm run db:seed -- --products 100000`). Deterministic: the
// same input gives the same rows.
import fs from 'node:fs';
import path from 'node:path';
import { createPrismaClient, type Tx } from '../../lib/db/client';
import { hashPassword } from '../../lib/auth/password';
import { sealPii } from '../../lib/security/pii';
import { slugify } from '../../lib/format/slug';
import {
  catalogTemplates,
  categories,
  channelPartners,
  opdList,
  ownerFirstNames,
  ownerLastNames,
} from './reference-data';
import { cateringOwners, demoAccounts, secondOpdStaff } from './demo-accounts';
import { seedProcurement } from './seed-procurement';
import { seedListings } from './seed-listings';
import { rebuildCatalogWords } from '../../lib/catalog/catalog-words-source';
import { seedBazaars } from './seed-bazaars';
import { seedPrograms } from './seed-programs';

export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function piiKey() {
  const key = process.env.PII_ENCRYPTION_KEY;
  if (!key) throw new Error('PII_ENCRYPTION_KEY is not set (npm start and the tests provide one)');
  return key;
}

async function seedTerritory(db: Tx) {
  const rows = fs.readFileSync(path.join(__dirname, 'medan-wilayah.csv'), 'utf8').trim().split('\n').slice(1);
  const kecamatan = rows.map((r) => r.split(',')).filter(([code]) => code.split('.').length === 3);
  const kelurahan = rows.map((r) => r.split(',')).filter(([code]) => code.split('.').length === 4);
  await db.kecamatan.createMany({
    data: kecamatan.map(([code, name]) => ({ code, name, slug: slugify(name) })),
  });
  await db.kelurahan.createMany({
    data: kelurahan.map(([code, name]) => ({
      code,
      name,
      kecamatanCode: code.split('.').slice(0, 3).join('.'),
    })),
  });
  return {
    kecamatan: kecamatan.map(([code, name]) => ({ code, name })),
    kelurahan: kelurahan.map(([code]) => code),
  };
}

async function seedUsers(db: Tx) {
  const opdIds = Object.fromEntries(
    (await db.opd.findMany({ select: { id: true, code: true } })).map((o) => [o.code, o.id]),
  );
  const users: Record<string, string> = {};
  for (const [role, account] of Object.entries(demoAccounts)) {
    const user = await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: role as keyof typeof demoAccounts,
        passwordHash: await hashPassword(account.password),
        opdId: 'opdCode' in account ? opdIds[account.opdCode] : null,
      },
    });
    users[role] = user.id;
  }
  const second = await db.user.create({
    data: {
      email: secondOpdStaff.email,
      name: secondOpdStaff.name,
      role: 'OPD_STAFF',
      passwordHash: await hashPassword(secondOpdStaff.password),
      opdId: opdIds[secondOpdStaff.opdCode],
    },
  });
  users.OPD_STAFF_2 = second.id;
  return users;
}

async function seedMsmes(
  db: Tx,
  territory: Awaited<ReturnType<typeof seedTerritory>>,
  ownerUserId: string,
  adminId: string,
) {
  const random = rng(2026);
  const key = piiKey();
  const categoryIds = Object.fromEntries((await db.category.findMany()).map((c) => [c.slug, c.id]));
  const usedNames = new Set<string>();
  const usedSlugs = new Set<string>();
  const total = 66;
  for (let i = 0; i < total; i++) {
    const category = categories[i % categories.length];
    const template = catalogTemplates[category.slug];
    const kec = territory.kecamatan[(i * 8) % territory.kecamatan.length];
    const kelurahan = territory.kelurahan.filter((k) => k.startsWith(kec.code + '.'));
    let name = template.businesses[Math.floor(i / categories.length) % template.businesses.length];
    if (usedNames.has(name)) name = `${name} ${kec.name}`;
    if (usedNames.has(name)) name = `${name} ${i}`;
    usedNames.add(name);
    const slug = slugify(name);
    usedSlugs.add(slug);
    const owner = `${ownerFirstNames[i % ownerFirstNames.length]} ${ownerLastNames[(i * 3) % ownerLastNames.length]}`;
    const female = i % 2 === 0;
    const day = 1 + (i % 28) + (female ? 40 : 0);
    const nik = `1271${kec.code.slice(-2)}${String(day).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(70 + (i % 25))}${String(1000 + i).slice(-4)}`;
    const sealedNik = sealPii(key, nik);
    const account = `${1000000000 + i * 7919}`;
    const sealedAccount = sealPii(key, account);
    const status = i < 58 ? 'VERIFIED' : i < 62 ? 'SUBMITTED' : i < 64 ? 'NEEDS_CHANGES' : 'DRAFT';
    const food = !['kerajinan', 'fashion-ulos', 'suvenir', 'percetakan-atk'].includes(category.slug);
    const halal = food && i % 5 !== 3;
    const msme = await db.msme.create({
      data: {
        slug,
        name,
        ownerName: i === 2 ? demoAccounts.MSME_OWNER.name : owner,
        ownerUserId: i === 2 ? ownerUserId : null,
        nikCipher: sealedNik.cipher,
        nikHash: sealedNik.hash,
        nikLast4: sealedNik.last4,
        nib: String(9120000000000 + i * 104729).slice(0, 13),
        npwp: i % 3 === 0 ? null : `0${String(310000000000000 + i * 7777).slice(0, 15)}`,
        kbli: food ? '10792' : category.slug === 'percetakan-atk' ? '18111' : '13921',
        size: i % 11 === 0 ? 'SMALL' : i === 33 ? 'MEDIUM' : 'MICRO',
        categoryId: categoryIds[category.slug],
        kecamatanCode: kec.code,
        kelurahanCode: kelurahan[i % kelurahan.length],
        address: `Jl. ${['Sisingamangaraja', 'Gatot Subroto', 'Brigjend Katamso', 'Setia Budi', 'Jamin Ginting', 'Krakatau', 'Sutomo', 'Letda Sujono'][i % 8]} No. ${10 + i}`,
        whatsapp: `62812${String(60000000 + i * 1373).slice(0, 8)}`,
        yearFounded: 2005 + (i % 19),
        employees: 1 + (i % 9),
        description: `${name} adalah usaha ${category.name.toLowerCase()} di Kecamatan ${kec.name}, Kota Medan.`,
        bankName: ['Bank Sumut', 'BRI', 'BNI', 'Mandiri', 'BSI'][i % 5],
        bankAccountCipher: sealedAccount.cipher,
        bankAccountLast4: sealedAccount.last4,
        bankAccountHolder: owner,
        status,
        reviewNote:
          status === 'NEEDS_CHANGES'
            ? 'Foto tempat usaha belum jelas dan nomor P-IRT tidak terbaca. Mohon unggah ulang.'
            : null,
        submittedAt: status === 'DRAFT' ? null : new Date(Date.UTC(2026, 5, 1 + (i % 28))),
        verifiedAt: status === 'VERIFIED' ? new Date(Date.UTC(2026, 6, 1 + (i % 28))) : null,
        verifiedById: status === 'VERIFIED' ? adminId : null,
        certifications: {
          create: [
            ...(halal
              ? [
                  {
                    type: 'HALAL' as const,
                    number: `ID12${String(110000000000 + i * 31).slice(0, 12)}`,
                    expiresAt: new Date(Date.UTC(2029, i % 12, 1)),
                  },
                ]
              : []),
            ...(food
              ? [
                  {
                    type: 'PIRT' as const,
                    number: `${String(2127101010000 + i * 13).slice(0, 13)}-${String(26 + (i % 4))}`,
                    expiresAt: new Date(Date.UTC(i % 7 === 0 ? 2026 : 2029, 0, 31)),
                  },
                ]
              : []),
            ...(food && i % 9 === 0
              ? [
                  {
                    type: 'BPOM_MD' as const,
                    number: `MD${String(224511000000 + i * 97).slice(0, 12)}`,
                    expiresAt: new Date(Date.UTC(2030, 5, 30)),
                  },
                ]
              : []),
          ],
        },
      },
    });
    const products = [...template.products];
    products.push({
      ...template.products[0],
      name: `${template.products[0].name} (Paket Hemat)`,
      price: Math.round(template.products[0].price * 0.9),
    });
    let position = 0;
    for (const p of products) {
      const variance = 1 + (Math.floor(random() * 21) - 10) / 100;
      const priceIdr = Math.max(1000, Math.round((p.price * variance) / 500) * 500);
      let productSlug = slugify(`${p.name} ${name}`);
      while (usedSlugs.has(productSlug)) productSlug += '-2';
      usedSlugs.add(productSlug);
      const published = status === 'VERIFIED' && position < products.length - (i % 4 === 0 ? 1 : 0);
      await db.product.create({
        data: {
          slug: productSlug,
          msmeId: msme.id,
          categoryId: categoryIds[category.slug],
          name: p.name,
          description: p.desc,
          priceIdr,
          unit: p.unit,
          minOrder: p.minOrder ?? 1,
          dailyCapacity: p.capacity ?? null,
          leadTimeDays: p.lead ?? 0,
          stock: p.stock ? 10 + Math.floor(random() * 90) : null,
          halal: halal,
          status: published ? 'PUBLISHED' : 'DRAFT',
          publishedAt: published ? new Date(Date.UTC(2026, 7, 1 + (position % 28), 3)) : null,
          createdAt: new Date(Date.UTC(2026, 6, 1 + ((i + position) % 28), 3)),
          images: { create: [{ url: `/demo/${category.slug}.svg`, alt: p.name }] },
        },
      });
      position++;
    }
  }
}

/** Loads the demo data when the database holds none; returns a summary, or null when nothing was done. */
export async function seedIfEmpty(url: string): Promise<string | null> {
  const db = createPrismaClient(url, 4);
  try {
    if ((await db.kecamatan.count()) > 0) return null;
    // All or nothing: a failed seed leaves an empty database, which the next start seeds again.
    const summary = await db.$transaction((tx) => seedAll(tx), { timeout: 300_000, maxWait: 10_000 });
    // The words of the new catalog, for "maksud Anda" (else they wait for the 15-minute job).
    await rebuildCatalogWords(db, { concurrently: false });
    return summary;
  } finally {
    await db.$disconnect();
  }
}

async function seedAll(db: Tx) {
  const territory = await seedTerritory(db);
  // Each OPD's treasurer has an NPWP (15 digits, the format before NIK-as-NPWP); printed on payments.
  await db.opd.createMany({
    data: opdList(territory.kecamatan.map((k) => k.name)).map((opd, n) => ({
      ...opd,
      npwp: `00${String(1234567 + n * 131).padStart(7, '0')}121000`,
    })),
  });
  await db.category.createMany({ data: categories.map((c, position) => ({ ...c, position })) });
  for (const partner of channelPartners) {
    await db.channelPartner.create({
      data: {
        slug: partner.slug,
        name: partner.name,
        kind: partner.kind,
        website: partner.website,
        contact: `Tim kemitraan ${partner.name}`,
        requirements: { create: partner.reqs.map(([code, label]) => ({ code, label })) },
      },
    });
  }
  const users = await seedUsers(db);
  await seedMsmes(db, territory, users.MSME_OWNER, users.DINAS_ADMIN);
  for (const owner of cateringOwners) {
    const user = await db.user.create({
      data: {
        email: owner.email,
        name: owner.name,
        role: 'MSME_OWNER',
        passwordHash: await hashPassword(owner.password),
      },
    });
    await db.msme.update({
      where: { slug: slugify(owner.msmeName) },
      data: { ownerUserId: user.id, ownerName: owner.name },
    });
  }
  await seedListings(db, users.DINAS_ADMIN);
  await seedProcurement(db, users);
  await seedBazaars(db);
  await seedPrograms(db, piiKey(), users);
  const [msmes, products, orders] = await Promise.all([
    db.msme.count(),
    db.product.count(),
    db.procurementOrder.count(),
  ]);
  return `${territory.kecamatan.length} kecamatan, ${territory.kelurahan.length} kelurahan, ${msmes} UMKM, ${products} products, ${orders} OPD orders`;
}

/** Adds generated published products until the catalog holds `target` products in all. */
/**
 * Bulk catalog for benchmarks (up to millions of products): generated inside PostgreSQL in chunks
 * of one statement each (no rows cross the wire), with the search vector computed in the INSERT,
 * the trigger off and the secondary indexes dropped during the load and built once after it.
 * One million products load in a few minutes (docs/performance.md).
 */
export async function seedBulkProducts(url: string, target: number): Promise<number> {
  const db = createPrismaClient(url, 2);
  try {
    const existing = await db.product.count();
    if (existing >= target) return existing;
    const msmes = await db.msme.findMany({
      where: { status: 'VERIFIED' },
      select: { id: true, categoryId: true, kecamatanCode: true },
      orderBy: { slug: 'asc' },
    });
    const categories = await db.category.findMany({ select: { id: true, slug: true } });
    const templates = categories.flatMap((c) =>
      (catalogTemplates[c.slug as keyof typeof catalogTemplates]?.products ?? []).map((t, idx) => ({
        categoryId: c.id,
        idx,
        ...t,
      })),
    );
    const perCategory = (id: string) => templates.filter((t) => t.categoryId === id).length;
    await db.$executeRawUnsafe('DROP TABLE IF EXISTS bulk_msme, bulk_template');
    await db.$executeRawUnsafe(
      'CREATE UNLOGGED TABLE bulk_msme (idx int PRIMARY KEY, id text, category_id text, templates int, kecamatan text)',
    );
    await db.$executeRawUnsafe(`CREATE UNLOGGED TABLE bulk_template (category_id text, idx int, name text,
      description text, price int, unit text, min_order int, capacity int, lead int, stock boolean,
      PRIMARY KEY (category_id, idx))`);
    const usable = msmes.filter((m) => m.categoryId && perCategory(m.categoryId) > 0);
    await db.$executeRaw`INSERT INTO bulk_msme SELECT * FROM unnest(
      ${usable.map((_, i) => i)}::int[], ${usable.map((m) => m.id)}::text[],
      ${usable.map((m) => m.categoryId!)}::text[], ${usable.map((m) => perCategory(m.categoryId!))}::int[],
      ${usable.map((m) => m.kecamatanCode)}::text[])`;
    await db.$executeRaw`INSERT INTO bulk_template SELECT * FROM unnest(
      ${templates.map((t) => t.categoryId)}::text[], ${templates.map((t) => t.idx)}::int[],
      ${templates.map((t) => t.name)}::text[], ${templates.map((t) => t.desc)}::text[],
      ${templates.map((t) => t.price)}::int[], ${templates.map((t) => t.unit)}::text[],
      ${templates.map((t) => t.minOrder ?? 1)}::int[], ${templates.map((t) => t.capacity ?? null)}::int[],
      ${templates.map((t) => t.lead ?? 0)}::int[], ${templates.map((t) => Boolean(t.stock))}::boolean[])`;
    // Secondary indexes (not the primary key) are rebuilt after the load: one sort each instead of
    // a million insertions into a GIN index.
    const indexes = await db.$queryRaw<{ name: string; definition: string }[]>`
      SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE tablename = 'Product' AND indexname <> 'Product_pkey'`;
    for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
    try {
      // Both triggers' work is done in the INSERT: the search vector, and the UMKM's facts (all verified).
      await db.$executeRawUnsafe('ALTER TABLE "Product" DISABLE TRIGGER "Product_search_vector"');
      await db.$executeRawUnsafe('ALTER TABLE "Product" DISABLE TRIGGER "Product_msme_facts"');
      const adjectives =
        'Spesial Premium Original Pedas Manis Jumbo Mini Keluarga Hemat Istimewa Renyah Gurih'.split(' ');
      const chunk = 100_000;
      for (let start = existing; start < target; start += chunk) {
        const end = Math.min(target, start + chunk) - 1;
        // abs(hashint4(n)::bigint) is a repeatable pseudo-random number per product.
        await db.$executeRaw`
          INSERT INTO "Product" (id, slug, "msmeId", "categoryId", name, description, "priceIdr", unit,
            "minOrder", "dailyCapacity", "leadTimeDays", stock, halal, status, "publishedAt", "createdAt",
            "updatedAt", "searchVector", "msmeVerified", "kecamatanCode")
          SELECT 'gen' || lpad(n::text, 8, '0'), g.slug, g.msme_id, g.category_id, g.name, g.description,
            round(g.price * (0.7 + (abs(hashint4(n)::bigint) % 1000) / 1000.0 * 0.6) / 500) * 500, g.unit, g.min_order,
            g.capacity, g.lead, CASE WHEN g.stock THEN abs(hashint4(n + 7)::bigint) % 200 END,
            abs(hashint4(n + 13)::bigint) % 1000 > 400, 'PUBLISHED', g.at, g.at, g.at,
            setweight(to_tsvector('indonesian', unaccent(g.name)), 'A') ||
              setweight(to_tsvector('indonesian', unaccent(g.description)), 'B'),
            true, g.kecamatan
          FROM (
            SELECT n, m.id AS msme_id, m.kecamatan, m.category_id, t.description, t.price, t.unit, t.min_order, t.capacity,
              t.lead, t.stock, named.pname AS name,
              lower(regexp_replace(named.pname, '[^a-zA-Z0-9]+', '-', 'g')) || '-g' || n AS slug,
              timestamp '2025-01-01' + n * interval '1 minute' AS at
            FROM generate_series(${start}::int, ${end}::int) n
            JOIN bulk_msme m ON m.idx = n % ${usable.length}
            JOIN bulk_template t ON t.category_id = m.category_id AND t.idx = n % m.templates
            CROSS JOIN LATERAL (SELECT t.name || ' ' || (${adjectives}::text[])[n % ${adjectives.length} + 1]
              || ' ' || (n % 97 + 1) AS pname) named
          ) g
          ON CONFLICT DO NOTHING`;
        console.log(`  … ${end + 1} products`);
      }
    } finally {
      // Even after a failed load: the table gets its trigger and indexes back.
      await db.$executeRawUnsafe('ALTER TABLE "Product" ENABLE TRIGGER "Product_search_vector"');
      await db.$executeRawUnsafe('ALTER TABLE "Product" ENABLE TRIGGER "Product_msme_facts"');
      await db.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe("SET LOCAL maintenance_work_mem = '256MB'");
          for (const index of indexes) await tx.$executeRawUnsafe(index.definition);
        },
        { timeout: 60 * 60_000, maxWait: 60_000 },
      );
    }
    await db.$executeRawUnsafe('DROP TABLE bulk_msme, bulk_template');
    await rebuildCatalogWords(db, { concurrently: false });
    await db.$executeRawUnsafe('ANALYZE "Product"');
    return db.product.count();
  } finally {
    await db.$disconnect();
  }
}
