import { kecamatanTiles } from '@/lib/programs/tile-map';

// Medan's 21 kecamatan as an SVG tile map (positions in lib/programs/tile-map.ts, north at the
// top), shaded by a figure, with the value on every tile and a legend. Made on the server; the same
// figures are in the table beside it.

export type MapTile = { code: string; name: string; value: number | null; label: string };

const escape = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
/** value 0..1 → a green from light to dark. */
const shadeOf = (value: number) => `hsl(160 60% ${Math.round(85 - value * 70)}%)`;

export function kecamatanMapSvg(input: {
  key: string;
  title: string;
  description: string;
  tiles: MapTile[];
  legend: { low: string; high: string; hidden: string };
}) {
  const size = 96;
  const gap = 4;
  const cols = 5;
  const rows = 6;
  const tiles = input.tiles
    .filter((tile) => kecamatanTiles[tile.code])
    .map((tile) => {
      const { col, row } = kecamatanTiles[tile.code];
      const x = (col - 1) * (size + gap);
      const y = (row - 1) * (size + gap);
      const dark = tile.value !== null && tile.value > 0.5;
      const ink = dark ? '#ffffff' : '#0f172a';
      const fill = tile.value === null ? `url(#${input.key}-hatch)` : shadeOf(tile.value);
      return (
        `<g data-code="${tile.code}"><title>${escape(`${tile.name}: ${tile.label}`)}</title>` +
        `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="6" fill="${fill}" stroke="#cbd5e1"/>` +
        `<text x="${x + 6}" y="${y + 18}" font-size="11" fill="${ink}">${escape(tile.name.replace(/^Medan /, ''))}</text>` +
        `<text x="${x + 6}" y="${y + size - 10}" font-size="18" font-weight="700" fill="${ink}">${escape(tile.label)}</text></g>`
      );
    })
    .join('');
  const legendY = rows * (size + gap) + 8;
  const steps = [0, 0.25, 0.5, 0.75, 1]
    .map((v, i) => `<rect x="${60 + i * 22}" y="${legendY}" width="22" height="12" fill="${shadeOf(v)}"/>`)
    .join('');
  const legend =
    `<text x="0" y="${legendY + 10}" font-size="11">${escape(input.legend.low)}</text>${steps}` +
    `<text x="${60 + 5 * 22 + 6}" y="${legendY + 10}" font-size="11">${escape(input.legend.high)}</text>` +
    `<rect x="${260}" y="${legendY}" width="22" height="12" fill="url(#${input.key}-hatch)" stroke="#cbd5e1"/>` +
    `<text x="${288}" y="${legendY + 10}" font-size="11">${escape(input.legend.hidden)}</text>`;
  const width = cols * (size + gap);
  const height = legendY + 20;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${input.key}-t ${input.key}-d" viewBox="0 0 ${width} ${height}" width="100%" font-family="Inter, system-ui, sans-serif">` +
    `<title id="${input.key}-t">${escape(input.title)}</title><desc id="${input.key}-d">${escape(input.description)}</desc>` +
    `<defs><pattern id="${input.key}-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#f8fafc"/><rect width="4" height="8" fill="#e2e8f0"/></pattern></defs>` +
    `${tiles}${legend}</svg>`
  );
}
