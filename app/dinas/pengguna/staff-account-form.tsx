'use client';
import { createStaffAccountAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function StaffAccountForm({ opds }: { opds: { id: string; name: string }[] }) {
  const [state, onSubmit, pending] = useFormAction(createStaffAccountAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="card max-w-md space-y-3" data-testid="create-account" noValidate>
      <h2 className="text-lg font-semibold">{t('Buat akun')}</h2>
      <FormMessage state={state} />
      <div>
        <label htmlFor="role" className="label">
          {t('Peran')}
        </label>
        <select id="role" name="role" className="input" defaultValue="OPD_STAFF">
          <option value="OPD_STAFF">{t('Staf pengadaan OPD')}</option>
          <option value="DINAS_ADMIN">{t('Admin Dinas')}</option>
        </select>
        <FieldError state={state} name="role" />
      </div>
      <div>
        <label htmlFor="opdId" className="label">
          {t('OPD (untuk staf pengadaan)')}
        </label>
        <select id="opdId" name="opdId" className="input" defaultValue="">
          <option value="">{t('— pilih OPD —')}</option>
          {opds.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <FieldError state={state} name="opdId" />
      </div>
      <div>
        <label htmlFor="name" className="label">
          {t('Nama')}
        </label>
        <input id="name" name="name" className="input" />
        <FieldError state={state} name="name" />
      </div>
      <div>
        <label htmlFor="email" className="label">
          {t('Email')}
        </label>
        <input id="email" name="email" type="email" className="input" />
        <FieldError state={state} name="email" />
      </div>
      <div>
        <label htmlFor="password" className="label">
          {t('Kata sandi awal (kosongkan untuk mengirim tautan)')}
        </label>
        <input id="password" name="password" type="password" autoComplete="new-password" className="input" />
        <FieldError state={state} name="password" />
      </div>
      <button type="submit" className="btn w-full" disabled={pending}>
        {t('Buat akun')}
      </button>
    </form>
  );
}
