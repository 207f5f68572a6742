'use client';
import { changeStaffAccessAction, sendStaffPasswordLinkAction, setAccountDisabledAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

type Account = { id: string; email: string; role: string; opdId: string | null; disabled: boolean };

/** What an admin can do to one staff account, folded under "Kelola" in its table row. */
export function AccountActions({
  account,
  opds,
  self,
}: {
  account: Account;
  opds: { id: string; name: string }[];
  self: boolean;
}) {
  const [statusState, onStatus, statusPending] = useFormAction(setAccountDisabledAction);
  const [accessState, onAccess, accessPending] = useFormAction(changeStaffAccessAction);
  const [linkState, onLink, linkPending] = useFormAction(sendStaffPasswordLinkAction);
  const t = useT();
  return (
    <details className="text-sm" data-testid={`manage-${account.email}`}>
      <summary className="cursor-pointer text-brand-700 underline">{t('Kelola')}</summary>
      <div className="mt-2 w-72 space-y-3 rounded border border-slate-200 bg-white p-3">
        <FormMessage state={statusState ?? accessState ?? linkState} />
        {!self && (
          <form onSubmit={onStatus} className="space-y-1">
            <input type="hidden" name="userId" value={account.id} />
            <input type="hidden" name="disabled" value={account.disabled ? 'false' : 'true'} />
            {!account.disabled && (
              <>
                <label htmlFor={`reason-${account.id}`} className="label">
                  {t('Alasan (dicatat di log audit)')}
                </label>
                <input id={`reason-${account.id}`} name="reason" className="input" maxLength={300} />
              </>
            )}
            <button type="submit" className="btn-secondary w-full" disabled={statusPending}>
              {account.disabled ? t('Aktifkan kembali') : t('Nonaktifkan akun')}
            </button>
          </form>
        )}
        <form onSubmit={onAccess} className="space-y-1" noValidate>
          <input type="hidden" name="userId" value={account.id} />
          <label htmlFor={`role-${account.id}`} className="label">
            {t('Peran')}
          </label>
          <select id={`role-${account.id}`} name="role" className="input" defaultValue={account.role}>
            <option value="OPD_STAFF">{t('Staf pengadaan OPD')}</option>
            <option value="DINAS_ADMIN">{t('Admin Dinas')}</option>
          </select>
          <label htmlFor={`opd-${account.id}`} className="label">
            {t('OPD')}
          </label>
          <select id={`opd-${account.id}`} name="opdId" className="input" defaultValue={account.opdId ?? ''}>
            <option value="">{t('— tanpa OPD (admin Dinas) —')}</option>
            {opds.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <FieldError state={accessState} name="opdId" />
          <button type="submit" className="btn-secondary w-full" disabled={accessPending}>
            {t('Simpan peran dan OPD')}
          </button>
        </form>
        {!account.disabled && (
          <form onSubmit={onLink}>
            <input type="hidden" name="userId" value={account.id} />
            <button type="submit" className="btn-secondary w-full" disabled={linkPending}>
              {t('Kirim tautan atur kata sandi')}
            </button>
          </form>
        )}
      </div>
    </details>
  );
}
