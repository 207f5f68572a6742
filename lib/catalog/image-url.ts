/** The URL of a product image: a stored upload's WebP variant, or a seeded file under public/. */
export function imageUrl(
  image: { url: string | null; asset: { key: string } | null } | undefined,
  width: 400 | 800 | 1600,
) {
  if (image?.asset) return `/api/uploads/${image.asset.key}-${width}.webp`;
  return image?.url ?? '/demo/placeholder.svg';
}
