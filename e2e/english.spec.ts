// The English interface is complete (issue #12): every page a role can reach, rendered in English,
// shows none of the Indonesian interface words below. Text marked translate="no" (names and
// descriptions people wrote) and form values are left out.
import { test, expect, signInAs } from './fixtures';
import { reachablePages } from './pages';

const INDONESIAN_UI =
  /\b(Simpan|Tambah|Hapus|Ubah|Pilih|Kirim|Terapkan|Tayangkan|Ajukan|Unggah|Tampilkan|Lihat|Kembali|Belum|Sudah|Masuk|Keluar|Keranjang|Pesanan|Kegiatan|Dasbor|Urutkan|Semua|Menunggu|Diterima|Ditolak|Dibatalkan|Lunas|Tanggal|Jumlah|Harga|Catatan|Alamat|Dibuat|Tidak|Berikutnya|Kelola|Ekspor|Impor|Cari|Tutup|Batal|Setujui|Kembalikan|Pemilik|Penawaran|Pengadaan|Verifikasi|Stok|Akun|Kata sandi|Nonaktif|Peran|Sembunyikan|Rincian|Terverifikasi|Bantuan|Kelengkapan|Jelajahi)\b/g;

for (const role of [null, 'SHOPPER', 'MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN'] as const) {
  test(`English pages show no Indonesian interface text (${role ?? 'signed out'})`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    if (role) await signInAs(page, role);
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    const found: string[] = [];
    for (const path of await reachablePages(page, role)) {
      await page.goto(path);
      const text = await page.evaluate(() => {
        const parts: string[] = [];
        const walk = (node: Node) => {
          if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
          if (node.nodeType !== Node.ELEMENT_NODE) return;
          const el = node as HTMLElement;
          if (el.getAttribute('translate') === 'no' || ['SCRIPT', 'STYLE', 'TEXTAREA'].includes(el.tagName))
            return;
          if (el.tagName === 'SELECT') return; // options are checked through their labels below
          for (const attr of ['placeholder', 'aria-label', 'alt', 'title']) {
            const value = el.getAttribute(attr);
            if (value) parts.push(value);
          }
          el.childNodes.forEach(walk);
        };
        walk(document.body);
        document.querySelectorAll('select option').forEach((o) => {
          if (!o.closest('[translate="no"]')) parts.push(o.textContent ?? '');
        });
        return parts.join(' \n ');
      });
      // Official document names are kept beside their English, e.g. "purchase order (Surat Pesanan)".
      const words = [...new Set(text.replace(/Surat Pesanan/g, '').match(INDONESIAN_UI) ?? [])];
      if (words.length) found.push(`${path}: ${words.join(', ')}`);
    }
    expect(found).toEqual([]);
  });
}
