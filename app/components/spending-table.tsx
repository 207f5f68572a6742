import type { OpdMonth } from '@/lib/procurement/transparency';
import { formatRupiah } from '@/lib/format/money';
import { formatMonth, formatPercent } from '@/lib/format/labels';
import { getPhrases } from '@/lib/i18n/server';
import type { Translate } from '@/lib/i18n/translate';

// formatMonth writes "November 2026"; the month name is translated on its own.
function monthLabel(yearMonth: string, t: Translate) {
  const text = formatMonth(yearMonth);
  const [month, year] = text.split(' ');
  return year ? `${t(month)} ${year}` : text;
}

/**
 * Per OPD per month, with a bar for the UMKM share of the pagu of events already held (the city's 40%
 * target marked); events still to come are shown apart, so their pagu does not shrink the share.
 */
export async function SpendingTable({ rows }: { rows: OpdMonth[] }) {
  const t = await getPhrases();
  return (
    <table className="w-full bg-white text-sm" data-testid="spending-table">
      <thead className="bg-slate-100 text-left">
        <tr>
          <th className="p-2">{t('Bulan')}</th>
          <th className="p-2">OPD</th>
          <th className="p-2">{t('Kegiatan')}</th>
          <th className="p-2">{t('Pakai UMKM')}</th>
          <th className="p-2">{t('Belanja UMKM')}</th>
          <th className="p-2">{t('Pagu kegiatan yang sudah berlangsung')}</th>
          <th className="p-2">{t('Porsi UMKM')}</th>
          <th className="p-2">{t('Kegiatan mendatang (pagu)')}</th>
          <th className="p-2">{t('UMKM berbeda')}</th>
          <th className="p-2">{t('UMKM baru')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.opdCode}-${r.month}`} className="border-t">
            <td className="p-2">{monthLabel(r.month, t)}</td>
            <td className="p-2">{r.opd}</td>
            <td className="p-2">{r.eventsHeld}</td>
            <td className="p-2">{r.eventsWithUmkm}</td>
            <td className="p-2">{formatRupiah(r.umkmSpendIdr)}</td>
            <td className="p-2">{formatRupiah(r.paguIdr)}</td>
            <td className="p-2">
              <span className="flex items-center gap-2">
                <span className="relative inline-block h-3 w-24 rounded bg-slate-200" aria-hidden="true">
                  <span
                    className="absolute inset-y-0 left-0 rounded bg-brand-600"
                    style={{ width: `${Math.min(100, r.umkmSharePct ?? 0)}%` }}
                  />
                  <span className="absolute inset-y-0 w-px bg-red-700" style={{ left: '40%' }} />
                </span>
                {formatPercent(r.umkmSharePct)}
              </span>
            </td>
            <td className="p-2">
              {r.eventsUpcoming > 0 ? `${r.eventsUpcoming} (${formatRupiah(r.paguUpcomingIdr)})` : '—'}
            </td>
            <td className="p-2">{r.distinctUmkm}</td>
            <td className="p-2">{r.firstTimeUmkm}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
