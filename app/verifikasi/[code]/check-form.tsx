'use client';
import { useActionState } from 'react';
import { FieldError } from '@/app/components/form-feedback';
import { useT } from '@/app/components/locale-provider';
import { checkPdfAction } from './actions';

/** Upload a copy to compare its SHA-256 with the record; works without JavaScript too. */
export function CheckForm({ code }: { code: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(checkPdfAction, null);
  const verdict = state?.data;
  return (
    <form action={action} className="card space-y-3" encType="multipart/form-data">
      <h2 className="font-semibold">{t('Cocokkan berkas PDF')}</h2>
      <p className="text-sm text-slate-700">
        {t(
          'Unggah berkas PDF yang Anda terima. Sidik SHA-256-nya dihitung dan dibandingkan dengan yang tercatat.',
        )}
      </p>
      <input type="hidden" name="code" value={code} />
      <label htmlFor="file" className="label">
        {t('Berkas PDF')}
      </label>
      <input id="file" name="file" type="file" accept="application/pdf,.pdf" className="input" required />
      <FieldError state={state} name="file" />
      <button type="submit" className="btn" disabled={pending}>
        {pending ? t('Memeriksa…') : t('Periksa berkas')}
      </button>
      {state?.message && (
        <div
          role="alert"
          data-testid={verdict ? (verdict.matches ? 'verify-match' : 'verify-mismatch') : 'form-error'}
          className={`rounded border p-3 text-sm ${verdict?.matches ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-800'}`}
        >
          <p className="font-semibold">{t(state.message)}</p>
          {verdict && (
            <p className="mt-1 break-all font-mono text-xs">
              {t('SHA-256 berkas:')} {verdict.sha256}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
