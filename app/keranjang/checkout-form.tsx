'use client';
import { useState } from 'react';
import { checkoutAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useT } from '@/app/components/locale-provider';
import { useFormAction } from '@/app/components/use-form-action';

export type CheckoutGroup = {
  msmeId: string;
  msmeName: string;
  earliest: string;
  earliestText: string;
  leadTimeDays: number;
  pickupAddress: string;
  acceptsTransfer: boolean;
};

export function CheckoutForm({
  stripe,
  defaultName,
  groups,
}: {
  stripe: boolean;
  defaultName: string;
  groups: CheckoutGroup[];
}) {
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
      {groups.map((group) => (
        <GroupFields key={group.msmeId} group={group} state={state} />
      ))}
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

/** Per UMKM order: delivered or picked up, another address if needed, and the day. */
function GroupFields({
  group,
  state,
}: {
  group: CheckoutGroup;
  state: Parameters<typeof FieldError>[0]['state'];
}) {
  const t = useT();
  const [fulfilment, setFulfilment] = useState<'DELIVERY' | 'PICKUP'>('DELIVERY');
  const name = (field: string) => `groups.${group.msmeId}.${field}`;
  return (
    <fieldset className="space-y-2 rounded border p-3 sm:col-span-2" data-testid="checkout-group">
      <legend className="px-1 font-medium">
        <span translate="no">{group.msmeName}</span>
      </legend>
      <div className="flex flex-wrap gap-4">
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={name('fulfilment')}
            value="DELIVERY"
            checked={fulfilment === 'DELIVERY'}
            onChange={() => setFulfilment('DELIVERY')}
          />
          {t('Diantar')}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={name('fulfilment')}
            value="PICKUP"
            checked={fulfilment === 'PICKUP'}
            onChange={() => setFulfilment('PICKUP')}
          />
          {t('Ambil sendiri')}
        </label>
      </div>
      {fulfilment === 'PICKUP' ? (
        <p className="text-sm">
          {t('Ambil di: {address}', { address: group.pickupAddress || group.msmeName })}
        </p>
      ) : (
        <div>
          <label htmlFor={name('address')} className="label">
            {t('Alamat lain untuk pesanan ini (kosongkan bila sama)')}
          </label>
          <input id={name('address')} name={name('address')} className="input" />
          <FieldError state={state} name={name('address')} />
        </div>
      )}
      <div>
        <label htmlFor={name('date')} className="label">
          {t(fulfilment === 'PICKUP' ? 'Tanggal diambil' : 'Tanggal diantar')}
        </label>
        <input
          id={name('date')}
          name={name('date')}
          type="date"
          min={group.earliest}
          defaultValue={group.earliest}
          className="input"
        />
        <p className="text-sm text-slate-700">
          {group.leadTimeDays > 0
            ? t('Paling cepat {date} (perlu {days} hari persiapan).', {
                date: group.earliestText,
                days: group.leadTimeDays,
              })
            : t('Paling cepat hari ini.')}
        </p>
        <FieldError state={state} name={name('date')} />
      </div>
      {!group.acceptsTransfer && (
        <p className="text-sm text-amber-900">
          {t('UMKM ini belum mencantumkan rekening: bayar di tempat.')}
        </p>
      )}
    </fieldset>
  );
}
