import type { Translate } from '@/lib/i18n/translate';
import type { CartNotice } from './cart-notice';

const NOTICE_CLASS = 'scroll-mt-24 rounded border p-3 text-sm';
const SUCCESS_CLASS = `${NOTICE_CLASS} border-green-300 bg-green-50 text-green-900`;
const ERROR_CLASS = `${NOTICE_CLASS} border-red-300 bg-red-50 text-red-800`;

/**
 * "Tambah ke keranjang" as a plain form (decision 025): posted to app/keranjang/tambah/route.ts,
 * which adds to the cart and sends the shopper back here with the outcome in the URL (`notice`).
 * No JavaScript, so the front door renders the product page for signed-out visitors.
 */
export function AddToCartForm({
  t,
  productId,
  pagePath,
  minOrder,
  stock,
  notice,
}: {
  t: Translate;
  productId: string;
  pagePath: string;
  minOrder: number;
  stock: number | null;
  notice: CartNotice | null;
}) {
  if (stock !== null && stock <= 0) return <p className="font-medium text-red-800">{t('Stok habis.')}</p>;
  const error = notice && notice.code !== 'ditambah' ? errorText(t, notice.code, stock) : null;
  return (
    <form
      id="beli"
      method="post"
      action="/keranjang/tambah"
      className="flex scroll-mt-24 flex-wrap items-end gap-3"
      noValidate
    >
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="kembali" value={pagePath} />
      <div>
        <label htmlFor="quantity" className="label">
          {t('Jumlah')}
        </label>
        <input
          id="quantity"
          name="quantity"
          type="number"
          inputMode="numeric"
          min={minOrder}
          defaultValue={notice && notice.code !== 'ditambah' ? (notice.typed ?? minOrder) : minOrder}
          className="input w-28"
          aria-invalid={notice?.code === 'jumlah' || notice?.code === 'stok' ? true : undefined}
          aria-describedby={error ? 'cart-notice' : undefined}
        />
      </div>
      <button type="submit" className="btn">
        {t('Tambah ke keranjang')}
      </button>
      {notice?.code === 'ditambah' && (
        <p id="cart-notice" role="status" data-testid="form-success" className={`w-full ${SUCCESS_CLASS}`}>
          {t(`Masuk keranjang (${notice.quantity}).`)}{' '}
          <a href="/keranjang" className="font-semibold underline">
            {t('Lihat keranjang')}
          </a>
        </p>
      )}
      {error && (
        <p id="cart-notice" role="alert" data-testid="form-error" className={`w-full ${ERROR_CLASS}`}>
          {error}
        </p>
      )}
    </form>
  );
}

function errorText(t: Translate, code: Exclude<CartNotice['code'], 'ditambah'>, stock: number | null) {
  switch (code) {
    case 'jumlah':
      return t('Jumlah harus bilangan bulat dari 1 sampai 10.000.');
    case 'stok':
      return stock === null
        ? t('Stok tidak cukup untuk jumlah itu.')
        : t('Stok tidak cukup untuk jumlah itu: tersisa {n}.', { n: stock });
    case 'akun':
      return t('Belanja memakai akun pembeli. Keluar lalu masuk sebagai pembeli.');
    case 'tidak-tersedia':
      return t('Produk tidak tersedia.');
  }
}
