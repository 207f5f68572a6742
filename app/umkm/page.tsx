import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { msmeOwnerOverview } from '@/lib/dashboard/dashboards';
import { Stat } from '@/app/components/stat';
import { getPhrases } from '@/lib/i18n/server';
import { ownerProgramHistory } from '@/lib/programs/delivery';
import { OwnerHistory } from '@/app/components/program/owner-history';

export const metadata: Metadata = { title: 'Dasbor UMKM' };

const statusLabel: Record<string, string> = {
  DRAFT: 'Draf (belum diajukan)',
  SUBMITTED: 'Diajukan, menunggu verifikasi Dinas',
  VERIFIED: 'Terverifikasi sebagai UMKM binaan',
  NEEDS_CHANGES: 'Perlu perbaikan',
  SUSPENDED: 'Dibekukan',
};

export default async function MsmeDashboard() {
  const actor = await requirePageActor(['MSME_OWNER'], '/umkm');
  const [overview, history, t] = await Promise.all([
    msmeOwnerOverview(actor),
    ownerProgramHistory(actor),
    getPhrases(),
  ]);
  if (!overview) {
    return (
      <div className="card max-w-xl space-y-3">
        <h1 className="text-2xl font-semibold" data-testid="dashboard-title">
          {t('Selamat datang, {name}', { name: actor.name })}
        </h1>
        <p>
          {t(
            'Daftarkan usaha Anda dalam pendataan ulang UMKM Kota Medan untuk diverifikasi sebagai UMKM binaan dan menjual di katalog.',
          )}
        </p>
        <Link href="/umkm/profil" className="btn">
          {t('Daftarkan usaha')}
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold" data-testid="dashboard-title">
        {overview.name}
      </h1>
      <p data-testid="msme-status" className="card">
        {t('Status:')} <strong>{t(statusLabel[overview.status])}</strong>
        {overview.status === 'NEEDS_CHANGES' && overview.reviewNote && (
          <span className="block text-red-800">
            {t('Catatan Dinas: {note}', { note: overview.reviewNote })}
          </span>
        )}
      </p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t('Kelengkapan profil')} value={`${overview.completeness}%`} />
        <Stat label={t('Produk tayang')} value={overview.productsByStatus.PUBLISHED ?? 0} />
        <Stat label={t('Pesanan OPD aktif')} value={overview.openOpdOrders} />
        <Stat label={t('Pesanan pembeli aktif')} value={overview.openShopOrders} />
      </div>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('Riwayat bantuan dan pelatihan')}</h2>
        <OwnerHistory entries={history.filter((e) => e.status === 'ACCEPTED')} t={t} />
        <Link href="/umkm/program" className="text-brand-700 underline">
          {t('Lihat program terbuka')}
        </Link>
      </section>
    </div>
  );
}
