// English for messages the server builds with values in them (names, amounts, counts). Each is
// matched by its shape; `tr` translates a fragment that is itself a phrase (a stage, a step, a
// requirement), and leaves names as they are. Checked before the label patterns in phrases.ts.
type Tr = (text: string) => string;
type Make = (tr: Tr, ...groups: string[]) => string;

const list = (tr: Tr, items: string) => items.split(', ').map(tr).join(', ');
const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;

export const messagesWithValues: [RegExp, Make][] = [
  [
    /^Paling banyak (\d+) foto per produk\.$/,
    (_, n) => `At most ${plural(n, 'photo', 'photos')} per product.`,
  ],
  [
    /^Paling banyak (\d+) foto tempat usaha\.$/,
    (_, n) => `At most ${plural(n, 'photo', 'photos')} of the premises.`,
  ],
  [/^Paling banyak (\d+) foto\.$/, (_, n) => `At most ${plural(n, 'photo', 'photos')}.`],
  [/^Paling banyak (\d+) baris per impor\.$/, (_, n) => `At most ${n} rows per import.`],
  [
    /^Kolom wajib tidak ada: (.+)\.( Gunakan templat\.)?$/,
    (_, c, t) => `Required columns missing: ${c}.${t ? ' Use the template.' : ''}`,
  ],
  [
    /^Kategori "(.*)" tidak dikenal\. Pilihan: (.+)\.$/,
    (_, c, options) => `Category "${c}" is not known. Choose from: ${options}.`,
  ],
  [/^Kecamatan "(.*)" tidak ada di Kota Medan\.$/, (_, k) => `There is no kecamatan "${k}" in Kota Medan.`],
  [
    /^Kelurahan "(.*)" tidak ada di Kecamatan (.+)\.$/,
    (_, k, kec) => `There is no kelurahan "${k}" in Kecamatan ${kec}.`,
  ],
  [/^NIB sama dengan baris (\d+) di berkas ini\.$/, (_, r) => `Same NIB as row ${r} of this file.`],
  [
    /^Kemungkinan duplikat: (NIB|NIK|WhatsApp) sama dengan "(.+)"\.$/,
    (_, f, n) => `Possible duplicate: same ${f} as "${n}".`,
  ],
  [/^Stan (.+) sudah dipakai UMKM lain\.$/, (_, c) => `Booth ${c} is already taken by another UMKM.`],
  [/^Stan (.+) sudah terisi\.$/, (_, c) => `Booth ${c} is taken.`],
  [/^Stan (.+) ditetapkan\.$/, (_, c) => `Booth ${c} assigned.`],
  [/^Produk ini sudah terdaftar untuk (.+)\.$/, (_, p) => `This product is already listed for ${p}.`],
  [
    /^Sudah ada listing (.+) untuk produk ini\.$/,
    (_, p) => `There is already a ${p} listing for this product.`,
  ],
  [
    /^Tidak bisa langsung dari "(.+)" ke "(.+)"\. Tahap berikutnya: (.+)\.$/,
    (tr, from, to, next) =>
      `Cannot go straight from "${tr(from)}" to "${tr(to)}". Next stages: ${list(tr, next)}.`,
  ],
  [/^Belum lengkap: (.+)\.$/, (tr, items) => `Not complete yet: ${list(tr, items)}.`],
  [/^Listing dipindah ke tahap "(.+)"\.$/, (tr, s) => `Listing moved to the stage "${tr(s)}".`],
  [/^(\d+) listing dipindah\.$/, (_, n) => `${plural(n, 'listing', 'listings')} moved.`],
  [
    /^Pesanan berstatus (\w+) tidak dapat (.+)\.$/,
    (tr, status, step) => `An order with status ${status} cannot be ${tr(step)}.`,
  ],
  [
    /^(.+) belum terverifikasi sebagai UMKM binaan, sehingga tidak dapat menerima pesanan OPD\.$/,
    (_, n) => `${n} is not yet verified as an UMKM under Dinas guidance, so it cannot receive OPD orders.`,
  ],
  [
    /^Nilai pesanan (Rp [\d.]+) melebihi batas pembelian langsung dari usaha kecil (Rp [\d.]+)\. Gunakan metode pengadaan lain; memecah paket untuk menghindarinya dilarang \(Perpres 16\/2018 jo\. 12\/2021 Pasal 20\)\.$/,
    (_, v, limit) =>
      `The order value ${v} is above the direct purchase limit from a small business of ${limit}. Use another procurement method; splitting the package to avoid it is not allowed (Perpres 16/2018 as amended by 12/2021, article 20).`,
  ],
  [
    /^Bersama pesanan sebelumnya untuk kebutuhan yang sama \((Rp [\d.]+)\), paket ini menjadi (Rp [\d.]+), melebihi batas pembelian langsung (Rp [\d.]+)\. Memecah paket untuk menghindari metode pengadaan dilarang \(Perpres 16\/2018 jo\. 12\/2021 Pasal 20\); gunakan metode pengadaan lain untuk sisanya\.$/,
    (_, prior, total, limit) =>
      `With the earlier orders for the same need (${prior}), this package comes to ${total}, above the direct purchase limit of ${limit}. Splitting a package to avoid a procurement method is not allowed (Perpres 16/2018 as amended by 12/2021, article 20); use another method for the rest.`,
  ],
  [
    /^Total pesanan kegiatan menjadi (Rp [\d.]+), melebihi pagu (Rp [\d.]+)\. Sisa pagu: (-?Rp [\d.]+)\.$/,
    (_, total, pagu, left) =>
      `The event's orders would total ${total}, above its budget of ${pagu}. Budget left: ${left}.`,
  ],
  [/^Stok (.+) tinggal (\d+)\.$/, (_, n, s) => `Only ${s} of ${n} left.`],
  [/^Stok tersisa (\d+)\.$/, (_, s) => `Only ${s} left in stock.`],
  [/^Minimum pesanan (.+) adalah (\d+)\.$/, (_, n, m) => `The minimum order for ${n} is ${m}.`],
  [/^Minimum pesanan (\d+)\.$/, (_, m) => `Minimum order: ${m}.`],
  [
    /^(.+) sudah tidak dijual\. Hapus dari keranjang\.$/,
    (_, n) => `${n} is no longer sold. Remove it from the cart.`,
  ],
  [
    /^Stok (.+) tidak cukup lagi\. Ubah jumlahnya di keranjang\.$/,
    (_, n) => `There is no longer enough ${n} in stock. Change the quantity in the cart.`,
  ],
  [
    /^Pesanan (diterima|ditolak|ditandai terkirim|diperiksa|ditandatangani \(BAST\)|dicatat lunas|dibatalkan|dikonfirmasi|dikirim|diselesaikan)\.$/,
    (tr, step) => `Order ${tr(step)}.`,
  ],
];

/** The order steps named in the messages above. */
export const stepWords: Record<string, string> = {
  diterima: 'accepted',
  ditolak: 'declined',
  'ditandai terkirim': 'marked as delivered',
  diperiksa: 'inspected',
  'ditandatangani (BAST)': 'signed (handover record, BAST)',
  'dicatat lunas': 'recorded as paid',
  dibatalkan: 'cancelled',
  dikonfirmasi: 'confirmed',
  dikirim: 'shipped',
  diselesaikan: 'completed',
};
