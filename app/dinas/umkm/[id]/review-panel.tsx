'use client';
import { reviewAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function ReviewPanel({ id }: { id: string }) {
  const [state, onSubmit, pending] = useFormAction(reviewAction);
  const t = useT();
  return (
    <section className="card space-y-3" aria-labelledby="review-heading">
      <h2 id="review-heading" className="text-lg font-semibold">
        {t('Keputusan verifikasi')}
      </h2>
      <FormMessage state={state} />
      <form onSubmit={onSubmit}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="decision" value="approve" />
        <button type="submit" className="btn" disabled={pending || state?.ok}>
          {t('Setujui sebagai UMKM binaan')}
        </button>
      </form>
      <form onSubmit={onSubmit} className="space-y-2" noValidate>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="decision" value="return" />
        <label htmlFor="reason" className="label">
          {t('Alasan perbaikan')}
        </label>
        <textarea id="reason" name="reason" rows={3} className="input" />
        <FieldError state={state} name="reason" />
        <button type="submit" className="btn-secondary" disabled={pending || state?.ok}>
          {t('Kembalikan untuk perbaikan')}
        </button>
      </form>
    </section>
  );
}
