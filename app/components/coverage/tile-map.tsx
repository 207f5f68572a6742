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
