'use client';
import { inviteOwnerAction, setOwnerDisabledAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

type Owner = { id: string; email: string; disabledAt: Date | string | null } | null;

/** The owner's account: an invitation for an imported business without one, else enable/disable. */
export function OwnerAccount({
  msmeId,
  owner,
  ownerName,
}: {
  msmeId: string;
  owner: Owner;
  ownerName: string;
}) {
  const [inviteState, onInvite, invitePending] = useFormAction(inviteOwnerAction);
  const [statusState, onStatus, statusPending] = useFormAction(setOwnerDisabledAction);
  const t = useT();
  if (!owner) {
    return (
      <details className="text-sm" data-testid="invite-owner">
        <summary className="cursor-pointer">
          {t('tanpa akun (impor)')} — <span className="text-brand-700 underline">{t('undang pemilik')}</span>
        </summary>
        <form onSubmit={onInvite} className="mt-2 space-y-2" noValidate>
          <FormMessage state={inviteState} />
          <input type="hidden" name="id" value={msmeId} />
          <label htmlFor="invite-name" className="label">
            {t('Nama pemilik')}
          </label>
          <input id="invite-name" name="name" className="input" defaultValue={ownerName} />
          <FieldError state={inviteState} name="name" />
          <label htmlFor="invite-email" className="label">
            {t('Email pemilik')}
          </label>
          <input id="invite-email" name="email" type="email" className="input" />
          <FieldError state={inviteState} name="email" />
          <button type="submit" className="btn-secondary" disabled={invitePending || inviteState?.ok}>
            {t('Kirim undangan')}
          </button>
        </form>
      </details>
    );
  }
  return (
    <form onSubmit={onStatus} className="space-y-1 text-sm">
      <span>
        {owner.email}
        {owner.disabledAt ? ` ${t('(nonaktif)')}` : ''}
      </span>{' '}
      <input type="hidden" name="id" value={msmeId} />
      <input type="hidden" name="userId" value={owner.id} />
      <input type="hidden" name="disabled" value={owner.disabledAt ? 'false' : 'true'} />
      <button type="submit" className="text-brand-700 underline" disabled={statusPending}>
        {owner.disabledAt ? t('Aktifkan akun') : t('Nonaktifkan akun')}
      </button>
      <FormMessage state={statusState} />
    </form>
  );
}
