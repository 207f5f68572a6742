import type { Metadata } from 'next';
import { publicOpdSpending } from '@/lib/procurement/transparency';
import { formatRupiah } from '@/lib/format/money';
import { SpendingTable } from '@/app/components/spending-table';

export const metadata: Metadata = {
  title: 'Transparansi belanja OPD ke UMKM',
  description: 'Berapa yang dibelanjakan setiap OPD Pemerintah Kota Medan kepada UMKM lokal, per bulan.',
};

export default async function TransparencyPage() {
  const rows = await publicOpdSpending();
  const total = rows.reduce((sum, r) => sum + r.umkmSpendIdr, 0);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Transparansi: belanja OPD kepada UMKM Medan</h1>
      <p className="max-w-3xl text-slate-700">
        Wali Kota menginstruksikan setiap OPD memakai produk UMKM di setiap kegiatan. Halaman ini menunjukkan,
        tanpa data pribadi, berapa belanja setiap OPD kepada UMKM dibandingkan pagu kegiatannya (garis merah:
        target 40% untuk usaha kecil dan koperasi).
      </p>
      <p className="text-lg">
        Total belanja ke UMKM tercatat: <strong data-testid="total-spend">{formatRupiah(total)}</strong>
      </p>
      <p className="flex flex-wrap gap-3 text-sm">
        <a className="underline" href="/api/v1/transparency/opd-spending">
          Data JSON
        </a>
        <a className="underline" href="/api/v1/transparency/opd-spending?format=csv">
          Unduh CSV
        </a>
        <a className="underline" href="/api/v1/ocds/release-package">
          Open Contracting (OCDS 1.1)
        </a>
      </p>
      <div className="overflow-x-auto">
        <SpendingTable rows={rows} />
      </div>
    </div>
  );
}
