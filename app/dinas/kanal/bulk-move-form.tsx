'use client';
import Link from 'next/link';
import { bulkMoveAction } from '@/app/kanal-actions';
import { FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { stageLabel, stages } from '@/lib/channels/schema';
import { useT } from '@/app/components/locale-provider';

type Row = { id: string; label: string; stage: string; when: string; requested: boolean };

export function BulkMoveForm({ listings }: { listings: Row[] }) {
  const [state, onSubmit, pending] = useFormAction(bulkMoveAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="card space-y-3" noValidate>
      <h2 className="font-semibold">{t('Listing ({count})', { count: listings.length })}</h2>
      <FormMessage state={state} />
      <table className="w-full text-sm" data-testid="listings">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="p-2">{t('Pilih')}</th>
            <th className="p-2">{t('Produk → mitra')}</th>
            <th className="p-2">{t('Tahap')}</th>
            <th className="p-2">{t('Sejak')}</th>
          </tr>
        </thead>
        <tbody>
          {listings.map((l) => (
            <tr key={l.id} className="border-t">
              <td className="p-2">
                <input
                  type="checkbox"
                  name="ids"
                  value={l.id}
                  aria-label={t('Pilih {listing}', { listing: l.label })}
                />
              </td>
              <td className="p-2">
                <Link href={`/dinas/kanal/${l.id}`} className="text-brand-700 underline">
                  {l.label}
                </Link>
                {l.requested && (
                  <span className="ml-2 rounded bg-amber-100 px-1 text-xs">{t('diminta UMKM')}</span>
                )}
              </td>
              <td className="p-2">{l.stage}</td>
              <td className="p-2">{l.when}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="bulk-to" className="label">
            {t('Pindahkan yang dipilih ke')}
          </label>
          <select id="bulk-to" name="to" className="input">
            {stages
              .filter((s) => s !== 'LIVE')
              .map((s) => (
                <option key={s} value={s}>
                  {t(stageLabel[s])}
                </option>
              ))}
          </select>
        </div>
        <div>
          <label htmlFor="bulk-reason" className="label">
            {t('Catatan / alasan')}
          </label>
          <input id="bulk-reason" name="reason" className="input" />
        </div>
        <button type="submit" className="btn-secondary" disabled={pending}>
          {t('Pindahkan')}
        </button>
      </div>
    </form>
  );
}
