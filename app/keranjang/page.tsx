import type { Metadata } from 'next';
import Link from 'next/link';
import { currentActor } from '@/lib/auth/actor';
import { getCart, recentCheckout } from '@/lib/shop/cart';
import { RefreshOnFocus } from './refresh-on-focus';
import { stripeEnabled } from '@/lib/payments/stripe';
import { formatRupiah } from '@/lib/format/money';
import { getPhrases } from '@/lib/i18n/server';
import { cartOwner } from './cart-session';
import { CartLineForm } from './cart-line-form';
import { CheckoutForm } from './checkout-form';
import { addDays, formatDateOnly, todayInMedan } from '@/lib/format/date-only';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Keranjang'), robots: { index: false } };
}

export default async function CartPage() {
  const [actor, t] = await Promise.all([currentActor(), getPhrases()]);
  if (actor && actor.role !== 'SHOPPER') {
    return (
      <p className="card">
        {t('Belanja memakai akun pembeli. Keluar, lalu masuk atau daftar sebagai pembeli.')}
      </p>
    );
  }
  const owner = await cartOwner();
  const cart = await getCart(owner);
  const orderedElsewhere = cart.count === 0 ? await recentCheckout(owner) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('Keranjang')}</h1>
      <RefreshOnFocus />
      {orderedElsewhere && (
        <p className="card" data-testid="cart-ordered">
          {t('Keranjang ini sudah dipesan (pesanan {numbers}).', { numbers: orderedElsewhere.join(', ') })}{' '}
          <Link href="/akun" className="text-brand-700 underline">
            {t('Lihat pesanan saya')}
          </Link>
        </p>
      )}
      {cart.count === 0 && !orderedElsewhere && (
        <p className="card">
          {t('Keranjang masih kosong.')}{' '}
          <Link href="/products" className="text-brand-700 underline">
            {t('Jelajahi katalog')}
          </Link>
          .
        </p>
      )}
      {cart.groups.map((group) => (
        <section key={group.msmeId} className="card space-y-3" data-testid="cart-group">
          <h2 className="font-semibold">
            {group.msmeName}{' '}
            <span className="text-sm font-normal text-slate-700">
              · {t('satu pesanan terpisah untuk UMKM ini')}
            </span>
          </h2>
          <ul className="divide-y">
            {group.items.map((item) => (
              <li key={item.productId} className="flex flex-wrap items-center gap-3 py-2">
                {/* eslint-disable-next-line @next/next/no-img-element -- small thumbnail */}
                <img
                  src={item.imageUrl}
                  alt=""
                  width={64}
                  height={48}
                  className="h-12 w-16 rounded object-cover"
                />
                <div className="min-w-48 flex-1">
                  <Link href={`/products/${item.slug}`} className="font-medium underline">
                    {item.name}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {formatRupiah(item.priceIdr)} / {t(item.unit)}
                    {!item.available && <span className="ml-2 text-red-800">{t('tidak dijual lagi')}</span>}
                  </p>
                </div>
                <CartLineForm productId={item.productId} quantity={item.quantity} min={item.minOrder} />
                <p className="w-32 text-right font-medium">{formatRupiah(item.priceIdr * item.quantity)}</p>
              </li>
            ))}
          </ul>
          <p className="text-right">
            {t('Subtotal:')} <strong>{formatRupiah(group.subtotalIdr)}</strong>
          </p>
        </section>
      ))}
      {cart.count > 0 && (
        <section className="space-y-3">
          <p className="text-right text-xl">
            {t('Total:')} <strong data-testid="cart-total">{formatRupiah(cart.totalIdr)}</strong>
          </p>
          {actor ? (
            <CheckoutForm
              stripe={stripeEnabled()}
              defaultName={actor.name}
              groups={cart.groups.map((g) => {
                const earliest = addDays(todayInMedan(), g.leadTimeDays);
                return {
                  msmeId: g.msmeId,
                  msmeName: g.msmeName,
                  earliest,
                  earliestText: formatDateOnly(earliest, t.locale),
                  leadTimeDays: g.leadTimeDays,
                  pickupAddress: g.pickupAddress,
                  acceptsTransfer: g.acceptsTransfer,
                };
              })}
            />
          ) : (
            <p className="card">
              <Link href="/masuk?next=%2Fkeranjang" className="btn">
                {t('Masuk untuk memesan')}
              </Link>{' '}
              <span className="ml-2">
                {t('atau')}{' '}
                <Link href="/daftar" className="text-brand-700 underline">
                  {t('daftar sebagai pembeli')}
                </Link>{' '}
                {t('— isi keranjang Anda tetap tersimpan.')}
              </span>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
