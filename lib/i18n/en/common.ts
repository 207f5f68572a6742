// English for the shared pages: cart, account, sign-up and password pages, transparency, bazaars,
// error pages, the footer, shared components and the labels and units used everywhere.
// Key: the Indonesian text as written in the code (lib/i18n/phrases.ts).
export const common: Record<string, string> = {
  // Cart (app/keranjang) and adding to it
  Keranjang: 'Cart',
  Jumlah: 'Quantity',
  Ubah: 'Update',
  Hapus: 'Remove',
  'Belanja memakai akun pembeli. Keluar, lalu masuk atau daftar sebagai pembeli.':
    'Shopping needs a shopper account. Sign out, then sign in or sign up as a shopper.',
  'Keranjang masih kosong.': 'Your cart is empty.',
  'Jelajahi katalog': 'Browse the catalog',
  'satu pesanan terpisah untuk UMKM ini': 'a separate order for this UMKM',
  'tidak dijual lagi': 'no longer for sale',
  'Subtotal:': 'Subtotal:',
  'Total:': 'Total:',
  'Masuk untuk memesan': 'Sign in to order',
  atau: 'or',
  'daftar sebagai pembeli': 'sign up as a shopper',
  '— isi keranjang Anda tetap tersimpan.': '— your cart stays saved.',
  'Pengiriman dan pembayaran': 'Delivery and payment',
  'Nama penerima': "Recipient's name",
  'Nomor HP/WhatsApp': 'Mobile/WhatsApp number',
  'Alamat pengiriman': 'Delivery address',
  'Catatan untuk penjual (opsional)': 'Notes for the seller (optional)',
  'Metode pembayaran': 'Payment method',
  'Transfer bank ke rekening UMKM (penjual mengonfirmasi penerimaan)':
    "Bank transfer to the UMKM's account (the seller confirms receipt)",
  'Kartu / dompet digital (Stripe)': 'Card / e-wallet (Stripe)',
  'Buat pesanan': 'Place order',
  'Stok habis.': 'Sold out.',
  'Tambah ke keranjang': 'Add to cart',
  'Lihat keranjang': 'View cart',
  'Jumlah harus bilangan bulat dari 1 sampai 10.000.': 'Quantity must be a whole number from 1 to 10,000.',
  'Stok tidak cukup untuk jumlah itu.': 'Not enough stock for that quantity.',
  'Stok tidak cukup untuk jumlah itu: tersisa {n}.': 'Not enough stock for that quantity: {n} left.',

  // Shopper account (app/akun)
  'Akun saya': 'My account',
  'Halo, {name}': 'Hello, {name}',
  'Terima kasih! Pesanan {numbers} sudah diteruskan ke penjual.':
    'Thank you! Your order {numbers} has been passed on to the seller.',
  'Pesanan saya': 'My orders',
  'Belum ada pesanan.': 'No orders yet.',
  'Jelajahi katalog UMKM Medan': "Browse the catalog of Medan's UMKM",
  lunas: 'paid',
  'belum dibayar': 'not paid yet',
  'Alasan pembatalan: {reason}': 'Reason for cancellation: {reason}',

  // Shop order status and payment methods (app/components/order-status.ts)
  'Menunggu pembayaran': 'Awaiting payment',
  'Dikonfirmasi penjual': 'Confirmed by the seller',
  'Dikirim / siap diambil': 'Shipped / ready for pickup',
  Selesai: 'Completed',
  Dibatalkan: 'Cancelled',
  'Transfer bank': 'Bank transfer',
  'Bayar di tempat': 'Cash on delivery',
  'Kartu (Stripe)': 'Card (Stripe)',

  // Procurement labels (app/components/procurement-labels.ts)
  Draf: 'Draft',
  'Dipesan (Surat Pesanan)': 'Ordered (purchase order)',
  'Diterima UMKM': 'Accepted by the UMKM',
  Dikirim: 'Delivered',
  'Serah terima (BAST)': 'Handed over (BAST)',
  Lunas: 'Paid',
  'Ditolak UMKM': 'Declined by the UMKM',
  'Surat Pesanan': 'Purchase order (Surat Pesanan)',
  'Pemeriksaan barang': 'Goods inspection',
  BAST: 'Handover record (BAST)',
  'Bukti pembayaran': 'Proof of payment',
  'Surat Pesanan diterbitkan': 'Purchase order issued',
  'UMKM menerima pesanan': 'UMKM accepted the order',
  'UMKM menolak pesanan': 'UMKM declined the order',
  'UMKM menandai barang terkirim': 'UMKM marked the goods as delivered',
  'BAST ditandatangani': 'BAST signed',
  'Pembayaran dicatat': 'Payment recorded',
  'Pesanan dibatalkan': 'Order cancelled',

  // Sign up, sign in, password (app/daftar, app/masuk, app/lupa-sandi, app/atur-ulang-sandi)
  Daftar: 'Sign up',
  Masuk: 'Sign in',
  'Saya mendaftar sebagai': 'I am signing up as',
  'Pemilik UMKM': 'UMKM owner',
  Pembeli: 'Shopper',
  'Nama lengkap': 'Full name',
  Email: 'Email',
  'Kata sandi (min. 10 karakter, huruf dan angka)': 'Password (min. 10 characters, letters and numbers)',
  'Lupa kata sandi': 'Forgot password',
  'Tulis email akun Anda. Kami kirim tautan untuk membuat kata sandi baru; tautan berlaku 1 jam dan hanya sekali pakai.':
    "Enter your account's email. We will send you a link to create a new password; the link is valid for 1 hour and can be used only once.",
  'Kirim tautan': 'Send link',
  'Ingat kata sandi?': 'Remember your password?',
  'Atur ulang kata sandi': 'Reset password',
  'Tautan tidak lengkap. Buka tautan dari email Anda, atau':
    'The link is incomplete. Open the link from your email, or',
  'minta tautan baru': 'request a new link',
  'Kata sandi baru (min. 10 karakter, huruf dan angka)':
    'New password (min. 10 characters, letters and numbers)',
  'Simpan kata sandi baru': 'Save new password',

  // Public transparency page and spending table
  'Transparansi belanja OPD ke UMKM': 'Transparency: OPD spending with UMKM',
  'Berapa yang dibelanjakan setiap OPD Pemerintah Kota Medan kepada UMKM lokal, per bulan.':
    'How much each agency (OPD) of the Medan City Government spends with local UMKM, per month.',
  'Transparansi: belanja OPD kepada UMKM Medan': "Transparency: OPD spending with Medan's UMKM",
  'Wali Kota menginstruksikan setiap OPD memakai produk UMKM di setiap kegiatan. Halaman ini menunjukkan, tanpa data pribadi, berapa belanja setiap OPD kepada UMKM dibandingkan pagu kegiatannya (garis merah: target 40% untuk usaha kecil dan koperasi).':
    "The Mayor has instructed every OPD to use UMKM products at every event. This page shows, without personal data, how much each OPD spends with UMKM compared with its events' budget ceiling (pagu) (red line: the 40% target for small businesses and cooperatives).",
  'Total belanja ke UMKM tercatat:': 'Total recorded spending with UMKM:',
  'Data JSON': 'JSON data',
  'Unduh CSV': 'Download CSV',
  Bulan: 'Month',
  Kegiatan: 'Events',
  'Pakai UMKM': 'With UMKM',
  'Belanja UMKM': 'UMKM spending',
  Pagu: 'Budget ceiling (pagu)',
  'Porsi UMKM': 'UMKM share',
  'UMKM berbeda': 'Distinct UMKM',
  'UMKM baru': 'New UMKM',
  Januari: 'January',
  Februari: 'February',
  Maret: 'March',
  April: 'April',
  Mei: 'May',
  Juni: 'June',
  Juli: 'July',
  Agustus: 'August',
  September: 'September',
  Oktober: 'October',
  November: 'November',
  Desember: 'December',

  // Public bazaar page
  'Bazar UMKM Medan': 'Medan UMKM bazaars',
  'Bazar dan pameran UMKM binaan Kota Medan yang akan datang.':
    'Upcoming bazaars and exhibitions of the UMKM supported by the City of Medan.',
  'Bazar & pameran UMKM Medan': 'Medan UMKM bazaars & exhibitions',
  'Belum ada bazar terjadwal.': 'No bazaars scheduled yet.',

  // Photo upload (products, premises)
  'Tambah foto (JPEG/PNG/WebP, langsung dari kamera ponsel pun bisa)':
    'Add a photo (JPEG/PNG/WebP; straight from a phone camera works too)',
  Unggah: 'Upload',

  // Error pages
  'Halaman tidak ditemukan': 'Page not found',
  'Alamat ini tidak ada atau sudah dipindahkan.': 'This address does not exist or has been moved.',
  'Ke beranda': 'Go to the home page',
  'Akses ditolak': 'Access denied',
  'Halaman ini bukan untuk peran akun Anda.': "This page is not for your account's role.",
  'Ke dasbor saya': 'Go to my dashboard',
  'Terjadi kesalahan': 'Something went wrong',
  'Maaf, permintaan Anda tidak dapat diproses saat ini. Silakan coba lagi.':
    'Sorry, your request cannot be processed right now. Please try again.',
  'Coba lagi': 'Try again',
  'Jika masalah berlanjut, sebutkan kode laporan ini kepada Dinas':
    'If it keeps happening, quote this report code to the Dinas',
  'Maaf, Etalase UMKM Medan tidak dapat dimuat saat ini. Silakan coba lagi sebentar lagi.':
    'Sorry, Etalase UMKM Medan cannot be loaded right now. Please try again shortly.',

  // Footer
  'Bazar UMKM': 'UMKM bazaars',
  'Transparansi belanja OPD': 'OPD spending transparency',
  'API publik': 'Public API',
  'Status layanan': 'Service status',

  // Results of the server actions (shown by FormMessage / FieldError)
  'Keranjang kosong.': 'The cart is empty.',
  'Keranjang diperbarui.': 'Cart updated.',
  'Pesanan dibuat.': 'Order placed.',
  'Pendaftaran diterima. Kami juga mengirim email ke alamat itu. Jika alamat itu sudah punya akun, silakan masuk atau atur ulang kata sandi.':
    'Sign-up received. We have also sent an email to that address. If that address already has an account, please sign in or reset the password.',
  'Email ini sudah terdaftar.': 'This email is already registered.',
  'Jika email itu terdaftar, tautan untuk mengatur ulang kata sandi sudah dikirim ke sana. Tautan berlaku 1 jam.':
    'If that email is registered, a link to reset the password has been sent to it. The link is valid for 1 hour.',
  'Kata sandi baru tersimpan. Silakan masuk dengan kata sandi baru.':
    'Your new password is saved. Please sign in with the new password.',
  'Tautan ini tidak berlaku lagi.': 'This link is no longer valid.',
  'Tautan sudah dipakai atau kedaluwarsa. Minta tautan baru di halaman Lupa kata sandi.':
    'The link has already been used or has expired. Request a new link on the Forgot password page.',
  'Terdaftar di bazar.': 'Registered for the bazaar.',
  'Omzet tercatat.': 'Sales recorded.',
  'Permintaan dikirim ke Dinas. Lengkapi persyaratan yang masih kurang.':
    'Request sent to the Dinas. Complete the requirements that are still missing.',
  'Produk tidak tersedia.': 'This product is not available.',
  'Produk tidak ditemukan.': 'Product not found.',
  'Produk tidak ada di keranjang.': 'The product is not in the cart.',
  'Pembayaran kartu belum tersedia.': 'Card payment is not available yet.',
  'Pembayaran kartu (Stripe) belum diaktifkan. Pilih transfer bank atau bayar di tempat.':
    'Card payment (Stripe) is not enabled yet. Choose bank transfer or cash on delivery.',
  'Pembayaran kartu sedang tidak dapat diproses. Pesanan dibatalkan dan stok dikembalikan; coba lagi atau pilih transfer bank.':
    'Card payment cannot be processed right now. The order was cancelled and the stock returned; try again or choose bank transfer.',
  'Periksa kembali isian yang ditandai.': 'Please check the marked fields.',
  'Tersimpan.': 'Saved.',
  'Data yang sama baru saja disimpan. Muat ulang halaman dan periksa kembali.':
    'The same data was just saved. Reload the page and check again.',
  'Data tidak ditemukan atau baru saja berubah.': 'The data was not found or has just changed.',
  'Isian berisi karakter yang tidak diizinkan (NUL).':
    'The input contains a character that is not allowed (NUL).',
  'Silakan masuk terlebih dahulu.': 'Please sign in first.',
  'Anda tidak berwenang melakukan ini.': 'You are not allowed to do this.',

  // Field errors of the cart, checkout, sign-up and password forms (lib/shop/schema.ts,
  // lib/auth/schema.ts); "X wajib diisi." and the like go by pattern with the label below.
  Nama: 'Name',
  Alamat: 'Address',
  Catatan: 'Notes',
  'Kata sandi': 'Password',
  'Nomor WhatsApp': 'WhatsApp number',
  'Produk wajib dipilih.': 'Choose a product.',
  'Tulis alamat pengiriman lengkap (minimal 10 karakter).':
    'Write the full delivery address (at least 10 characters).',
  'Pilih metode pembayaran.': 'Choose a payment method.',
  'Nomor WhatsApp harus nomor seluler Indonesia, contoh 0812 3456 7890.':
    'The WhatsApp number must be an Indonesian mobile number, e.g. 0812 3456 7890.',
  'Format email tidak valid, contoh: nama@contoh.id.': 'The email is not valid, e.g. name@example.id.',
  'Email terlalu panjang.': 'The email is too long.',
  'Kata sandi harus memuat huruf.': 'The password must contain letters.',
  'Kata sandi harus memuat angka.': 'The password must contain numbers.',
  'Pilih Pembeli atau Pemilik UMKM.': 'Choose Shopper or UMKM owner.',
  'Tautan tidak lengkap.': 'The link is incomplete.',
  'Tautan tidak lengkap atau rusak. Salin seluruh tautan dari email.':
    'The link is incomplete or broken. Copy the whole link from the email.',

  // Product units (lib/catalog/product-schema.ts)
  kotak: 'box',
  porsi: 'portion',
  pcs: 'pcs',
  bungkus: 'pack',
  botol: 'bottle',
  kg: 'kg',
  lembar: 'sheet',
  set: 'set',
  meter: 'metre',
  loyang: 'baking tray',
  toples: 'jar',
  batang: 'stick',
  rim: 'ream',

  // Product categories (prisma/seed/reference-data.ts)
  'Katering & Nasi Kotak': 'Catering & boxed meals',
  'Snack Box & Kue Basah': 'Snack boxes & cakes',
  'Oleh-oleh & Kue Khas': 'Souvenir foods & local cakes',
  'Kopi & Minuman': 'Coffee & drinks',
  'Keripik & Makanan Ringan': 'Chips & snacks',
  'Bumbu & Sambal': 'Spices & sambal',
  'Kerajinan Tangan': 'Handicrafts',
  'Fashion, Ulos & Tenun': 'Fashion, ulos & weaving',
  'Suvenir & Cendera Mata': 'Souvenirs',
  'Percetakan & ATK': 'Printing & office supplies',
};
