import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listOpds, listStaffAccounts } from '@/lib/accounts/accounts';
import { formatWib } from '@/lib/format/time';
import { StaffAccountForm } from './staff-account-form';
import { AccountActions } from './account-actions';
import { getPhrases } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Pengguna OPD & Dinas' };

export default async function StaffAccountsPage() {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/pengguna');
  const [accounts, opds, t] = await Promise.all([listStaffAccounts(actor), listOpds(), getPhrases()]);
  return (
    <div className="space-y-6">
      <section>
        <h1 className="mb-4 text-2xl font-semibold">{t('Akun staf OPD dan admin Dinas')}</h1>
        <p className="mb-4 text-sm">
          <a href="/dinas/email" className="text-brand-700 underline">
            {t('Kotak keluar email')}
          </a>{' '}
          {t('(tautan lupa kata sandi yang menunggu dikirim)')} ·{' '}
          <a href="/dinas/audit" className="text-brand-700 underline">
            {t('Log audit')}
          </a>
        </p>
        <table className="w-full bg-white text-sm" data-testid="staff-table">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">{t('Nama')}</th>
              <th className="p-2">{t('Email')}</th>
              <th className="p-2">{t('Peran')}</th>
              <th className="p-2">{t('OPD')}</th>
              <th className="p-2">{t('Dibuat')}</th>
              <th className="p-2">{t('Status')}</th>
              <th className="p-2"></th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} className="border-t">
                <td className="p-2">{a.name}</td>
                <td className="p-2">{a.email}</td>
                <td className="p-2">{a.role === 'DINAS_ADMIN' ? t('Admin Dinas') : t('Staf OPD')}</td>
                <td className="p-2">{a.opd?.name ?? '—'}</td>
                <td className="p-2">{formatWib(a.createdAt, false, t.locale)}</td>
                <td className="p-2" data-testid="account-status">
                  {a.disabledAt
                    ? t('Nonaktif sejak {date}', { date: formatWib(a.disabledAt, false, t.locale) })
                    : t('Aktif')}
                </td>
                <td className="p-2 align-top">
                  <AccountActions
                    account={{
                      id: a.id,
                      email: a.email,
                      role: a.role,
                      opdId: a.opdId,
                      disabled: !!a.disabledAt,
                    }}
                    opds={opds}
                    self={a.id === actor.id}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <StaffAccountForm opds={opds} />
    </div>
  );
}
