// The public record: document verification (/verifikasi/{code}) and document links.
export const record: Record<string, string> = {
  'Verifikasi dokumen': 'Document verification',
  'Berita Acara Pemeriksaan Barang': 'Goods inspection report',
  'Berita Acara Serah Terima (BAST)': 'Handover report (BAST)',
  'Jenis dokumen': 'Document type',
  Nomor: 'Number',
  Tanggal: 'Date',
  'UMKM penyedia': 'Supplying UMKM',
  'Nama kegiatan': 'Event',
  Nilai: 'Value',
  'Dokumen ini tercatat, tetapi telah diganti pada {date}.':
    'This document is on record, but was superseded on {date}.',
  'Lihat dokumen yang berlaku': 'See the document in force',
  'Dokumen ini asli dan berlaku: tercatat di Etalase UMKM Medan, Pemerintah Kota Medan.':
    'This document is genuine and in force: it is on record at Etalase UMKM Medan, Medan City Government.',
  'Data mesin:': 'Machine-readable:',
  'Cocokkan berkas PDF': 'Check a PDF file',
  'Unggah berkas PDF yang Anda terima. Sidik SHA-256-nya dihitung dan dibandingkan dengan yang tercatat.':
    'Upload the PDF file you received. Its SHA-256 fingerprint is computed and compared with the one on record.',
  'Berkas PDF': 'PDF file',
  'Memeriksa…': 'Checking…',
  'Periksa berkas': 'Check the file',
  'SHA-256 berkas:': 'File SHA-256:',
  'Cocok: berkas ini sama persis dengan dokumen yang tercatat.':
    'Match: this file is exactly the document on record.',
  'Tidak cocok: berkas ini berbeda dari dokumen yang tercatat. Isinya mungkin telah diubah.':
    'No match: this file differs from the document on record. Its content may have been altered.',
  'Pilih berkas PDF dokumen.': 'Choose the document’s PDF file.',
  'Berkas lebih dari 20 MB.': 'The file is larger than 20 MB.',
  'Dokumen tidak ditemukan.': 'Document not found.',
  'halaman verifikasi': 'verification page',
  'Tanda terima penyerahan bantuan': 'Aid delivery receipt',
  'Daftar hadir': 'Attendance list',
  'Penerima bantuan': 'Aid recipient',
  Kehadiran: 'Attendance',
  'Tanda terima (PDF)': 'Receipt (PDF)',
  'Daftar hadir (PDF)': 'Attendance list (PDF)',
  '{failed} dari {rows} baris gagal dan tidak diimpor; lihat laporan per baris.':
    '{failed} of {rows} rows failed and are not imported; see the report per row.',
};
