'use client';
import { createBazaarAction } from '@/app/bazar-actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function BazaarForm({ opds }: { opds: { id: string; name: string }[] }) {
  const [state, onSubmit, pending] = useFormAction(createBazaarAction);
  const t = useT();
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div>
      <label htmlFor={`bz-${name}`} className="label">
        {label}
      </label>
      <input id={`bz-${name}`} name={name} className="input" {...props} />
      <FieldError state={state} name={name} />
    </div>
  );
  return (
    <form onSubmit={onSubmit} className="card space-y-3 self-start" noValidate>
      <h2 className="text-lg font-semibold">{t('Bazar baru')}</h2>
      <FormMessage state={state} />
      {field('name', t('Nama bazar'))}
      {field('venue', t('Tempat'))}
      {field('startsAt', t('Mulai (WIB)'), { type: 'datetime-local' })}
      {field('endsAt', t('Selesai (WIB)'), { type: 'datetime-local' })}
      <div>
        <label htmlFor="bz-organizerOpdId" className="label">
          {t('OPD penyelenggara')}
        </label>
        <select id="bz-organizerOpdId" name="organizerOpdId" className="input" defaultValue="">
          <option value="">—</option>
          {opds.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      {field('booths', t('Jumlah stan'), { inputMode: 'numeric' })}
      <button type="submit" className="btn w-full" disabled={pending}>
        {t('Buat bazar')}
      </button>
    </form>
  );
}
