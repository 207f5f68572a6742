import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listEvents } from '@/lib/procurement/events';
import { registrationChoices } from '@/lib/msme/reference';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import { EventForm } from './event-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Kegiatan OPD') };
}

export default async function EventsPage() {
  const actor = await requirePageActor(['OPD_STAFF'], '/opd/kegiatan');
  const [events, choices, t] = await Promise.all([listEvents(actor), registrationChoices(), getPhrases()]);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <section className="space-y-3">
        <h1 className="text-2xl font-semibold">{t('Kegiatan')}</h1>
        <ul className="space-y-2" data-testid="event-list">
          {events.map((e) => (
            <li key={e.id} className="card">
              <Link href={`/opd/kegiatan/${e.id}`} className="font-medium text-brand-700 underline">
                {e.name}
              </Link>
              <p className="text-sm text-slate-700">
                {formatWib(e.startsAt, true, t.locale)} · {e.venue} ·{' '}
                {t('pagu {amount} · {count} pesanan', {
                  amount: formatRupiah(e.paguIdr),
                  count: e._count.orders,
                })}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <EventForm kecamatan={choices.kecamatan.map((k) => ({ code: k.code, name: k.name }))} />
    </div>
  );
}
