import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { opdOverview } from '@/lib/dashboard/dashboards';
import { formatRupiah } from '@/lib/format/money';
import { Stat } from '@/app/components/stat';
import Link from 'next/link';
import { opdSpendingFor } from '@/lib/procurement/transparency';
import { SpendingTable } from '@/app/components/spending-table';

export const metadata: Metadata = { title: 'Dasbor OPD' };

export default async function OpdDashboard() {
  const actor = await requirePageActor(['OPD_STAFF'], '/opd');
  const stats = await opdOverview(actor);
  const months = actor.opdId ? await opdSpendingFor(actor.opdId) : [];
  if (!stats) return <p className="card">Akun Anda belum terhubung ke OPD. Hubungi admin Dinas.</p>;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold" data-testid="dashboard-title">
        Dasbor Pengadaan · {stats.opdName}
      </h1>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Kegiatan" value={stats.events} />
        <Stat label="Pesanan lunas" value={stats.ordersByStatus.PAID ?? 0} />
        <Stat label="Belanja ke UMKM" value={formatRupiah(stats.committedSpendIdr)} />
        <Stat label="UMKM berbeda yang dilibatkan" value={stats.distinctMsmes} />
      </div>
      <p className="flex flex-wrap gap-3">
        <Link href="/opd/kegiatan" className="btn">
          Kegiatan &amp; pengadaan
        </Link>
        <a className="btn-secondary" href="/api/laporan/opd?format=csv">
          Ekspor CSV
        </a>
        <a className="btn-secondary" href="/api/laporan/opd?format=xlsx">
          Ekspor XLSX
        </a>
      </p>
      <section className="overflow-x-auto">
        <h2 className="mb-2 text-lg font-semibold">Per bulan</h2>
        <SpendingTable rows={months} />
      </section>
    </div>
  );
}
