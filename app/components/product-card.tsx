import { formatRupiah } from '@/lib/format/money';
import { imageUrl } from '@/lib/catalog/image-url';
import type { Translate } from '@/lib/i18n/translate';

export type ProductCardData = {
  slug: string;
  name: string;
  priceIdr: number;
  unit: string;
  halal: boolean;
  images: { url: string | null; asset: { key: string } | null }[];
  /** Already resolved (the catalog search returns it); otherwise taken from `images`. */
  imageUrl?: string;
  msme: { name: string; kecamatan: { name: string } | null };
};

export function ProductCardView({ product, t }: { product: ProductCardData; t?: Translate }) {
  const image = product.imageUrl ?? imageUrl(product.images[0], 400);
  return (
    <li className="card flex flex-col gap-2" data-testid="product-card">
      {/* eslint-disable-next-line @next/next/no-img-element -- demo SVGs and pre-sized WebP variants need no optimiser */}
      <img
        src={image}
        alt=""
        width={400}
        height={300}
        loading="lazy"
        className="aspect-[4/3] w-full rounded bg-slate-100 object-cover"
      />
      <a href={`/products/${product.slug}`} className="font-medium text-slate-900 hover:underline">
        {product.name}
      </a>
      <p className="text-lg font-semibold text-brand-700">
        {formatRupiah(product.priceIdr)}{' '}
        <span className="text-sm font-normal text-slate-700">/ {t ? t(product.unit) : product.unit}</span>
      </p>
      <p className="text-sm text-slate-700">
        {product.msme.name} · {product.msme.kecamatan?.name ?? 'Medan'}
        {product.halal && (
          <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs font-medium text-green-900">
            Halal
          </span>
        )}
      </p>
    </li>
  );
}
