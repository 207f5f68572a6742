import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { ownerBazaars } from '@/lib/channels/bazaars';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import { ApplyForm, SalesForm } from './bazaar-owner-forms';

export const metadata: Metadata = { title: 'Bazar' };

export default async function OwnerBazaarsPage() {
  const [actor, t] = await Promise.all([requirePageActor(['MSME_OWNER'], '/umkm/bazar'), getPhrases()]);
  if (!actor.msmeId) return <p className="card">{t('Daftarkan usaha Anda terlebih dahulu.')}</p>;
  const { open, mine } = await ownerBazaars(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('Bazar & pameran')}</h1>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Bazar yang bisa diikuti')}</h2>
        {open.length === 0 && <p className="card">{t('Belum ada bazar baru.')}</p>}
        {open.map((b) => (
          <div key={b.id} className="card flex flex-wrap items-center justify-between gap-2">
            <span>
              {b.name} · {formatWib(b.startsAt, true, t.locale)} · {b.venue}
            </span>
            <ApplyForm bazaarId={b.id} />
          </div>
        ))}
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Bazar saya')}</h2>
        {mine.map((m) => (
          <div key={m.id} className="card space-y-1">
            <p>
              {m.bazaar.name} · {formatWib(m.bazaar.startsAt, true, t.locale)} ·{' '}
              {t('stan {booth} · omzet {sales}', {
                booth: m.booth?.code ?? t('belum ditetapkan'),
                sales: m.salesIdr === null ? '—' : formatRupiah(m.salesIdr),
              })}
            </p>
            {m.status === 'ACCEPTED' && m.started && <SalesForm bazaarId={m.bazaar.id} />}
          </div>
        ))}
      </section>
    </div>
  );
}
