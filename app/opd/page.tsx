import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { opdOverview } from '@/lib/dashboard/dashboards';
import { formatRupiah } from '@/lib/format/money';
import { Stat } from '@/app/components/stat';
import Link from 'next/link';
import { opdSpendingFor } from '@/lib/procurement/transparency';
import { SpendingTable } from '@/app/components/spending-table';
import { SpendCharts } from '@/app/components/spend-charts';
import { getPhrases } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return { title: t('Dasbor OPD') };
}

export default async function OpdDashboard() {
  const actor = await requirePageActor(['OPD_STAFF'], '/opd');
  const [stats, t] = await Promise.all([opdOverview(actor), getPhrases()]);
  const months = actor.opdId ? await opdSpendingFor(actor.opdId) : [];
  if (!stats) return <p className="card">{t('Akun Anda belum terhubung ke OPD. Hubungi admin Dinas.')}</p>;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold" data-testid="dashboard-title">
        {t('Dasbor Pengadaan · {opd}', { opd: stats.opdName })}
      </h1>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t('Kegiatan')} value={stats.events} />
        <Stat label={t('Pesanan lunas')} value={stats.ordersByStatus.PAID ?? 0} />
        <Stat label={t('Belanja ke UMKM')} value={formatRupiah(stats.spendIdr)} testId="spend-with-umkm" />
        <Stat label={t('UMKM berbeda yang dilibatkan')} value={stats.distinctMsmes} />
      </div>
      <p className="flex flex-wrap gap-3">
        <Link href="/opd/kegiatan" className="btn">
          {t('Kegiatan & pengadaan')}
        </Link>
        <a className="btn-secondary" href="/api/laporan/opd?format=csv">
          {t('Ekspor CSV')}
        </a>
        <a className="btn-secondary" href="/api/laporan/opd?format=xlsx">
          {t('Ekspor XLSX')}
        </a>
        <a className="btn-secondary" href="/api/laporan/opd?format=csv&sheet=pesanan">
          {t('Ekspor CSV per pesanan')}
        </a>
      </p>
      <SpendCharts rows={months} t={t} ownOpd />
      <section className="overflow-x-auto">
        <h2 className="mb-2 text-lg font-semibold">{t('Per bulan')}</h2>
        <SpendingTable rows={months} />
      </section>
    </div>
  );
}
