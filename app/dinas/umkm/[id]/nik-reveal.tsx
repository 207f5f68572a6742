'use client';
import { useEffect, useState } from 'react';
import { revealNikAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

const SHOWN_MS = 60_000;

/**
 * The full NIK, for a stated purpose. It is shown until the admin hides it, for at most a minute,
 * and never survives leaving the page (it lives only in this component's state).
 */
export function NikReveal({
  id,
  last4,
  purposes,
}: {
  id: string;
  last4: string | null;
  purposes: Record<string, string>;
}) {
  const [state, onSubmit, pending] = useFormAction(revealNikAction);
  const t = useT();
  const [hiddenFor, setHiddenFor] = useState<unknown>(null);
  const shown = state?.ok && state.data && hiddenFor !== state ? state.data : null;
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setHiddenFor(state), SHOWN_MS);
    const hide = () => setHiddenFor(state);
    window.addEventListener('pagehide', hide);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', hide);
    };
  }, [shown, state]);
  const masked = last4 ? `••••••••••••${last4}` : '—';
  if (!last4) return <span data-testid="nik">—</span>;
  return (
    <div className="space-y-2">
      <span data-testid="nik" className="font-mono">
        {shown ?? masked}
      </span>
      {shown ? (
        <button
          type="button"
          className="ml-3 text-sm text-brand-700 underline"
          onClick={() => setHiddenFor(state)}
        >
          {t('Sembunyikan NIK')}
        </button>
      ) : (
        <details className="text-sm">
          <summary className="cursor-pointer text-brand-700 underline">{t('Tampilkan NIK')}</summary>
          <form onSubmit={onSubmit} className="mt-2 space-y-2 rounded border border-slate-200 p-3" noValidate>
            <input type="hidden" name="id" value={id} />
            <p className="text-slate-700">
              {t(
                'NIK adalah data pribadi. Setiap tampilan dicatat di log audit bersama nama Anda dan tujuannya.',
              )}
            </p>
            <label htmlFor="nik-purpose" className="label">
              {t('Tujuan')}
            </label>
            <select id="nik-purpose" name="purpose" className="input" defaultValue="">
              <option value="">{t('— pilih tujuan —')}</option>
              {Object.entries(purposes).map(([value, label]) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
            <FieldError state={state} name="purpose" />
            <label htmlFor="nik-note" className="label">
              {t('Keterangan (wajib bila “Lainnya”)')}
            </label>
            <input id="nik-note" name="note" className="input" maxLength={300} />
            <FieldError state={state} name="note" />
            <button type="submit" className="btn-secondary" disabled={pending}>
              {t('Tampilkan dan catat')}
            </button>
          </form>
        </details>
      )}
      <FormMessage state={hiddenFor === state ? null : state} />
    </div>
  );
}
