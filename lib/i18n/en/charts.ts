// Charts and the kecamatan map on the dashboards (lib/charts).
export const charts: Record<string, string> = {
  'Pendaftaran dan verifikasi UMKM per bulan': 'UMKM registrations and verifications per month',
  'Jumlah UMKM yang mengajukan pendataan dan yang diverifikasi setiap bulan, 12 bulan terakhir.':
    'How many UMKM submitted their registration and how many were verified each month, over the last 12 months.',
  Diverifikasi: 'Verified',
  'UMKM terdaftar per kecamatan': 'Registered UMKM per kecamatan',
  'Terdaftar dan terverifikasi per kecamatan': 'Registered and verified per kecamatan',
  Terverifikasi: 'Verified',
  'Porsi terverifikasi': 'Share verified',
  sedikit: 'few',
  banyak: 'many',
  'disembunyikan (<5)': 'hidden (<5)',
  'Belanja OPD kepada UMKM per bulan': 'OPD spending with UMKM per month',
  'Jumlah belanja semua OPD kepada UMKM setiap bulan kegiatan, dalam Rupiah.':
    'What all OPDs spent with UMKM in each month of their events, in Rupiah.',
  Rupiah: 'Rupiah',
  'Porsi belanja UMKM dari pagu kegiatan, dengan garis target 40%':
    'UMKM share of the event budget (pagu), with the 40% target line',
  'Porsi pagu kegiatan yang sudah berlangsung yang dibelanjakan kepada UMKM, per bulan, dibandingkan target 40%.':
    'The share of the pagu of events already held that was spent with UMKM, per month, against the 40% target.',
  'target 40%': '40% target',
  'Belanja per bulan, semua OPD': 'Spending per month, all OPDs',
  'Pagu kegiatan berlangsung': 'Pagu of events held',
  'Porsi UMKM per bulan': 'UMKM share per month',
};
