import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page-guard';
import { dinasOverview } from '@/lib/dashboard/dashboards';
import { formatRupiah } from '@/lib/format/money';
import { Stat } from '@/app/components/stat';
import { getPhrases } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Dasbor Dinas' };

export default async function DinasDashboard() {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas');
  const [stats, t] = await Promise.all([dinasOverview(actor), getPhrases()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold" data-testid="dashboard-title">
        {t('Dasbor Dinas Koperasi UKM')}
      </h1>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t('UMKM binaan (terverifikasi)')} value={stats.verified} testId="stat-verified" />
        <Stat label={t('Menunggu verifikasi')} value={stats.submitted} testId="stat-submitted" />
        <Stat label={t('Produk tayang di katalog')} value={stats.publishedProducts} />
        <Stat label={t('Belanja OPD ke UMKM')} value={formatRupiah(stats.spendIdr)} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href="/dinas/verifikasi" className="btn">
          {t('Buka antrean verifikasi')}
        </Link>
        <Link href="/dinas/umkm" className="btn-secondary">
          {t('Registri UMKM')}
        </Link>
        <Link href="/dinas/pengguna" className="btn-secondary">
          {t('Kelola akun OPD & Dinas')}
        </Link>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href="/dinas/program" className="btn-secondary">
          {t('Program bantuan dan pelatihan')}
        </Link>
        <Link href="/dinas/cakupan" className="btn-secondary">
          {t('Cakupan bantuan dan pelatihan')}
        </Link>
        <Link href="/dinas/koperasi" className="btn-secondary">
          {t('Registri koperasi')}
        </Link>
      </div>
    </div>
  );
}
