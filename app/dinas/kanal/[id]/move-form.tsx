'use client';
import { useState } from 'react';
import { moveListingAction } from '@/app/kanal-actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function MoveForm({
  listingId,
  next,
}: {
  listingId: string;
  next: { value: string; label: string }[];
}) {
  const [state, onSubmit, pending] = useFormAction(moveListingAction);
  const t = useT();
  const [to, setTo] = useState(next[0]?.value ?? '');
  return (
    <form onSubmit={onSubmit} className="card space-y-3 self-start" noValidate>
      <h2 className="font-semibold">{t('Pindahkan tahap')}</h2>
      <FormMessage state={state} />
      <input type="hidden" name="listingId" value={listingId} />
      <label htmlFor="to" className="label">
        {t('Tahap berikutnya')}
      </label>
      <select id="to" name="to" value={to} onChange={(e) => setTo(e.target.value)} className="input">
        {next.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      {to === 'LIVE' && (
        <>
          <label htmlFor="externalUrl" className="label">
            {t('Tautan listing di mitra')}
          </label>
          <input id="externalUrl" name="externalUrl" className="input" placeholder="https://" />
          <FieldError state={state} name="externalUrl" />
          <label htmlFor="storeSku" className="label">
            {t('SKU toko (ritel modern, opsional)')}
          </label>
          <input id="storeSku" name="storeSku" className="input" />
        </>
      )}
      <label htmlFor="reason" className="label">
        {t('Catatan / alasan')} {to === 'REJECTED' ? t('(wajib: alasan dari mitra)') : ''}
      </label>
      <input id="reason" name="reason" className="input" />
      <FieldError state={state} name="reason" />
      {to === 'SUBMITTED' && (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="override" value="true" />{' '}
          {t('Ajukan walau persyaratan belum lengkap (pengecualian, alasan wajib)')}
        </label>
      )}
      <FieldError state={state} name="override" />
      <button type="submit" className="btn w-full" disabled={pending || !to}>
        {t('Pindahkan')}
      </button>
    </form>
  );
}
