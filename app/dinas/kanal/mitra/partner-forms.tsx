'use client';
import {
  importAcceptanceAction,
  removeRequirementAction,
  setRequirementAction,
  updatePartnerAction,
} from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

type Partner = {
  id: string;
  name: string;
  kind: string;
  website: string | null;
  contact: string | null;
  active: boolean;
  requirements: { code: string; label: string; required: boolean }[];
};

export function PartnerCard({ partner }: { partner: Partner }) {
  const [state, onSubmit, pending] = useFormAction(updatePartnerAction);
  const [reqState, onReq, reqPending] = useFormAction(setRequirementAction);
  const [impState, onImport, impPending] = useFormAction(importAcceptanceAction);
  const t = useT();
  const id = partner.id;
  return (
    <section className="card space-y-3" data-testid="partner">
      <h2 className="text-lg font-semibold">{partner.name}</h2>
      <form onSubmit={onSubmit} className="grid gap-2 sm:grid-cols-4" noValidate>
        <input type="hidden" name="partnerId" value={id} />
        <div>
          <label htmlFor={`kind-${id}`} className="label">
            {t('Jenis')}
          </label>
          <select id={`kind-${id}`} name="kind" defaultValue={partner.kind} className="input">
            <option value="FOOD_DELIVERY">{t('Pesan-antar makanan')}</option>
            <option value="MARKETPLACE">{t('Marketplace')}</option>
            <option value="MODERN_RETAIL">{t('Ritel modern')}</option>
          </select>
        </div>
        <div>
          <label htmlFor={`web-${id}`} className="label">
            {t('Situs')}
          </label>
          <input id={`web-${id}`} name="website" defaultValue={partner.website ?? ''} className="input" />
          <FieldError state={state} name="website" />
        </div>
        <div>
          <label htmlFor={`contact-${id}`} className="label">
            {t('Kontak')}
          </label>
          <input id={`contact-${id}`} name="contact" defaultValue={partner.contact ?? ''} className="input" />
        </div>
        <div className="flex items-end gap-2">
          <label className="flex items-center gap-1 pb-2">
            <input type="checkbox" name="active" value="true" defaultChecked={partner.active} /> {t('Aktif')}
          </label>
          <button type="submit" className="btn-secondary" disabled={pending}>
            {t('Simpan')}
          </button>
        </div>
        <div className="sm:col-span-4">
          <FormMessage state={state} />
        </div>
      </form>
      <ul className="space-y-1 text-sm">
        {partner.requirements.map((r) => (
          <li key={r.code} className="flex items-center gap-2">
            <span className="font-mono">{r.code}</span> {r.label}{' '}
            {r.required ? t('(wajib)') : t('(opsional)')}
            <form action={removeRequirementAction}>
              <input type="hidden" name="partnerId" value={id} />
              <input type="hidden" name="code" value={r.code} />
              <button type="submit" className="text-xs text-red-700 underline">
                {t('hapus')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form onSubmit={onReq} className="flex flex-wrap items-end gap-2" noValidate>
        <input type="hidden" name="partnerId" value={id} />
        <div>
          <label htmlFor={`code-${id}`} className="label">
            {t('Kode persyaratan')}
          </label>
          <input id={`code-${id}`} name="code" className="input w-32" />
          <FieldError state={reqState} name="code" />
        </div>
        <div>
          <label htmlFor={`label-${id}`} className="label">
            {t('Uraian')}
          </label>
          <input id={`label-${id}`} name="label" className="input" />
          <FieldError state={reqState} name="label" />
        </div>
        <label className="flex items-center gap-1 pb-2 text-sm">
          <input type="checkbox" name="required" value="true" defaultChecked /> {t('Wajib')}
        </label>
        <button type="submit" className="btn-secondary" disabled={reqPending}>
          {t('Tambah / ubah')}
        </button>
        <FormMessage state={reqState} />
      </form>
      <form onSubmit={onImport} className="flex flex-wrap items-end gap-2 border-t pt-3" noValidate>
        <input type="hidden" name="partnerId" value={id} />
        <div>
          <label htmlFor={`accept-${id}`} className="label">
            {t('Impor daftar diterima {partner} (CSV atau XLSX: product, url, sku)', {
              partner: partner.name,
            })}
          </label>
          <input
            id={`accept-${id}`}
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
          <a className="ml-2 text-sm underline" href={`/dinas/kanal/mitra/${id}/templat?format=xlsx`}>
            {t('Unduh templat XLSX')}
          </a>
          <FieldError state={impState} name="file" />
        </div>
        <button type="submit" className="btn-secondary" disabled={impPending}>
          {t('Impor')}
        </button>
        <div className="w-full">
          <FormMessage state={impState} />
          {impState?.ok && impState.data && (
            <ul className="text-sm" data-testid="acceptance-report">
              {impState.data.map((r) => (
                <li key={r.row} className={r.ok ? 'text-green-800' : 'text-red-800'}>
                  {t('Baris {row} ({product}): {message}', {
                    row: r.row,
                    product: r.product,
                    message: t(r.message),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      </form>
    </section>
  );
}
