'use client';
import { joinBazaarAction, recordSalesAction } from '@/app/bazar-actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';

export function ApplyForm({ bazaarId }: { bazaarId: string }) {
  const [state, onSubmit, pending] = useFormAction(joinBazaarAction);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="bazaarId" value={bazaarId} />
      <button type="submit" className="btn" disabled={pending || state?.ok}>
        Daftar ikut
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function SalesForm({ bazaarId }: { bazaarId: string }) {
  const [state, onSubmit, pending] = useFormAction(recordSalesAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="bazaarId" value={bazaarId} />
      <div>
        <label htmlFor={`sales-${bazaarId}`} className="label">
          Omzet selama bazar (Rp)
        </label>
        <input id={`sales-${bazaarId}`} name="salesIdr" inputMode="numeric" className="input w-40" />
        <FieldError state={state} name="salesIdr" />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        Catat omzet
      </button>
      <FormMessage state={state} />
    </form>
  );
}
