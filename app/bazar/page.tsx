import type { Metadata } from 'next';
import Link from 'next/link';
import { upcomingBazaars } from '@/lib/channels/bazaars';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return {
    title: t('Bazar UMKM Medan'),
    description: t('Bazar dan pameran UMKM binaan Kota Medan yang akan datang.'),
  };
}

export default async function PublicBazaarsPage() {
  const [bazaars, t] = await Promise.all([upcomingBazaars(), getPhrases()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('Bazar & pameran UMKM Medan')}</h1>
      {bazaars.length === 0 && <p className="card">{t('Belum ada bazar terjadwal.')}</p>}
      {bazaars.map((b) => (
        <article key={b.id} className="card space-y-2" data-testid="public-bazaar">
          <h2 className="text-lg font-semibold">{b.name}</h2>
          <p className="text-slate-700">
            {formatWib(b.startsAt, true, t.locale)} – {formatWib(b.endsAt, true, t.locale)} · {b.venue}
            {b.organizerOpd ? ` · ${b.organizerOpd.name}` : ''}
          </p>
          {b.description && <p>{b.description}</p>}
          <ul className="flex flex-wrap gap-2 text-sm">
            {b.participants.map((p) => (
              <li key={p.msme.slug}>
                <Link href={`/umkm/${p.msme.slug}`} className="underline">
                  {p.booth?.code} · {p.msme.name}
                </Link>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </div>
  );
}
