'use client';
import { submitQuoteAction } from '@/app/pengadaan/actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function QuoteForm({ rfqId }: { rfqId: string }) {
  const [state, onSubmit, pending] = useFormAction(submitQuoteAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="rfqId" value={rfqId} />
      <div>
        <label htmlFor={`price-${rfqId}`} className="label">
          {t('Harga satuan (Rp)')}
        </label>
        <input id={`price-${rfqId}`} name="unitPriceIdr" inputMode="numeric" className="input w-36" />
        <FieldError state={state} name="unitPriceIdr" />
      </div>
      <div className="flex-1">
        <label htmlFor={`notes-${rfqId}`} className="label">
          {t('Catatan')}
        </label>
        <input id={`notes-${rfqId}`} name="notes" className="input" />
      </div>
      <div>
        <label htmlFor={`sample-${rfqId}`} className="label">
          {t('Foto contoh (opsional)')}
        </label>
        <input
          id={`sample-${rfqId}`}
          name="samplePhoto"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          className="text-sm"
        />
        <FieldError state={state} name="samplePhoto" />
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {t('Kirim penawaran')}
      </button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
