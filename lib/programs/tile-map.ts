// Medan's 21 kecamatan as a tile map: one square each, in roughly their geographic places (north at
// the top: Belawan on the coast, Tuntungan and Johor in the south). Column and row from 1.
export const kecamatanTiles: Record<string, { col: number; row: number }> = {
  '12.71.08': { col: 4, row: 1 }, // Medan Belawan
  '12.71.12': { col: 3, row: 2 }, // Medan Marelan
  '12.71.13': { col: 4, row: 2 }, // Medan Labuhan
  '12.71.03': { col: 2, row: 3 }, // Medan Helvetia
  '12.71.05': { col: 3, row: 3 }, // Medan Barat
  '12.71.06': { col: 4, row: 3 }, // Medan Deli
  '12.71.02': { col: 1, row: 4 }, // Medan Sunggal
  '12.71.19': { col: 2, row: 4 }, // Medan Petisah
  '12.71.20': { col: 3, row: 4 }, // Medan Timur
  '12.71.18': { col: 4, row: 4 }, // Medan Perjuangan
  '12.71.14': { col: 5, row: 4 }, // Medan Tembung
  '12.71.21': { col: 1, row: 5 }, // Medan Selayang
  '12.71.17': { col: 2, row: 5 }, // Medan Baru
  '12.71.15': { col: 3, row: 5 }, // Medan Maimun
  '12.71.01': { col: 4, row: 5 }, // Medan Kota
  '12.71.10': { col: 5, row: 5 }, // Medan Area
  '12.71.07': { col: 1, row: 6 }, // Medan Tuntungan
  '12.71.16': { col: 2, row: 6 }, // Medan Polonia
  '12.71.11': { col: 3, row: 6 }, // Medan Johor
  '12.71.09': { col: 4, row: 6 }, // Medan Amplas
  '12.71.04': { col: 5, row: 6 }, // Medan Denai
};
