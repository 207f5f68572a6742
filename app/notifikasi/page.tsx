import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { emailPreferences, listNotifications } from '@/lib/notify/center';
import { formatWib } from '@/lib/format/time';
import { getLocale, getPhrases } from '@/lib/i18n/server';
import { ActionForm } from '@/app/components/action-form';
import { emailPreferencesAction, markAllReadAction, markReadAction, openNotificationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Pemberitahuan'), robots: { index: false } };
}

export default async function NotificationsPage() {
  const actor = await requirePageActor(['SHOPPER', 'MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN'], '/notifikasi');
  const [locale, t] = await Promise.all([getLocale(), getPhrases()]);
  const [items, preferences] = await Promise.all([listNotifications(actor, locale), emailPreferences(actor)]);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('Pemberitahuan')}</h1>
        {unread > 0 && (
          <ActionForm
            action={markAllReadAction}
            submit={t('Tandai semua sudah dibaca')}
            submitClass="btn-secondary"
          />
        )}
      </div>
      {items.length === 0 && <p className="card">{t('Belum ada pemberitahuan.')}</p>}
      <ul className="space-y-2" data-testid="notifications">
        {items.map((n) => (
          <li
            key={n.id}
            className={`card flex flex-wrap items-start justify-between gap-3 ${n.readAt ? '' : 'border-l-4 border-l-brand-600'}`}
            data-testid={n.readAt ? 'notification-read' : 'notification-unread'}
          >
            <form action={openNotificationAction} className="min-w-0 flex-1">
              <input type="hidden" name="id" value={n.id} />
              <button type="submit" className="text-left">
                <span className="block font-medium text-brand-700 underline">{n.title}</span>
                <span className="block text-sm text-slate-700">{n.body}</span>
                <span className="block text-xs text-slate-600">{formatWib(n.createdAt, true, t.locale)}</span>
              </button>
            </form>
            {!n.readAt && (
              <ActionForm
                action={markReadAction}
                hidden={{ id: n.id }}
                submit={t('Tandai sudah dibaca')}
                submitClass="btn-secondary text-sm"
              />
            )}
          </li>
        ))}
      </ul>
      <section className="card space-y-2">
        <h2 className="text-lg font-semibold">{t('Kirim juga lewat email')}</h2>
        <p className="text-sm text-slate-700">
          {t('Pemberitahuan selalu tampil di sini. Centang yang juga ingin Anda terima lewat email.')}
        </p>
        <ActionForm
          action={emailPreferencesAction}
          submit={t('Simpan pilihan email')}
          testId="email-preferences"
        >
          {preferences.map((p) => (
            <label key={p.kind} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="email" value={p.kind} defaultChecked={p.email} />
              {t(p.label)}
            </label>
          ))}
        </ActionForm>
      </section>
    </div>
  );
}
