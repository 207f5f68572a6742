// What became of "Tambah ke keranjang" (app/keranjang/tambah/route.ts), said in the product page's
// URL after the redirect: a code from this list and a number (the cart's quantity, or after an
// error the quantity typed, so the field keeps it), never text from the request, so nobody can make
// the page say something else. The page names each in its language.
export type CartNotice =
  | { code: 'ditambah'; quantity: number }
  | { code: 'jumlah' | 'stok' | 'akun' | 'tidak-tersedia'; typed?: number };

const CODES = ['ditambah', 'jumlah', 'stok', 'akun', 'tidak-tersedia'] as const;
const PARAM = 'keranjang';
const QUANTITY_PARAM = 'jumlah';

/** The product page's query that carries this notice. */
export function cartNoticeSearch(notice: CartNotice) {
  const search = new URLSearchParams({ [PARAM]: notice.code });
  const quantity = notice.code === 'ditambah' ? notice.quantity : notice.typed;
  if (quantity !== undefined) search.set(QUANTITY_PARAM, String(quantity));
  return `?${search}`;
}

/** A quantity as typed, when it is a whole number the field can show again (0 to 99999). */
export function typedQuantity(value: unknown) {
  const text = typeof value === 'string' ? value.trim() : '';
  return /^\d{1,5}$/.test(text) ? Number(text) : undefined;
}

/** The notice a product page's query carries, or null (unknown codes are ignored). */
export function cartNoticeOf(search: URLSearchParams): CartNotice | null {
  const code = CODES.find((c) => c === search.get(PARAM));
  if (!code) return null;
  if (code !== 'ditambah') return { code, typed: typedQuantity(search.get(QUANTITY_PARAM)) };
  const quantity = Number(search.get(QUANTITY_PARAM));
  return Number.isInteger(quantity) && quantity > 0 && quantity <= 10_000 ? { code, quantity } : null;
}

const PRODUCT_PAGE = /^\/products\/[a-z0-9-]{1,120}$/;

/**
 * Where the form post returns: the product page it names (a hidden field, so it works when the
 * browser sends no Referer), only if it is a product page path here; else the cart.
 */
export const pageToReturnTo = (value: unknown) =>
  typeof value === 'string' && PRODUCT_PAGE.test(value) ? value : '/keranjang';
