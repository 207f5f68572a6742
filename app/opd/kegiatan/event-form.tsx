'use client';
import { createEventAction } from '@/app/pengadaan/actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function EventForm({ kecamatan }: { kecamatan: { code: string; name: string }[] }) {
  const [state, onSubmit, pending] = useFormAction(createEventAction);
  const t = useT();
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div>
      <label htmlFor={name} className="label">
        {label}
      </label>
      <input id={name} name={name} className="input" {...props} />
      <FieldError state={state} name={name} />
    </div>
  );
  return (
    <form onSubmit={onSubmit} className="card space-y-3 self-start" noValidate>
      <h2 className="text-lg font-semibold">{t('Kegiatan baru')}</h2>
      <FormMessage state={state} />
      {field('name', t('Nama kegiatan'))}
      {field('startsAt', t('Waktu mulai (WIB)'), { type: 'datetime-local' })}
      {field('venue', t('Tempat'))}
      <div>
        <label htmlFor="kecamatanCode" className="label">
          {t('Kecamatan (opsional)')}
        </label>
        <select id="kecamatanCode" name="kecamatanCode" className="input" defaultValue="">
          <option value="">—</option>
          {kecamatan.map((k) => (
            <option key={k.code} value={k.code}>
              {k.name}
            </option>
          ))}
        </select>
      </div>
      {field('participants', t('Jumlah peserta'), { inputMode: 'numeric' })}
      {field('paguIdr', t('Pagu anggaran (Rupiah)'), { inputMode: 'numeric' })}
      <div>
        <label htmlFor="budgetSource" className="label">
          {t('Sumber anggaran')}
        </label>
        <select id="budgetSource" name="budgetSource" className="input" defaultValue="APBD">
          <option value="APBD">APBD</option>
          <option value="P_APBD">P-APBD</option>
          <option value="APBN">APBN</option>
          <option value="OTHER">{t('Lainnya')}</option>
        </select>
      </div>
      {field('activityCode', t('Kode kegiatan/sub kegiatan (opsional)'))}
      <button type="submit" className="btn w-full" disabled={pending}>
        {t('Buat kegiatan')}
      </button>
    </form>
  );
}
