'use client';
import { joinBazaarAction, recordSalesAction } from '@/app/bazar-actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function ApplyForm({ bazaarId }: { bazaarId: string }) {
  const [state, onSubmit, pending] = useFormAction(joinBazaarAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="bazaarId" value={bazaarId} />
      <button type="submit" className="btn" disabled={pending || state?.ok}>
        {t('Daftar ikut')}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function SalesForm({ bazaarId }: { bazaarId: string }) {
  const [state, onSubmit, pending] = useFormAction(recordSalesAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="bazaarId" value={bazaarId} />
      <div>
        <label htmlFor={`sales-${bazaarId}`} className="label">
          {t('Omzet selama bazar (Rp)')}
        </label>
        <input id={`sales-${bazaarId}`} name="salesIdr" inputMode="numeric" className="input w-40" />
        <FieldError state={state} name="salesIdr" />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t('Catat omzet')}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
