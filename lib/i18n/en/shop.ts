// Shop orders a buyer can pay and receive (#19): transfer details, receipts, pickup or delivery.
export const shop: Record<string, string> = {
  Diantar: 'Delivered',
  'Ambil sendiri': 'Pick up myself',
  'Ambil di: {address}': 'Pick up at: {address}',
  'Alamat lain untuk pesanan ini (kosongkan bila sama)':
    'Another address for this order (leave empty if the same)',
  'Tanggal diambil': 'Pickup date',
  'Tanggal diantar': 'Delivery date',
  'Paling cepat {date} (perlu {days} hari persiapan).':
    'At the earliest {date} (needs {days} days to prepare).',
  'Paling cepat hari ini.': 'As early as today.',
  'UMKM ini belum mencantumkan rekening: bayar di tempat.':
    'This UMKM has not registered a bank account: pay on delivery.',
  'Keranjang ini sudah dipesan (pesanan {numbers}).': 'This cart has been ordered (order {numbers}).',
  'Lihat pesanan saya': 'See my orders',
  'Transfer ke rekening UMKM': "Transfer to the UMKM's account",
  Bank: 'Bank',
  'Nomor rekening': 'Account number',
  'Atas nama': 'Account holder',
  'Jumlah tepat': 'Exact amount',
  'Berita / referensi': 'Transfer note / reference',
  'Bayar sebelum': 'Pay before',
  'Bukti transfer terkirim {date}; menunggu konfirmasi penjual.':
    "Receipt sent {date}; waiting for the seller's confirmation.",
  'Tanpa transfer sampai batas waktu, pesanan dibatalkan dan stok dikembalikan.':
    'Without a transfer by the deadline, the order is cancelled and the stock returned.',
  'Unggah foto bukti transfer': 'Upload a photo of the transfer receipt',
  'Ganti foto bukti transfer': 'Replace the receipt photo',
  'Kirim bukti transfer': 'Send the receipt',
  'Diambil {date} di {address}': 'Picked up {date} at {address}',
  'Diantar {date} ke {address}': 'Delivered {date} to {address}',
  'Dipesan {date}': 'Ordered {date}',
  'Diambil pembeli {date}: {name} · WA {phone}': 'Picked up by the buyer {date}: {name} · WhatsApp {phone}',
  'Diantar {date} ke: {name}, {address} · WA {phone}':
    'Deliver {date} to: {name}, {address} · WhatsApp {phone}',
  'Transfer {amount} dengan berita {reference}, batas {deadline}.':
    'Transfer of {amount} with note {reference}, due {deadline}.',
  'Lihat bukti transfer dari pembeli ({date})': "See the buyer's transfer receipt ({date})",
  'Pembeli belum mengunggah bukti transfer.': 'The buyer has not uploaded a receipt yet.',
  // Server messages
  'Transfer tidak diterima sampai batas waktu; stok dikembalikan.':
    'No transfer was received by the deadline; the stock was returned.',
  'Bukti transfer terkirim ke penjual.': 'Receipt sent to the seller.',
  'Bukti transfer hanya untuk pesanan transfer bank.': 'Receipts are for bank-transfer orders only.',
  'Pesanan sudah dibatalkan; bukti tidak dapat diunggah.':
    'The order was cancelled; no receipt can be uploaded.',
  'Pembayaran sudah dikonfirmasi penjual.': 'The seller has already confirmed the payment.',
  'Bukti transfer tidak ditemukan.': 'Receipt not found.',
  'Periksa kembali pengiriman tiap UMKM yang ditandai.': 'Check the marked delivery details for each UMKM.',
  'Pilih tanggal diantar.': 'Choose the delivery date.',
  'Pilih tanggal diambil.': 'Choose the pickup date.',
  'Paling cepat {date}: {product} perlu {days} hari persiapan.':
    'At the earliest {date}: {product} needs {days} days to prepare.',
  'Tanggal tidak boleh sebelum hari ini.': 'The date cannot be before today.',
  'Paling lambat 180 hari dari hari ini.': 'At most 180 days from today.',
  '{msme} belum mencantumkan rekening bank. Pilih bayar di tempat untuk pesanan ini.':
    '{msme} has not registered a bank account. Choose pay on delivery for this order.',
  'Keranjang ini sudah dipesan di tab lain (pesanan {numbers}). Muat ulang halaman.':
    'This cart was already ordered in another tab (order {numbers}). Reload the page.',
  'Keranjang ini sudah dipesan di tab lain (pesanan {numbers}). Lihat "Pesanan saya".':
    'This cart was already ordered in another tab (order {numbers}). See "My orders".',
  'Produk tidak ada di keranjang. Muat ulang halaman.': 'The product is not in the cart. Reload the page.',
  'Tanggal diantar/diambil wajib diisi.': 'The delivery or pickup date is required.',
  'Tanggal diantar/diambil bukan tanggal yang benar. Tulis hh/bb/tttt, misalnya 17/08/2027.':
    'The delivery or pickup date is not a valid date. Write dd/mm/yyyy, e.g. 17/08/2027.',
  'Pilih diantar atau ambil sendiri.': 'Choose delivery or pickup.',
};
