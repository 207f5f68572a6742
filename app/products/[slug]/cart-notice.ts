// What became of "Tambah ke keranjang" (app/keranjang/tambah/route.ts), said in the product page's
// URL after the redirect: a code from this list and the cart's quantity, never text from the
// request, so nobody can make the page say something else. The page names each in its language.
export type CartNotice =
  { code: 'ditambah'; quantity: number } | { code: 'jumlah' | 'stok' | 'akun' | 'tidak-tersedia' };

const CODES = ['ditambah', 'jumlah', 'stok', 'akun', 'tidak-tersedia'] as const;
const PARAM = 'keranjang';
const QUANTITY_PARAM = 'jumlah';

/** The page's query with this notice in place of any earlier one. */
export function cartNoticeSearch(search: URLSearchParams, notice: CartNotice) {
  const next = new URLSearchParams(search);
  next.delete(PARAM);
  next.delete(QUANTITY_PARAM);
  next.set(PARAM, notice.code);
  if (notice.code === 'ditambah') next.set(QUANTITY_PARAM, String(notice.quantity));
  return `?${next}`;
}

/** The notice a product page's query carries, or null (unknown codes are ignored). */
export function cartNoticeOf(search: URLSearchParams): CartNotice | null {
  const code = CODES.find((c) => c === search.get(PARAM));
  if (!code) return null;
  if (code !== 'ditambah') return { code };
  const quantity = Number(search.get(QUANTITY_PARAM));
  return Number.isInteger(quantity) && quantity > 0 && quantity <= 10_000 ? { code, quantity } : null;
}
