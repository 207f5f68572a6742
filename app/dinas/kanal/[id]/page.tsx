import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getListing } from '@/lib/channels/listings';
import { allowedMoves, stageLabel } from '@/lib/channels/schema';
import { confirmRequirementAction } from '@/app/kanal-actions';
import { orNotFound } from '@/lib/server/not-found';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import { MoveForm } from './move-form';

export const metadata: Metadata = { title: 'Listing kanal' };

export default async function ListingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['DINAS_ADMIN'], `/dinas/kanal/${id}`);
  const [listing, t] = await Promise.all([orNotFound(getListing(actor, id)), getPhrases()]);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">
          {listing.product.name} → {listing.partner.name}
        </h1>
        <p>
          {listing.product.msme.name} · {t('tahap')}{' '}
          <strong data-testid="listing-stage">{t(stageLabel[listing.stage])}</strong> {t('sejak')}{' '}
          {formatWib(listing.stageChangedAt, true, t.locale)}
          {listing.facilitator ? ` · ${t('fasilitator {name}', { name: listing.facilitator.name })}` : ''}
        </p>
        {listing.externalUrl && (
          <p>
            {t('Tautan:')}{' '}
            <a className="text-brand-700 underline" href={listing.externalUrl}>
              {listing.externalUrl}
            </a>
            {listing.storeSku ? ` · SKU ${listing.storeSku}` : ''}
          </p>
        )}
        <section className="card">
          <h2 className="mb-2 font-semibold">
            {t('Kesiapan persyaratan {partner}', { partner: listing.partner.name })}
          </h2>
          <ul className="space-y-1 text-sm" data-testid="checklist">
            {listing.readiness.map((r) => (
              <li key={r.code} className="flex flex-wrap items-center gap-2">
                <span className={r.met ? 'text-green-800' : 'text-red-800'} data-testid={`req-${r.code}`}>
                  {r.met ? t('✓ terpenuhi') : t('✗ kurang')}
                </span>
                <span>
                  {r.label}
                  {r.how === 'confirmed' ? ` ${t('(dikonfirmasi fasilitator)')}` : ''}
                </span>
                {r.how !== 'data' && (
                  <form action={confirmRequirementAction}>
                    <input type="hidden" name="listingId" value={listing.id} />
                    <input type="hidden" name="code" value={r.code} />
                    <input type="hidden" name="confirmed" value={r.met ? 'false' : 'true'} />
                    <button type="submit" className="text-xs underline">
                      {r.met ? t('batalkan konfirmasi') : t('konfirmasi manual')}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section className="card">
          <h2 className="mb-2 font-semibold">{t('Riwayat tahap')}</h2>
          <ol className="space-y-1 text-sm">
            {listing.stageChanges.map((c, n) => (
              <li key={n}>
                {formatWib(c.at, true, t.locale)} · {c.fromStage ? `${t(stageLabel[c.fromStage])} → ` : ''}
                {t(stageLabel[c.toStage])}
                {c.override ? ` ${t('(pengecualian)')}` : ''}
                {c.reason ? ` · ${c.reason}` : ''}
              </li>
            ))}
          </ol>
        </section>
      </div>
      <MoveForm
        listingId={listing.id}
        next={allowedMoves[listing.stage].map((s) => ({ value: s, label: t(stageLabel[s]) }))}
      />
    </div>
  );
}
