import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { candidatesForNeed } from '@/lib/procurement/candidates';
import { db } from '@/lib/server/db';
import { orNotFound } from '@/lib/server/not-found';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import { CandidateForms } from './candidate-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Cari UMKM untuk kebutuhan') };
}

export default async function NeedPage({
  params,
  searchParams,
}: {
  params: Promise<{ needId: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { needId } = await params;
  const actor = await requirePageActor(['OPD_STAFF'], `/opd/kebutuhan/${needId}`);
  const filters = await searchParams;
  const candidates = await orNotFound(candidatesForNeed(actor, needId, filters));
  const need = await db.eventNeed.findUniqueOrThrow({
    where: { id: needId },
    select: { description: true, quantity: true, unit: true, deliveryFrom: true, eventId: true },
  });
  const [kecamatan, t] = await Promise.all([
    db.kecamatan.findMany({
      orderBy: { name: 'asc' },
      select: { code: true, name: true },
    }),
    getPhrases(),
  ]);
  return (
    <div className="space-y-4">
      <Link href={`/opd/kegiatan/${need.eventId}`} className="text-sm underline">
        {t('← Kembali ke kegiatan')}
      </Link>
      <h1 className="text-2xl font-semibold">
        {need.description}: {need.quantity} {need.unit}
      </h1>
      <p className="text-slate-700">
        {t(
          'Antar {time}. UMKM yang sanggup tampil di atas; di antaranya yang paling jarang menang pesanan OPD didahulukan agar pesanan tersebar merata.',
          { time: formatWib(need.deliveryFrom, true, t.locale) },
        )}
      </p>
      <form className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="kecamatan" className="label">
            {t('Kecamatan')}
          </label>
          <select id="kecamatan" name="kecamatan" defaultValue={filters.kecamatan ?? ''} className="input">
            <option value="">{t('Semua')}</option>
            {kecamatan.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" name="halal" value="true" defaultChecked={filters.halal === 'true'} />{' '}
          {t('Halal saja')}
        </label>
        <button type="submit" className="btn-secondary">
          {t('Saring')}
        </button>
      </form>
      <CandidateForms needId={needId} quantity={need.quantity} candidates={candidates} />
    </div>
  );
}
