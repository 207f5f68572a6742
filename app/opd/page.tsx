import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { opdOverview } from '@/lib/dashboard/dashboards';
import { formatRupiah } from '@/lib/format/money';
import { Stat } from '@/app/components/stat';

export const metadata: Metadata = { title: 'Dasbor OPD' };

export default async function OpdDashboard() {
  const actor = await requirePageActor(['OPD_STAFF'], '/opd');
  const stats = await opdOverview(actor);
  if (!stats) return <p className="card">Akun Anda belum terhubung ke OPD. Hubungi admin Dinas.</p>;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold" data-testid="dashboard-title">Dasbor Pengadaan · {stats.opdName}</h1>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Kegiatan" value={stats.events} />
        <Stat label="Pesanan lunas" value={stats.ordersByStatus.PAID ?? 0} />
        <Stat label="Belanja ke UMKM" value={formatRupiah(stats.committedSpendIdr)} />
        <Stat label="UMKM berbeda yang dilibatkan" value={stats.distinctMsmes} />
      </div>
    </div>
  );
}
