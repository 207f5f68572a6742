// Charts and the kecamatan map on the dashboards (lib/charts).
export const charts: Record<string, string> = {
  'Pendaftaran dan verifikasi UMKM per bulan': 'UMKM registrations and verifications per month',
  'Jumlah UMKM yang mengajukan pendataan dan yang diverifikasi setiap bulan, 12 bulan terakhir.':
    'How many UMKM submitted their registration and how many were verified each month, over the last 12 months.',
  Diverifikasi: 'Verified',
  'Penerima bantuan dan pelatihan per OPD': 'Aid and training recipients per OPD',
  'Jumlah UMKM penerima program setiap OPD. OPD dengan kurang dari 5 penerima tidak digambar.':
    'How many UMKM each OPD’s programs reached. OPDs with fewer than 5 recipients are not drawn.',
  'UMKM menurut status pendataan': 'UMKM by registration status',
  'Jumlah UMKM di setiap status pendataan saat ini, dari draf sampai terverifikasi.':
    'How many UMKM are in each registration status now, from draft to verified.',
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
  'Belanja OPD ini kepada UMKM per bulan': 'This OPD’s spending with UMKM per month',
  'Jumlah belanja OPD ini kepada UMKM setiap bulan kegiatan, dalam Rupiah.':
    'What this OPD spent with UMKM in each month of its events, in Rupiah.',
  'Belanja per bulan': 'Spending per month',
  'Listing per tahap dan median hari di tiap tahap': 'Listings per stage and median days in each stage',
  'Jumlah listing di setiap tahap onboarding kanal, dan median lama (hari) listing berada di tahap itu.':
    'How many listings are at each onboarding stage, and the median number of days listings spend in it.',
  'Median hari': 'Median days',
  'Omzet bazar per peserta': 'Bazaar sales per participant',
  'Omzet yang tercatat untuk setiap UMKM peserta bazar, dalam Rupiah.':
    'The sales recorded for each participating UMKM, in Rupiah.',
  Peserta: 'Participant',
  'Bagian UMKM yang pernah dibantu per kecamatan': 'Share of UMKM ever helped, per kecamatan',
  'Persentase UMKM terdaftar di setiap kecamatan yang pernah menerima bantuan atau pelatihan.':
    'The percentage of registered UMKM in each kecamatan that has ever received aid or training.',
  'Peta menurut': 'Map by',
  'Porsi terverifikasi (%)': 'Share verified (%)',
  'Belanja OPD ke UMKM di kecamatan ini': 'OPD spending with UMKM located here',
  Kuota: 'Quota',
};
