import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { opdSpendingFor } from '@/lib/procurement/transparency';
import { SpendingTable } from '@/app/components/spending-table';

export const metadata: Metadata = { title: 'Laporan belanja OPD ke UMKM' };

export default async function DinasReportPage() {
  await requirePageActor(['DINAS_ADMIN'], '/dinas/laporan');
  const rows = await opdSpendingFor();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Belanja OPD ke UMKM per bulan</h1>
      <p className="flex gap-3">
        <a className="btn-secondary" href="/api/laporan/opd?format=csv">
          Ekspor CSV
        </a>
        <a className="btn-secondary" href="/api/laporan/opd?format=xlsx">
          Ekspor XLSX
        </a>
      </p>
      <div className="overflow-x-auto">
        <SpendingTable rows={rows} />
      </div>
    </div>
  );
}
