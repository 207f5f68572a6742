import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { opdSpendingFor } from '@/lib/procurement/transparency';
import { SpendingTable } from '@/app/components/spending-table';
import { SpendCharts } from '@/app/components/spend-charts';
import { getPhrases } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Laporan belanja OPD ke UMKM' };

export default async function DinasReportPage() {
  await requirePageActor(['DINAS_ADMIN'], '/dinas/laporan');
  const [rows, t] = await Promise.all([opdSpendingFor(), getPhrases()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('Belanja OPD ke UMKM per bulan')}</h1>
      <p className="flex gap-3">
        <a className="btn-secondary" href="/api/laporan/opd?format=csv">
          {t('Ekspor CSV')}
        </a>
        <a className="btn-secondary" href="/api/laporan/opd?format=xlsx">
          {t('Ekspor XLSX')}
        </a>
      </p>
      <SpendCharts rows={rows} t={t} />
      <div className="overflow-x-auto">
        <SpendingTable rows={rows} />
      </div>
    </div>
  );
}
