'use client';
import { useState } from 'react';
import { awardAction } from '@/app/pengadaan/actions';
import { FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

/** Awarding takes two clicks: the second confirms the winner and the total it commits the OPD to. */
export function AwardButton({
  quoteId,
  msmeName,
  total,
}: {
  quoteId: string;
  msmeName: string;
  total: string;
}) {
  const [state, onSubmit, pending] = useFormAction(awardAction);
  const [confirming, setConfirming] = useState(false);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="space-y-1">
      <input type="hidden" name="quoteId" value={quoteId} />
      {confirming ? (
        <div
          className="space-y-1 rounded border border-amber-300 bg-amber-50 p-2 text-sm"
          data-testid="award-confirm"
        >
          <p>
            {t('Tetapkan {msme} sebagai pemenang dan terbitkan Surat Pesanan senilai {total}?', {
              msme: msmeName,
              total,
            })}
          </p>
          <div className="flex gap-2">
            <button type="submit" className="btn px-2 py-1 text-sm" disabled={pending}>
              {t('Ya, tetapkan')}
            </button>
            <button
              type="button"
              className="btn-secondary px-2 py-1 text-sm"
              onClick={() => setConfirming(false)}
            >
              {t('Kembali')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="btn px-2 py-1 text-sm"
          onClick={() => setConfirming(true)}
          aria-label={t('Menangkan {msme}', { msme: msmeName })}
        >
          {t('Menangkan')}
        </button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
