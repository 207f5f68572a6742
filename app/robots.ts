import type { MetadataRoute } from 'next';
import { publicOrigin } from '@/lib/server/env';

// Read at request time: the public origin is the running server's, not the build machine's.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/api/',
        '/dinas',
        '/opd',
        '/akun',
        '/umkm/profil',
        '/umkm/produk',
        '/masuk',
        '/daftar',
        '/keranjang',
      ],
    },
    // The Sitemap line must be an absolute URL (robots.txt has no base to resolve against).
    sitemap: `${publicOrigin()}/sitemap.xml`,
  };
}
