'use client';
import { awardAction } from '@/app/pengadaan/actions';
import { FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';

export function AwardButton({ quoteId, msmeName }: { quoteId: string; msmeName: string }) {
  const [state, onSubmit, pending] = useFormAction(awardAction);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="quoteId" value={quoteId} />
      <button
        type="submit"
        className="btn px-2 py-1 text-sm"
        disabled={pending}
        aria-label={`Menangkan ${msmeName}`}
      >
        Menangkan
      </button>
      <FormMessage state={state} />
    </form>
  );
}
