import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listBazaars } from '@/lib/channels/bazaars';
import { listOpds } from '@/lib/accounts/accounts';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import { BazaarForm } from './bazaar-form';

export const metadata: Metadata = { title: 'Bazar & pameran' };

export default async function BazaarsPage() {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/bazar');
  const [bazaars, opds, t] = await Promise.all([listBazaars(actor), listOpds(), getPhrases()]);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <section className="space-y-3">
        <h1 className="text-2xl font-semibold">{t('Bazar & pameran')}</h1>
        <ul className="space-y-2" data-testid="bazaars">
          {bazaars.map((b) => (
            <li key={b.id} className="card">
              <Link href={`/dinas/bazar/${b.id}`} className="font-medium text-brand-700 underline">
                {b.name}
              </Link>
              <p className="text-sm text-slate-700">
                {formatWib(b.startsAt, true, t.locale)} – {formatWib(b.endsAt, true, t.locale)} · {b.venue}
                {b.organizerOpd ? ` · ${b.organizerOpd.name}` : ''} ·{' '}
                {t('{msmes} UMKM / {booths} stan · omzet {sales}', {
                  msmes: b._count.participants,
                  booths: b._count.booths,
                  sales: formatRupiah(b.salesIdr),
                })}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <BazaarForm opds={opds} />
    </div>
  );
}
