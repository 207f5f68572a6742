'use client';
import { cancelRfqAction } from '@/app/pengadaan/actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

/** Cancelling an open request needs a reason: the invited UMKM read it on their page. */
export function CancelRfqForm({ rfqId }: { rfqId: string }) {
  const [state, onSubmit, pending] = useFormAction(cancelRfqAction);
  const t = useT();
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-800">{t('Batalkan permintaan ini')}</summary>
      <form onSubmit={onSubmit} className="mt-2 space-y-2" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="rfqId" value={rfqId} />
        <label className="label" htmlFor={`cancel-${rfqId}`}>
          {t('Alasan pembatalan (dibaca UMKM yang diundang)')}
        </label>
        <input id={`cancel-${rfqId}`} name="reason" className="input" />
        <FieldError state={state} name="reason" />
        <button type="submit" className="btn-secondary" disabled={pending}>
          {t('Batalkan permintaan')}
        </button>
      </form>
    </details>
  );
}
