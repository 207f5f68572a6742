'use client';
import { importAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

type ImportResult = Awaited<ReturnType<typeof importAction>>;

/** Check, then import: the UMKM pendataan by default, or another registry's import (cooperatives). */
export function ImportForm({
  action = importAction,
  label = 'Berkas pendataan (CSV atau XLSX, maks. 5 MB)',
}: {
  action?: (prev: ImportResult | null, form: FormData) => Promise<ImportResult>;
  label?: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const t = useT();
  const report = state?.ok ? state.data : undefined;
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="card space-y-3" noValidate>
        <label htmlFor="file" className="label">
          {t(label)}
        </label>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        />
        <FieldError state={state} name="file" />
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="check" className="btn-secondary" disabled={pending}>
            {t('Periksa berkas')}
          </button>
          <button
            type="submit"
            name="intent"
            value="import"
            className="btn"
            disabled={pending || !report || report.valid - report.alreadyImported === 0}
          >
            {t('Impor baris yang valid')}
          </button>
        </div>
        {report && report.rows > report.valid ? (
          // Some rows failed: the result is a warning, never a green success.
          <p
            role="alert"
            data-testid="import-summary"
            className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          >
            {state?.message}
          </p>
        ) : (
          <FormMessage state={state} />
        )}
      </form>
      {report && (report.issues.length > 0 || report.warnings.length > 0) && (
        <table className="w-full bg-white text-sm" data-testid="import-report">
          <caption className="p-2 text-left font-semibold">{t('Laporan per baris')}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">{t('Baris')}</th>
              <th className="p-2">{t('Kolom')}</th>
              <th className="p-2">{t('Keterangan')}</th>
            </tr>
          </thead>
          <tbody>
            {report.issues.map((i, n) => (
              <tr key={`e${n}`} className="border-t text-red-800">
                <td className="p-2">{i.row}</td>
                <td className="p-2">{i.column}</td>
                <td className="p-2">{t(i.message)}</td>
              </tr>
            ))}
            {report.warnings.map((i, n) => (
              <tr key={`w${n}`} className="border-t text-amber-900">
                <td className="p-2">{i.row}</td>
                <td className="p-2">{i.column}</td>
                <td className="p-2">{t(i.message)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
