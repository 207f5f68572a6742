'use client';
import { advanceOrderAction } from '@/app/pengadaan/actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';
import { todayInMedan } from '@/lib/format/date-only';
import { PaymentFields, type PaymentTaxes } from './payment-fields';

type Props = {
  orderId: string;
  status: string;
  role: string;
  staffSigned: boolean;
  msmeSigned: boolean;
  items: { id: string; description: string; quantity: number; unit: string }[];
  taxes: PaymentTaxes | null;
};

export function OrderSteps({ orderId, status, role, staffSigned, msmeSigned, items, taxes }: Props) {
  const [state, onSubmit, pending] = useFormAction(advanceOrderAction);
  const t = useT();
  const step = (value: string, label: string, primary = true) => (
    <button
      type="submit"
      name="step"
      value={value}
      className={primary ? 'btn w-full' : 'btn-secondary w-full'}
      disabled={pending}
    >
      {t(label)}
    </button>
  );
  const staff = role === 'OPD_STAFF';
  const msme = role === 'MSME_OWNER';
  return (
    <form onSubmit={onSubmit} className="card space-y-3 self-start" noValidate>
      <h2 className="font-semibold">{t('Langkah berikutnya')}</h2>
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      {msme && status === 'ORDERED' && step('accept', 'Terima pesanan')}
      {msme && status === 'ACCEPTED' && (
        <div className="space-y-2">
          <label className="label" htmlFor="earlyReason">
            {t('Alasan bila dikirim sebelum jadwal pengantaran')}
          </label>
          <input id="earlyReason" name="earlyReason" className="input" aria-describedby="earlyReason-error" />
          <FieldError state={state} name="earlyReason" />
          {step('deliver', 'Tandai sudah dikirim')}
        </div>
      )}
      {msme && status === 'DELIVERED' && <p className="text-sm">{t('Menunggu pemeriksaan oleh OPD.')}</p>}
      {staff && status === 'DELIVERED' && (
        <fieldset className="space-y-2">
          <legend className="font-medium">{t('Pemeriksaan barang')}</legend>
          <label className="label" htmlFor="inspectorName">
            {t('Nama pemeriksa')}
          </label>
          <input id="inspectorName" name="inspectorName" className="input" autoComplete="name" />
          <FieldError state={state} name="inspectorName" />
          <label className="label" htmlFor="inspectorNip">
            {t('NIP pemeriksa (bila ada)')}
          </label>
          <input id="inspectorNip" name="inspectorNip" className="input" inputMode="numeric" />
          <FieldError state={state} name="inspectorNip" />
          {items.map((item, n) => (
            <div key={item.id} className="space-y-1 rounded border p-2">
              <p className="text-sm font-medium">
                {item.description} ·{' '}
                {t('dipesan {quantity} {unit}', { quantity: item.quantity, unit: item.unit })}
              </p>
              <input type="hidden" name={`items.${n}.id`} value={item.id} />
              <label className="label" htmlFor={`items.${n}.receivedQuantity`}>
                {t('Jumlah diterima')}
              </label>
              <input
                id={`items.${n}.receivedQuantity`}
                name={`items.${n}.receivedQuantity`}
                inputMode="numeric"
                defaultValue={item.quantity}
                className="input"
              />
              <FieldError state={state} name={`items.${n}.receivedQuantity`} />
              <label className="label" htmlFor={`items.${n}.acceptedQuantity`}>
                {t('Jumlah yang baik dan diterima')}
              </label>
              <input
                id={`items.${n}.acceptedQuantity`}
                name={`items.${n}.acceptedQuantity`}
                inputMode="numeric"
                defaultValue={item.quantity}
                className="input"
              />
              <FieldError state={state} name={`items.${n}.acceptedQuantity`} />
              <label className="label" htmlFor={`items.${n}.condition`}>
                {t('Kondisi')}
              </label>
              <select id={`items.${n}.condition`} name={`items.${n}.condition`} className="input">
                <option value="GOOD">{t('Baik')}</option>
                <option value="PARTLY_DAMAGED">{t('Sebagian rusak')}</option>
                <option value="NOT_AS_ORDERED">{t('Tidak sesuai pesanan')}</option>
              </select>
            </div>
          ))}
          <label className="label" htmlFor="note">
            {t('Catatan pemeriksaan (wajib bila ada yang kurang atau ditolak)')}
          </label>
          <textarea id="note" name="note" className="input" rows={2} />
          <FieldError state={state} name="note" />
          {step('inspect', 'Catat hasil pemeriksaan')}
        </fieldset>
      )}
      {status === 'INSPECTED' &&
        ((staff && !staffSigned) || (msme && !msmeSigned)) &&
        step('sign', 'Tandatangani BAST')}
      {status === 'INSPECTED' && ((staff && staffSigned) || (msme && msmeSigned)) && (
        <p className="text-sm">{t('Menunggu tanda tangan BAST pihak lain.')}</p>
      )}
      {staff && status === 'HANDED_OVER' && taxes && (
        <fieldset className="space-y-2">
          <legend className="font-medium">{t('Catat pembayaran')}</legend>
          <label className="label" htmlFor="method">
            {t('Metode')}
          </label>
          <select id="method" name="method" className="input">
            <option value="TRANSFER">{t('Transfer bank')}</option>
            <option value="KKPD">KKPD</option>
          </select>
          <label className="label" htmlFor="paidAt">
            {t('Tanggal bayar')}
          </label>
          <input id="paidAt" name="paidAt" type="date" className="input" defaultValue={todayInMedan()} />
          <FieldError state={state} name="paidAt" />
          <PaymentFields taxes={taxes} state={state} />
          <label className="label" htmlFor="reference">
            {t('Nomor referensi (SP2D / slip KKPD)')}
          </label>
          <input id="reference" name="reference" className="input" />
          {step('pay', 'Catat pembayaran')}
        </fieldset>
      )}
      {((msme && status === 'ORDERED') || (staff && (status === 'ORDERED' || status === 'ACCEPTED'))) && (
        <div className="space-y-2 border-t pt-3">
          <label className="label" htmlFor="reason">
            {t(msme ? 'Alasan menolak' : 'Alasan membatalkan')}
          </label>
          <input id="reason" name="reason" className="input" />
          <FieldError state={state} name="reason" />
          {step(msme ? 'decline' : 'cancel', msme ? 'Tolak pesanan' : 'Batalkan pesanan', false)}
        </div>
      )}
      {status === 'PAID' && <p>{t('Pesanan selesai dan lunas.')}</p>}
    </form>
  );
}
