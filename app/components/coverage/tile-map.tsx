import { kecamatanMapSvg, type MapTile } from '@/lib/charts/kecamatan-map';
import type { Translate } from '@/lib/i18n/translate';

export type Tile = MapTile;

/**
 * The kecamatan as an SVG tile map shaded by `value` (0..1, darker = more); null is hatched ("<5").
 * The same figures are in the table beside it, for screen readers and exact reading.
 */
export function TileMap({
  tiles,
  title,
  t,
  id = 'peta',
}: {
  tiles: Tile[];
  title: string;
  t: Translate;
  id?: string;
}) {
  const svg = kecamatanMapSvg({
    key: id,
    title,
    description: tiles.map((tile) => `${tile.name}: ${tile.label}`).join('; '),
    tiles,
    legend: { low: t('sedikit'), high: t('banyak'), hidden: t('disembunyikan (<5)') },
  });
  return (
    <figure className="card space-y-2">
      <figcaption className="font-medium">{title}</figcaption>
      <div data-testid="tile-map" dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="text-xs text-slate-600">
        {t('Petak disusun kira-kira sesuai letak kecamatan (utara di atas). Arsiran: angka disembunyikan.')}
      </p>
    </figure>
  );
}

/** Horizontal bars, one per row, with the figure written beside each. */
export function Bars({
  rows,
  title,
}: {
  rows: { label: string; value: number; text: string }[];
  title: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure className="card space-y-1">
      <figcaption className="font-medium">{title}</figcaption>
      {rows.map((r) => (
        <div key={r.label} className="grid grid-cols-[8rem_1fr_4rem] items-center gap-2 text-sm">
          <span className="truncate" translate="no">
            {r.label}
          </span>
          <span className="h-3 rounded bg-slate-100">
            <span className="block h-3 rounded bg-brand-600" style={{ width: `${(100 * r.value) / max}%` }} />
          </span>
          <span className="text-right tabular-nums">{r.text}</span>
        </div>
      ))}
    </figure>
  );
}
