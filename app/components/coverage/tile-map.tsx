import { kecamatanTiles } from '@/lib/programs/tile-map';
import type { Translate } from '@/lib/i18n/translate';

export type Tile = { code: string; name: string; value: number | null; label: string };

/**
 * The kecamatan as tiles shaded by `value` (0..1, darker = more); null shows as hatched ("<5").
 * The same figures are in the table beside it, for screen readers and exact reading.
 */
export function TileMap({ tiles, title, t }: { tiles: Tile[]; title: string; t: Translate }) {
  return (
    <figure className="card space-y-2">
      <figcaption className="font-medium">{title}</figcaption>
      <div className="grid grid-cols-5 gap-1" role="img" aria-label={title} data-testid="tile-map">
        {tiles.map((tile) => {
          const place = kecamatanTiles[tile.code];
          const shade = tile.value === null ? null : Math.round(15 + tile.value * 70);
          return (
            <div
              key={tile.code}
              className="flex aspect-square min-w-0 flex-col justify-between overflow-hidden rounded p-1 text-[0.6rem] leading-tight sm:text-xs"
              style={{
                gridColumn: place?.col,
                gridRow: place?.row,
                background:
                  shade === null
                    ? 'repeating-linear-gradient(45deg,#e2e8f0,#e2e8f0 4px,#f8fafc 4px,#f8fafc 8px)'
                    : `hsl(160 60% ${100 - shade}%)`,
                color: shade !== null && shade > 50 ? 'white' : '#0f172a',
              }}
              title={`${tile.name}: ${tile.label}`}
            >
              <span className="break-words">{tile.name.replace(/^Medan /, '')}</span>
              <strong>{tile.label}</strong>
            </div>
          );
        })}
      </div>
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
