'use client';
import { updateShopOrderAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function OrderActions({
  orderId,
  status,
  method,
  paid,
}: {
  orderId: string;
  status: string;
  method: string;
  paid: boolean;
}) {
  const [state, onSubmit, pending] = useFormAction(updateShopOrderAction);
  const t = useT();
  const button = (action: string, label: string, primary = false) => (
    <button
      type="submit"
      name="action"
      value={action}
      className={primary ? 'btn' : 'btn-secondary'}
      disabled={pending}
    >
      {t(label)}
    </button>
  );
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      {status === 'PLACED' && button('confirm', 'Konfirmasi pesanan', true)}
      {status === 'CONFIRMED' && button('ship', 'Tandai dikirim / siap diambil', true)}
      {status === 'SHIPPED' && button('done', 'Tandai selesai', true)}
      {method === 'BANK_TRANSFER' &&
        !paid &&
        status !== 'CANCELLED' &&
        button('payment-received', 'Transfer sudah diterima')}
      {(status === 'PLACED' || status === 'CONFIRMED') && (
        <span className="flex items-end gap-2">
          <span>
            <label htmlFor={`reason-${orderId}`} className="sr-only">
              {t('Alasan pembatalan')}
            </label>
            <input
              id={`reason-${orderId}`}
              name="reason"
              placeholder={t('Alasan pembatalan')}
              className="input"
            />
          </span>
          {button('cancel', 'Batalkan')}
        </span>
      )}
      <div className="w-full">
        <FieldError state={state} name="reason" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
