import 'server-only';
import { db } from '@/lib/server/db';

/** Choices for the registration form: categories and Medan's kecamatan with their kelurahan. */
export async function registrationChoices() {
  const [categories, kecamatan] = await Promise.all([
    db.category.findMany({ orderBy: { position: 'asc' }, select: { id: true, name: true, slug: true } }),
    db.kecamatan.findMany({
      orderBy: { name: 'asc' },
      select: {
        code: true,
        name: true,
        kelurahan: { orderBy: { name: 'asc' }, select: { code: true, name: true } },
      },
    }),
  ]);
  return { categories, kecamatan };
}
