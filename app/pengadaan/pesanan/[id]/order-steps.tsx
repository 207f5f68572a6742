'use client';
import { advanceOrderAction } from '@/app/pengadaan/actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';
import { todayInMedan } from '@/lib/format/date-only';

type Props = {
  orderId: string;
  status: string;
  role: string;
  staffSigned: boolean;
  msmeSigned: boolean;
  total: number;
};

export function OrderSteps({ orderId, status, role, staffSigned, msmeSigned }: Props) {
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
      {status === 'DELIVERED' &&
        ((staff && !staffSigned) || (msme && !msmeSigned)) &&
        step('sign', 'Tandatangani BAST')}
      {status === 'DELIVERED' && ((staff && staffSigned) || (msme && msmeSigned)) && (
        <p className="text-sm">{t('Menunggu tanda tangan BAST pihak lain.')}</p>
      )}
      {staff && status === 'HANDED_OVER' && (
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
          <label className="label" htmlFor="ppnIdr">
            {t('PPN dipungut (Rp)')}
          </label>
          <input id="ppnIdr" name="ppnIdr" inputMode="numeric" defaultValue="0" className="input" />
          <label className="label" htmlFor="pph22Idr">
            {t('PPh 22 dipungut (Rp)')}
          </label>
          <input id="pph22Idr" name="pph22Idr" inputMode="numeric" defaultValue="0" className="input" />
          <FieldError state={state} name="pph22Idr" />
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
