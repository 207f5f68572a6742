import type { MetadataRoute } from 'next';

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
    sitemap: '/sitemap.xml',
  };
}
