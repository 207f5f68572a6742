import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { ownerChannelOverview } from '@/lib/channels/listings';
import { stageLabel } from '@/lib/channels/schema';
import { getPhrases } from '@/lib/i18n/server';
import { RequestListingForm } from './request-form';

export const metadata: Metadata = { title: 'Kanal pemasaran' };

export default async function OwnerChannelsPage() {
  const [actor, t] = await Promise.all([requirePageActor(['MSME_OWNER'], '/umkm/kanal'), getPhrases()]);
  if (!actor.msmeId) return <p className="card">{t('Daftarkan usaha Anda terlebih dahulu.')}</p>;
  const { listings, products, partners } = await ownerChannelOverview(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('E-commerce dan ritel modern')}</h1>
      <p className="max-w-3xl text-slate-700">
        {t(
          'Dinas membantu produk Anda masuk GrabFood, GoFood, ShopeeFood, Shopee, Tokopedia, TikTok Shop, Indomaret, Alfamart, Brastagi, dan lainnya. Lihat tahap setiap produk dan apa yang masih kurang.',
        )}
      </p>
      <RequestListingForm products={products} partners={partners} />
      <ul className="space-y-3" data-testid="owner-listings">
        {listings.map((l) => (
          <li key={l.id} className="card space-y-1">
            <p className="flex flex-wrap justify-between gap-2">
              <span className="font-medium">
                {l.product.name} → {l.partner.name}
              </span>
              <span data-testid="listing-stage">{t(stageLabel[l.stage])}</span>
            </p>
            {l.externalUrl && (
              <a
                href={l.externalUrl}
                className="text-sm text-brand-700 underline"
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('Lihat di {partner}', { partner: l.partner.name })}
              </a>
            )}
            {l.rejectionReason && l.stage === 'REJECTED' && (
              <p className="text-sm text-red-800">
                {t('Alasan ditolak: {reason}', { reason: l.rejectionReason })}
              </p>
            )}
            <ul className="flex flex-wrap gap-2 text-xs">
              {l.readiness.map((r) => (
                <li
                  key={r.code}
                  className={`rounded px-2 py-0.5 ${r.met ? 'bg-green-100 text-green-900' : 'bg-red-100 text-red-900'}`}
                >
                  {r.met ? '✓' : '✗'} {t(r.label)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
