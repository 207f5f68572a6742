'use client';
import { checkoutAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useT } from '@/app/components/locale-provider';
import { useFormAction } from '@/app/components/use-form-action';

export function CheckoutForm({ stripe, defaultName }: { stripe: boolean; defaultName: string }) {
  const [state, onSubmit, pending] = useFormAction(checkoutAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="card grid gap-4 sm:grid-cols-2" noValidate>
      <h2 className="text-lg font-semibold sm:col-span-2">{t('Pengiriman dan pembayaran')}</h2>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <div>
        <label htmlFor="deliveryName" className="label">
          {t('Nama penerima')}
        </label>
        <input id="deliveryName" name="deliveryName" defaultValue={defaultName} className="input" />
        <FieldError state={state} name="deliveryName" />
      </div>
      <div>
        <label htmlFor="deliveryPhone" className="label">
          {t('Nomor HP/WhatsApp')}
        </label>
        <input id="deliveryPhone" name="deliveryPhone" inputMode="tel" className="input" />
        <FieldError state={state} name="deliveryPhone" />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="deliveryAddress" className="label">
          {t('Alamat pengiriman')}
        </label>
        <textarea id="deliveryAddress" name="deliveryAddress" rows={2} className="input" />
        <FieldError state={state} name="deliveryAddress" />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="notes" className="label">
          {t('Catatan untuk penjual (opsional)')}
        </label>
        <input id="notes" name="notes" className="input" />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="label">{t('Metode pembayaran')}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="paymentMethod" value="BANK_TRANSFER" defaultChecked />{' '}
          {t('Transfer bank ke rekening UMKM (penjual mengonfirmasi penerimaan)')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="paymentMethod" value="CASH_ON_DELIVERY" /> {t('Bayar di tempat')}
        </label>
        {stripe && (
          <label className="flex items-center gap-2">
            <input type="radio" name="paymentMethod" value="STRIPE" /> {t('Kartu / dompet digital (Stripe)')}
          </label>
        )}
        <FieldError state={state} name="paymentMethod" />
      </fieldset>
      <div className="sm:col-span-2">
        <button type="submit" className="btn" disabled={pending}>
          {t('Buat pesanan')}
        </button>
      </div>
    </form>
  );
}
