import { slugify } from '@/lib/format/slug';

// Storefronts live at /umkm/{slug} beside the owner's own pages: those names stay free.
const reserved = new Set(['profil', 'produk', 'pesanan', 'pengadaan', 'kanal', 'bazar', 'program', 'baru']);

export function msmeSlugBase(name: string) {
  const base = slugify(name) || 'umkm';
  return reserved.has(base) ? `${base}-umkm` : base;
}
