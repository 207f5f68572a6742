'use client';
import { uploadReceiptAction } from '@/app/keranjang/actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

/** A photo of the transfer receipt (from the phone's camera or gallery) for the UMKM to check. */
export function ReceiptForm({ orderId, uploaded }: { orderId: string; uploaded: boolean }) {
  const [state, onSubmit, pending] = useFormAction(uploadReceiptAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      <label htmlFor={`receipt-${orderId}`} className="label">
        {t(uploaded ? 'Ganti foto bukti transfer' : 'Unggah foto bukti transfer')}
      </label>
      <input
        id={`receipt-${orderId}`}
        name="receipt"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        className="block w-full text-sm"
      />
      <FieldError state={state} name="receipt" />
      <FormMessage state={state} />
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t('Kirim bukti transfer')}
      </button>
    </form>
  );
}
