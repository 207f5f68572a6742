import { imageUrl } from '@/lib/catalog/image-url';
import { formatRupiah } from '@/lib/format/money';
import type { ProductPageData } from './product-view';

/** A product page's title, description and picture, for page.tsx's metadata and the front door. */
export function productPageHead(product: ProductPageData) {
  const description =
    `${product.name} dari ${product.msme.name}, ${product.msme.kecamatan?.name ?? 'Medan'}. ${formatRupiah(product.priceIdr)} per ${product.unit}. ${product.description}`.slice(
      0,
      160,
    );
  return {
    title: product.name,
    description,
    canonicalPath: `/products/${product.slug}`,
    image: imageUrl(product.images[0], 1600),
  };
}

export const PRODUCT_NOT_FOUND_TITLE = 'Produk tidak ditemukan';
