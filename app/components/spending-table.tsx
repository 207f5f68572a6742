import type { OpdMonth } from '@/lib/procurement/transparency';
import { formatRupiah } from '@/lib/format/money';
import { formatMonth, formatPercent } from '@/lib/format/labels';

/** Per OPD per month, with a bar for the UMKM share of the events' pagu (the city's 40% target marked). */
export function SpendingTable({ rows }: { rows: OpdMonth[] }) {
  return (
    <table className="w-full bg-white text-sm" data-testid="spending-table">
      <thead className="bg-slate-100 text-left">
        <tr>
          <th className="p-2">Bulan</th>
          <th className="p-2">OPD</th>
          <th className="p-2">Kegiatan</th>
          <th className="p-2">Pakai UMKM</th>
          <th className="p-2">Belanja UMKM</th>
          <th className="p-2">Pagu</th>
          <th className="p-2">Porsi UMKM</th>
          <th className="p-2">UMKM berbeda</th>
          <th className="p-2">UMKM baru</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.opdCode}-${r.month}`} className="border-t">
            <td className="p-2">{formatMonth(r.month)}</td>
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
            <td className="p-2">{r.distinctUmkm}</td>
            <td className="p-2">{r.firstTimeUmkm}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
