/* eslint-disable @next/next/no-img-element -- images are pre-sized WebP variants (lib/uploads), not next/image */
/* eslint-disable @next/next/no-html-link-for-pages -- public pages use plain links: each is one full load from the page cache, and next/link would add 6 kB of first-load JS (docs/decisions/007) */
import type { productPage } from '@/lib/catalog/product-page';
import { imageUrl } from '@/lib/catalog/image-url';
import { formatRupiah } from '@/lib/format/money';
import { formatDateOnly } from '@/lib/format/date-only';
import { certificationLabel } from '@/lib/format/labels';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { ProductCardView } from '@/app/components/product-card';
import { productPagePath } from '@/lib/page-cache/page-cache';
import { AddToCartForm } from './add-to-cart';
import type { CartNotice } from './cart-notice';

export type ProductPageData = NonNullable<Awaited<ReturnType<typeof productPage>>>;

/**
 * A product's public page, as page.tsx (Next.js) and product-answer.tsx (the front door, for
 * signed-out visitors; decision 025) both render it: no hooks, no context, no client component.
 */
export function ProductView({
  product,
  t,
  locale,
  nonce,
  notice,
}: {
  product: ProductPageData;
  t: Translate;
  locale: Locale;
  nonce: string | undefined;
  notice: CartNotice | null;
}) {
  const whatsappText = encodeURIComponent(
    `Halo ${product.msme.name}, saya tertarik dengan ${product.name} di Etalase UMKM Medan.`,
  );
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    image: product.images.map((i) => imageUrl(i, 1600)),
    category: product.category.name,
    brand: { '@type': 'Brand', name: product.msme.name },
    offers: {
      '@type': 'Offer',
      price: product.priceIdr,
      priceCurrency: 'IDR',
      availability:
        product.stock === null || product.stock > 0
          ? 'https://schema.org/InStock'
          : 'https://schema.org/OutOfStock',
      seller: { '@type': 'Organization', name: product.msme.name },
    },
  };
  return (
    <article className="space-y-8">
      <script
        type="application/ld+json"
        nonce={nonce}
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
      />
      <nav aria-label={t('Remah roti')} className="text-sm text-slate-700">
        <a href="/products" className="underline">
          {t('Katalog')}
        </a>{' '}
        ›{' '}
        <a href={`/products?category=${product.category.slug}`} className="underline">
          {t(product.category.name)}
        </a>
      </nav>
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-2">
          <img
            src={imageUrl(product.images[0], 800)}
            alt={product.images[0]?.alt || product.name}
            width={800}
            height={600}
            className="w-full rounded-lg bg-slate-100 object-cover"
          />
          <div className="flex gap-2 overflow-x-auto">
            {product.images.slice(1).map((image) => (
              <img
                key={image.id}
                src={imageUrl(image, 400)}
                alt={image.alt || product.name}
                width={120}
                height={90}
                loading="lazy"
                className="h-20 w-28 rounded object-cover"
              />
            ))}
          </div>
        </div>
        <div className="space-y-4">
          <h1 className="text-3xl font-semibold">{product.name}</h1>
          <p className="text-3xl font-bold text-brand-700" data-testid="price">
            {formatRupiah(product.priceIdr)}{' '}
            <span className="text-base font-normal text-slate-700">/ {t(product.unit)}</span>
          </p>
          <dl className="grid grid-cols-2 gap-2 text-sm">
            <dt className="text-slate-700">{t('Minimum pesanan')}</dt>
            <dd>
              {product.minOrder} {t(product.unit)}
            </dd>
            <dt className="text-slate-700">{t('Waktu persiapan')}</dt>
            <dd>
              {product.leadTimeDays === 0 ? t('Siap hari ini') : t('{n} hari', { n: product.leadTimeDays })}
            </dd>
            <dt className="text-slate-700">{t('Ketersediaan')}</dt>
            <dd>
              {product.stock === null
                ? t('Dibuat sesuai pesanan')
                : product.stock > 0
                  ? t('Stok {n}', { n: product.stock })
                  : t('Stok habis')}
            </dd>
            {product.dailyCapacity && (
              <>
                <dt className="text-slate-700">{t('Kapasitas per hari')}</dt>
                <dd>
                  {product.dailyCapacity} {t(product.unit)}
                </dd>
              </>
            )}
          </dl>
          {product.msme.certifications.length > 0 && (
            <ul className="flex flex-wrap gap-2 text-sm" aria-label={t('Sertifikat')}>
              {product.msme.certifications.map((c) => (
                <li key={c.type + c.number} className="rounded bg-green-100 px-2 py-1 text-green-900">
                  {t(certificationLabel[c.type])} {c.number}
                  {c.expiresAt ? ` · ${t('s.d. {date}', { date: formatDateOnly(c.expiresAt, locale) })}` : ''}
                </li>
              ))}
            </ul>
          )}
          <AddToCartForm
            t={t}
            productId={product.id}
            pagePath={productPagePath(product.slug)}
            minOrder={product.minOrder}
            stock={product.stock}
            notice={notice}
          />
          <div className="card space-y-1">
            <p>
              {t('Dijual oleh')}{' '}
              <a href={`/umkm/${product.msme.slug}`} className="font-medium text-brand-700 underline">
                {product.msme.name}
              </a>{' '}
              · {product.msme.kecamatan?.name ?? 'Medan'}
            </p>
            {product.msme.whatsapp && (
              <a
                href={`https://wa.me/${product.msme.whatsapp}?text=${whatsappText}`}
                className="inline-block text-brand-700 underline"
                rel="noopener noreferrer"
                target="_blank"
              >
                {t('Hubungi lewat WhatsApp')}
              </a>
            )}
          </div>
          {product.listings.length > 0 && (
            <div>
              <h2 className="mb-1 font-semibold">{t('Tersedia juga di')}</h2>
              <ul className="flex flex-wrap gap-2" data-testid="channel-badges">
                {product.listings.map((l) => (
                  <li key={l.partner.slug}>
                    <a
                      href={l.externalUrl!}
                      rel="noopener noreferrer nofollow"
                      target="_blank"
                      className="inline-block rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-brand-50"
                    >
                      {l.partner.name}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
      <section>
        <h2 className="mb-2 text-xl font-semibold">{t('Deskripsi')}</h2>
        <p className="whitespace-pre-line text-slate-800">{product.description}</p>
      </section>
      {product.related.length > 0 && (
        <section>
          <h2 className="mb-3 text-xl font-semibold">{t('Produk serupa')}</h2>
          <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
            {product.related.map((p) => (
              <ProductCardView key={p.id} product={p} t={t} />
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
