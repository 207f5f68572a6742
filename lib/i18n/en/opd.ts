// English for the opd texts (key: the Indonesian text as written in the code). See lib/i18n/phrases.ts.
export const opd: Record<string, string> = {
  // Dashboard (app/opd/page.tsx)
  'Dasbor OPD': 'OPD dashboard',
  'Dasbor Pengadaan · {opd}': 'Procurement dashboard · {opd}',
  Kegiatan: 'Events',
  'Pesanan lunas': 'Paid orders',
  'Belanja ke UMKM': 'Spending with UMKM',
  'UMKM berbeda yang dilibatkan': 'Different UMKM involved',
  'Kegiatan & pengadaan': 'Events & procurement',
  'Ekspor CSV': 'Export CSV',
  'Ekspor XLSX': 'Export XLSX',
  'Per bulan': 'By month',

  // Events (app/opd/kegiatan)
  'Kegiatan OPD': 'OPD events',
  'pagu {amount} · {count} pesanan': 'budget {amount} · {count} order(s)',
  'Kegiatan baru': 'New event',
  'Nama kegiatan': 'Event name',
  'Waktu mulai (WIB)': 'Start time (WIB)',
  Tempat: 'Venue',
  'Kecamatan (opsional)': 'District (kecamatan, optional)',
  'Jumlah peserta': 'Number of participants',
  'Pagu anggaran (Rupiah)': 'Budget ceiling (pagu), in rupiah',
  'Sumber anggaran': 'Budget source',
  Lainnya: 'Other',
  'Kode kegiatan/sub kegiatan (opsional)': 'Activity/sub-activity code (optional)',
  'Buat kegiatan': 'Create event',

  // One event (app/opd/kegiatan/[id])
  '{count} peserta': '{count} participants',
  'Pagu {amount} · terpakai {used} · sisa {left}':
    'Budget ceiling (pagu) {amount} · committed {used} · remaining {left}',
  Kebutuhan: 'Needs',
  Konsumsi: 'Catering',
  Barang: 'Goods',
  'antar {time}': 'delivery {time}',
  'Cari UMKM': 'Find UMKM',
  'Penawaran: {need} ({quantity} {unit})': 'Quotations: {need} ({quantity} {unit})',
  'Batas {deadline} · diundang: {invited} · status {status}':
    'Deadline {deadline} · invited: {invited} · status {status}',
  terbuka: 'open',
  'sudah dimenangkan': 'awarded',
  dibatalkan: 'cancelled',
  'Belum ada penawaran.': 'No quotations yet.',
  UMKM: 'UMKM',
  'Harga satuan': 'Unit price',
  Total: 'Total',
  Catatan: 'Notes',
  Contoh: 'Sample',
  'Contoh dari {msme}': 'Sample from {msme}',
  Menangkan: 'Award',
  'Menangkan {msme}': 'Award the order to {msme}',
  Pemenang: 'Winner',
  Pesanan: 'Orders',

  // Order statuses (app/components/procurement-labels.ts, procurementStatusLabel)
  Draf: 'Draft',
  'Dipesan (Surat Pesanan)': 'Ordered (purchase order)',
  'Diterima UMKM': 'Accepted by the UMKM',
  Dikirim: 'Delivered',
  'Serah terima (BAST)': 'Handed over (BAST)',
  Lunas: 'Paid',
  'Ditolak UMKM': 'Declined by the UMKM',
  Dibatalkan: 'Cancelled',

  // Adding a need (need-form.tsx)
  Jenis: 'Type',
  'Konsumsi (snack box, nasi kotak)': 'Catering (snack boxes, boxed meals)',
  'Uraian kebutuhan': 'Description of the need',
  'Kategori produk': 'Product category',
  Semua: 'All',
  Jumlah: 'Quantity',
  Satuan: 'Unit',
  'Antar mulai (WIB)': 'Delivery from (WIB)',
  'Antar paling lambat (WIB)': 'Deliver by (WIB)',
  'Tambah kebutuhan': 'Add need',

  // Candidates for a need (app/opd/kebutuhan/[needId])
  'Cari UMKM untuk kebutuhan': 'Find UMKM for a need',
  '← Kembali ke kegiatan': '← Back to the event',
  'Antar {time}. UMKM yang sanggup tampil di atas; di antaranya yang paling jarang menang pesanan OPD didahulukan agar pesanan tersebar merata.':
    'Delivery: {time}. UMKM that can take the order are listed first; among them, those that have won OPD orders least often come first, so that orders are spread evenly.',
  Kecamatan: 'District',
  'Halal saja': 'Halal only',
  Saring: 'Narrow down',
  Pilih: 'Select',
  'Pilih {msme}': 'Select {msme}',
  Produk: 'Products',
  Harga: 'Price',
  'Kapasitas / persiapan': 'Capacity / lead time',
  'Menang 12 bln': 'Wins (12 mo)',
  'Pernah menang': 'Ever won',
  '{days} hari': '{days} days',
  'Tidak sanggup: {reason}': 'Cannot deliver: {reason}',
  'Penawaran ditutup; OPD sedang memutuskan.': 'Quotations are closed; the OPD is deciding.',
  'Dimenangkan penawaran lain: {price}/{unit} (total {total}).':
    'Won by another quotation: {price}/{unit} (total {total}).',
  'Penawaran Anda peringkat {rank} dari {count}.': 'Your quotation ranked {rank} of {count}.',
  'Anda tidak mengirim penawaran.': 'You did not send a quotation.',
  'Permintaan dibatalkan.': 'The request was cancelled.',
  'Tetapkan {msme} sebagai pemenang dan terbitkan Surat Pesanan senilai {total}?':
    'Make {msme} the winner and issue the purchase order (Surat Pesanan) for {total}?',
  'Ya, tetapkan': 'Yes, award',
  'Alasan bila dikirim sebelum jadwal pengantaran': 'Reason, if delivered before the delivery window',
  'Pengantaran baru dibuka {date}. Tulis alasan bila dikirim lebih awal.':
    'Delivery opens {date}. Write a reason to deliver earlier.',
  'Tulis alasan pengiriman lebih awal (minimal 5 karakter).':
    'Write the reason for delivering early (at least 5 characters).',
  Kembali: 'Back',
  'Penawaran belum dapat diputuskan sebelum batasnya ({date}): baru {answered} dari {invited} UMKM yang diundang menjawab.':
    'Quotations cannot be decided before their deadline ({date}): only {answered} of the {invited} invited UMKM have answered.',
  // Why a UMKM cannot supply a need (lib/procurement/fit.ts), filled in by the server.
  'stok {stock}, kurang dari {quantity}': 'stock {stock}, less than {quantity}',
  'perlu {lead} hari persiapan, tersedia {days} hari': 'needs {lead} days to prepare, {days} days available',
  'kapasitas {capacity}/hari × {days} hari = {total}, kurang dari {quantity}':
    'capacity {capacity}/day × {days} days = {total}, less than {quantity}',
  '{name} tidak sanggup memenuhi kebutuhan ini: {reason}.': '{name} cannot supply this need: {reason}.',
  'tidak menjual barang yang sesuai kebutuhan ini': 'sells nothing that fits this need',
  'Belum ada UMKM yang sanggup memenuhi kebutuhan ini tepat waktu. Ubah jumlah atau tanggal pengantaran, atau kirim permintaan penawaran.':
    'No UMKM can supply this need in time yet. Change the quantity or the delivery date, or send a request for quotation.',
  Ya: 'Yes',
  'Belum pernah': 'Never',
  'Batas penawaran (WIB)': 'Quotation deadline (WIB)',
  'Kirim permintaan penawaran': 'Send request for quotation',
  'Atau pesan langsung dari katalog': 'Or order directly from the catalog',
  'Buat Surat Pesanan': 'Create purchase order (Surat Pesanan)',
};
