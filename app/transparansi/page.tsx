import type { Metadata } from 'next';
import { publicOpdSpending } from '@/lib/procurement/transparency';
import { formatRupiah } from '@/lib/format/money';
import { getPhrases } from '@/lib/i18n/server';
import { SpendingTable } from '@/app/components/spending-table';
import { SpendCharts } from '@/app/components/spend-charts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPhrases();
  return {
    title: t('Transparansi belanja OPD ke UMKM'),
    description: t('Berapa yang dibelanjakan setiap OPD Pemerintah Kota Medan kepada UMKM lokal, per bulan.'),
  };
}

export default async function TransparencyPage() {
  const [rows, t] = await Promise.all([publicOpdSpending(), getPhrases()]);
  const total = rows.reduce((sum, r) => sum + r.umkmSpendIdr, 0);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('Transparansi: belanja OPD kepada UMKM Medan')}</h1>
      <p className="max-w-3xl text-slate-700">
        {t(
          'Wali Kota menginstruksikan setiap OPD memakai produk UMKM di setiap kegiatan. Halaman ini menunjukkan, tanpa data pribadi, berapa belanja setiap OPD kepada UMKM dibandingkan pagu kegiatannya (garis merah: target 40% untuk usaha kecil dan koperasi).',
        )}
      </p>
      <p className="text-lg">
        {t('Total belanja ke UMKM tercatat:')}{' '}
        <strong data-testid="total-spend">{formatRupiah(total)}</strong>
      </p>
      <p className="flex flex-wrap gap-3 text-sm">
        <a className="underline" href="/api/v1/transparency/opd-spending">
          {t('Data JSON')}
        </a>
        <a className="underline" href="/api/v1/transparency/opd-spending?format=csv">
          {t('Unduh CSV')}
        </a>
        <a className="underline" href="/api/v1/ocds/release-package">
          Open Contracting (OCDS 1.1)
        </a>
      </p>
      <SpendCharts rows={rows} t={t} />
      <div className="overflow-x-auto">
        <SpendingTable rows={rows} />
      </div>
    </div>
  );
}
