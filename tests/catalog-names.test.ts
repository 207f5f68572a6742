import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { namesFor } from '@/lib/catalog/filter-ids';

// Cards and facets name categories and kecamatan from a list kept a minute (filter-ids.ts).
describe('the cached category and kecamatan names', () => {
  it('are loaded again when a card or facet needs one added since', async () => {
    const before = await namesFor([], []);
    const slug = `kue-basah-${Date.now()}`;
    const category = await db.category.create({
      data: { slug, name: 'Kue Basah', nameEn: 'Wet cakes', position: 99 },
    });
    expect(before.categories.byId.has(category.id)).toBe(false);
    const after = await namesFor([category.id], []);
    expect(after.categories.byId.get(category.id)).toEqual({ slug, name: 'Kue Basah', position: 99 });
    expect(after.categories.bySlug.get(slug)).toBe(category.id);
    const kecamatan = await db.kecamatan.findFirstOrThrow();
    expect(after.kecamatan.byCode.get(kecamatan.code)).toEqual({
      slug: kecamatan.slug,
      name: kecamatan.name,
    });
    await db.category.delete({ where: { id: category.id } });
  });
});
