'use client';
import { awardAction } from '@/app/pengadaan/actions';
import { FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function AwardButton({ quoteId, msmeName }: { quoteId: string; msmeName: string }) {
  const [state, onSubmit, pending] = useFormAction(awardAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="quoteId" value={quoteId} />
      <button
        type="submit"
        className="btn px-2 py-1 text-sm"
        disabled={pending}
        aria-label={t('Menangkan {msme}', { msme: msmeName })}
      >
        {t('Menangkan')}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
