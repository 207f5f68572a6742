// Reference data that looks like Medan (sources in ../shared/domain/REFERENCE.md).
import type { OpdKind, PartnerKind } from '../../lib/generated/prisma/enums';

export const categories = [
  { slug: 'katering', name: 'Katering & Nasi Kotak', nameEn: 'Catering & boxed meals' },
  { slug: 'snack-box', name: 'Snack Box & Kue Basah', nameEn: 'Snack boxes & cakes' },
  { slug: 'oleh-oleh', name: 'Oleh-oleh & Kue Khas', nameEn: 'Souvenir foods & local cakes' },
  { slug: 'kopi-minuman', name: 'Kopi & Minuman', nameEn: 'Coffee & drinks' },
  { slug: 'makanan-ringan', name: 'Keripik & Makanan Ringan', nameEn: 'Chips & snacks' },
  { slug: 'bumbu-sambal', name: 'Bumbu & Sambal', nameEn: 'Spices & sambal' },
  { slug: 'kerajinan', name: 'Kerajinan Tangan', nameEn: 'Handicrafts' },
  { slug: 'fashion-ulos', name: 'Fashion, Ulos & Tenun', nameEn: 'Fashion, ulos & weaving' },
  { slug: 'suvenir', name: 'Suvenir & Cendera Mata', nameEn: 'Souvenirs' },
  { slug: 'percetakan-atk', name: 'Percetakan & ATK', nameEn: 'Printing & office supplies' },
] as const;

export type CategorySlug = (typeof categories)[number]['slug'];

const opdNames: [string, string, OpdKind][] = [
  ['SETDA', 'Sekretariat Daerah', 'SEKRETARIAT'],
  ['SETWAN', 'Sekretariat DPRD', 'SEKRETARIAT'],
  ['INSPEKTORAT', 'Inspektorat', 'INSPEKTORAT'],
  ['DISDIK', 'Dinas Pendidikan', 'DINAS'],
  ['DINKES', 'Dinas Kesehatan', 'DINAS'],
  ['DPU', 'Dinas Pekerjaan Umum', 'DINAS'],
  ['DPKPCKTR', 'Dinas Perumahan, Kawasan Permukiman, Cipta Karya dan Tata Ruang', 'DINAS'],
  ['SATPOLPP', 'Satuan Polisi Pamong Praja', 'SATUAN'],
  ['DAMKAR', 'Dinas Pemadam Kebakaran dan Penyelamatan', 'DINAS'],
  ['DINSOS', 'Dinas Sosial', 'DINAS'],
  ['DISNAKER', 'Dinas Tenaga Kerja', 'DINAS'],
  ['DKP', 'Dinas Ketahanan Pangan', 'DINAS'],
  ['DLH', 'Dinas Lingkungan Hidup', 'DINAS'],
  ['DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'DINAS'],
  ['DPPKB', 'Dinas Pengendalian Penduduk dan Keluarga Berencana', 'DINAS'],
  ['DP3A', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'DINAS'],
  ['DISHUB', 'Dinas Perhubungan', 'DINAS'],
  ['DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'DINAS'],
  ['DISKOPUKMPERINDAG', 'Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan', 'DINAS'],
  ['DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DINAS'],
  ['DISPORA', 'Dinas Pemuda dan Olahraga', 'DINAS'],
  ['DISBUD', 'Dinas Kebudayaan', 'DINAS'],
  ['DISPAR', 'Dinas Pariwisata', 'DINAS'],
  ['DPP', 'Dinas Pertanian dan Perikanan', 'DINAS'],
  ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'BADAN'],
  ['BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BADAN'],
  ['BAPENDA', 'Badan Pendapatan Daerah', 'BADAN'],
  ['BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BADAN'],
  ['BPBD', 'Badan Penanggulangan Bencana Daerah', 'BADAN'],
  ['KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik', 'BADAN'],
  ['RSUD-PIRNGADI', 'RSUD Dr. Pirngadi', 'RSUD'],
];

export function opdList(kecamatanNames: string[]) {
  const kecamatanOffices = kecamatanNames.map(
    (name) =>
      [`KEC-${name.toUpperCase().replace(/[^A-Z]+/g, '-')}`, `Kecamatan ${name}`, 'KECAMATAN'] as [
        string,
        string,
        OpdKind,
      ],
  );
  return [...opdNames, ...kecamatanOffices].map(([code, name, kind]) => ({ code, name, kind }));
}

const foodDeliveryReqs = [
  ['NIB', 'NIB (Nomor Induk Berusaha)'],
  ['KTP', 'KTP pemilik (NIK)'],
  ['BANK_ACCOUNT', 'Rekening bank'],
  ['PHOTOS', 'Foto menu/produk'],
  ['OUTLET_LOCATION', 'Lokasi outlet'],
] as const;
const marketplaceReqs = [
  ['KTP', 'KTP pemilik (NIK)'],
  ['BANK_ACCOUNT', 'Rekening bank'],
  ['PHOTOS', 'Foto produk'],
] as const;
const retailReqs = [
  ['NIB', 'NIB (Nomor Induk Berusaha)'],
  ['NPWP', 'NPWP'],
  ['HALAL', 'Sertifikat halal (produk pangan)'],
  ['PIRT_OR_BPOM', 'P-IRT atau BPOM MD'],
  ['GS1', 'Barcode GS1'],
  ['LABEL', 'Label kemasan sesuai ketentuan'],
  ['PHOTOS', 'Foto produk'],
  ['CAPACITY', 'Kapasitas pasokan terbukti'],
] as const;

export const channelPartners: {
  slug: string;
  name: string;
  kind: PartnerKind;
  website: string;
  reqs: readonly (readonly [string, string])[];
}[] = [
  {
    slug: 'grabfood',
    name: 'GrabFood',
    kind: 'FOOD_DELIVERY',
    website: 'https://food.grab.com',
    reqs: foodDeliveryReqs,
  },
  {
    slug: 'gofood',
    name: 'GoFood',
    kind: 'FOOD_DELIVERY',
    website: 'https://gofood.co.id',
    reqs: foodDeliveryReqs,
  },
  {
    slug: 'shopeefood',
    name: 'ShopeeFood',
    kind: 'FOOD_DELIVERY',
    website: 'https://shopee.co.id/m/shopeefood',
    reqs: foodDeliveryReqs,
  },
  {
    slug: 'shopee',
    name: 'Shopee',
    kind: 'MARKETPLACE',
    website: 'https://shopee.co.id',
    reqs: marketplaceReqs,
  },
  {
    slug: 'tokopedia',
    name: 'Tokopedia',
    kind: 'MARKETPLACE',
    website: 'https://www.tokopedia.com',
    reqs: marketplaceReqs,
  },
  {
    slug: 'tiktok-shop',
    name: 'TikTok Shop',
    kind: 'MARKETPLACE',
    website: 'https://shop.tiktok.com',
    reqs: marketplaceReqs,
  },
  {
    slug: 'blibli',
    name: 'Blibli',
    kind: 'MARKETPLACE',
    website: 'https://www.blibli.com',
    reqs: marketplaceReqs,
  },
  {
    slug: 'lazada',
    name: 'Lazada',
    kind: 'MARKETPLACE',
    website: 'https://www.lazada.co.id',
    reqs: marketplaceReqs,
  },
  {
    slug: 'indomaret',
    name: 'Indomaret',
    kind: 'MODERN_RETAIL',
    website: 'https://www.indomaret.co.id',
    reqs: retailReqs,
  },
  {
    slug: 'alfamart',
    name: 'Alfamart',
    kind: 'MODERN_RETAIL',
    website: 'https://alfamart.co.id',
    reqs: retailReqs,
  },
  {
    slug: 'brastagi',
    name: 'Brastagi Supermarket',
    kind: 'MODERN_RETAIL',
    website: 'https://brastagisupermarket.com',
    reqs: retailReqs,
  },
  {
    slug: 'suzuya',
    name: 'Suzuya',
    kind: 'MODERN_RETAIL',
    website: 'https://suzuyagroup.com',
    reqs: retailReqs,
  },
  {
    slug: 'transmart',
    name: 'Transmart',
    kind: 'MODERN_RETAIL',
    website: 'https://www.transmart.co.id',
    reqs: retailReqs,
  },
];

type ProductTemplate = {
  name: string;
  price: number;
  unit: string;
  desc: string;
  stock?: boolean;
  capacity?: number;
  lead?: number;
  minOrder?: number;
};

// Per category: business name stems and product templates.
export const catalogTemplates: Record<CategorySlug, { businesses: string[]; products: ProductTemplate[] }> = {
  katering: {
    businesses: [
      'Katering Bunda Rasa',
      'Dapur Mak Ijah',
      'Katering Berkah Deli',
      'Rumah Makan Sederhana Tembung',
      'Katering Sinar Minang',
      'Dapur Arsik Toba',
      'Katering Amanah Helvetia',
    ],
    products: [
      {
        name: 'Nasi Kotak Ayam Gulai',
        price: 35000,
        unit: 'kotak',
        desc: 'Nasi putih, ayam gulai, sayur daun ubi tumbuk, sambal, kerupuk dan buah.',
        capacity: 400,
        lead: 2,
        minOrder: 20,
      },
      {
        name: 'Nasi Kotak Rendang',
        price: 40000,
        unit: 'kotak',
        desc: 'Nasi putih, rendang daging sapi, perkedel, sayur nangka, sambal hijau.',
        capacity: 300,
        lead: 2,
        minOrder: 20,
      },
      {
        name: 'Nasi Kotak Arsik Ikan Mas',
        price: 42000,
        unit: 'kotak',
        desc: 'Arsik ikan mas bumbu andaliman khas Batak, nasi, sayur dan kerupuk.',
        capacity: 150,
        lead: 3,
        minOrder: 20,
      },
      {
        name: 'Prasmanan Paket Rapat',
        price: 55000,
        unit: 'porsi',
        desc: 'Prasmanan untuk rapat dan acara: dua lauk utama, sayur, buah, air mineral.',
        capacity: 500,
        lead: 3,
        minOrder: 50,
      },
      {
        name: 'Coffee Break Paket A',
        price: 20000,
        unit: 'porsi',
        desc: 'Dua kue basah, satu gorengan, kopi atau teh manis.',
        capacity: 600,
        lead: 1,
        minOrder: 30,
      },
    ],
  },
  'snack-box': {
    businesses: [
      'Kue Basah Nenek Ros',
      'Snack Box Cahaya',
      'Dapur Kue Melati',
      'Kedai Kue Putri Deli',
      'Lapis Legit Bu Tan',
    ],
    products: [
      {
        name: 'Snack Box Isi 3 (Lemper, Risol, Kue Lapis)',
        price: 12000,
        unit: 'kotak',
        desc: 'Lemper ayam, risol sayur, kue lapis, air mineral gelas.',
        capacity: 800,
        lead: 1,
        minOrder: 25,
      },
      {
        name: 'Snack Box Isi 4 Premium',
        price: 17500,
        unit: 'kotak',
        desc: 'Bolu gulung, pastel, dadar gulung, lemper, air mineral.',
        capacity: 500,
        lead: 1,
        minOrder: 25,
      },
      {
        name: 'Kue Lapis Legit Loyang',
        price: 185000,
        unit: 'loyang',
        desc: 'Lapis legit 20 x 20 cm, mentega wisman, rempah pilihan.',
        capacity: 15,
        lead: 3,
        stock: true,
      },
      {
        name: 'Roti Jala Kuah Kari',
        price: 25000,
        unit: 'porsi',
        desc: 'Roti jala lembut dengan kuah kari ayam khas Melayu Deli.',
        capacity: 200,
        lead: 1,
        minOrder: 10,
      },
    ],
  },
  'oleh-oleh': {
    businesses: [
      'Bika Ambon Zulaikha Jaya',
      'Bolu Meranti Mandiri',
      'Pancake Durian Si Ucok',
      'Dodol Durian Sei Sikambing',
      'Lemang Tebing Batang Kuis',
    ],
    products: [
      {
        name: 'Bika Ambon Original',
        price: 75000,
        unit: 'kotak',
        desc: 'Bika ambon khas Medan, berserat dan harum pandan, ukuran 20 x 20 cm.',
        stock: true,
        lead: 1,
      },
      {
        name: 'Bolu Meranti Keju',
        price: 90000,
        unit: 'kotak',
        desc: 'Bolu gulung lembut isi keju premium, oleh-oleh wajib dari Medan.',
        stock: true,
        lead: 1,
      },
      {
        name: 'Pancake Durian Isi 10',
        price: 95000,
        unit: 'kotak',
        desc: 'Pancake berisi daging durian Medan asli, dibekukan agar tahan perjalanan.',
        stock: true,
        lead: 1,
      },
      {
        name: 'Dodol Durian 500 g',
        price: 45000,
        unit: 'bungkus',
        desc: 'Dodol durian legit tanpa pengawet.',
        stock: true,
      },
      {
        name: 'Lemang Ketan Pulut',
        price: 35000,
        unit: 'batang',
        desc: 'Lemang dibakar dalam bambu, disajikan dengan tapai atau serikaya.',
        capacity: 100,
        lead: 1,
      },
      {
        name: 'Nastar Nanas Toples',
        price: 85000,
        unit: 'toples',
        desc: 'Nastar lumer selai nanas buatan sendiri, 500 g.',
        stock: true,
      },
    ],
  },
  'kopi-minuman': {
    businesses: [
      'Kopi Sidikalang Pak Sinaga',
      'Roastery Mandailing Jaya',
      'Sirup Markisa Brastagi Asli',
      'Kedai Teh Tarik Deli',
      'Gayo Coffee Sunggal',
    ],
    products: [
      {
        name: 'Kopi Sidikalang Bubuk 250 g',
        price: 45000,
        unit: 'bungkus',
        desc: 'Robusta Sidikalang sangrai sedang, digiling halus.',
        stock: true,
      },
      {
        name: 'Kopi Mandailing Biji Sangrai 200 g',
        price: 78000,
        unit: 'bungkus',
        desc: 'Arabika Mandailing single origin, sangrai medium.',
        stock: true,
      },
      {
        name: 'Kopi Gayo Arabika 250 g',
        price: 85000,
        unit: 'bungkus',
        desc: 'Arabika Gayo washed process, notes cokelat dan jeruk.',
        stock: true,
      },
      {
        name: 'Sirup Markisa 620 ml',
        price: 38000,
        unit: 'botol',
        desc: 'Sirup markisa asli tanpa pemanis buatan.',
        stock: true,
      },
      {
        name: 'Teh Tarik Sachet Isi 10',
        price: 32000,
        unit: 'kotak',
        desc: 'Teh tarik instan ala kedai Medan.',
        stock: true,
      },
    ],
  },
  'makanan-ringan': {
    businesses: [
      'Keripik Ubi Balado Mak Uteh',
      'Kacang Sihobuk Tarutung Medan',
      'Kerupuk Jengkol Marelan',
      'Teri Medan Belawan Jaya',
      'Keripik Pisang Sri Rejeki',
    ],
    products: [
      {
        name: 'Keripik Singkong Balado 250 g',
        price: 22000,
        unit: 'bungkus',
        desc: 'Keripik singkong renyah dengan bumbu balado pedas manis.',
        stock: true,
      },
      {
        name: 'Keripik Pisang Manis 250 g',
        price: 20000,
        unit: 'bungkus',
        desc: 'Keripik pisang kepok manis gurih.',
        stock: true,
      },
      {
        name: 'Kacang Sihobuk 500 g',
        price: 40000,
        unit: 'bungkus',
        desc: 'Kacang tanah sangrai pasir khas Tarutung.',
        stock: true,
      },
      {
        name: 'Teri Medan Kering 250 g',
        price: 48000,
        unit: 'bungkus',
        desc: 'Teri nasi Medan kering, bersih dan tidak asin berlebihan.',
        stock: true,
      },
      {
        name: 'Kerupuk Ikan Belawan 500 g',
        price: 30000,
        unit: 'bungkus',
        desc: 'Kerupuk ikan tenggiri mentah, tinggal goreng.',
        stock: true,
      },
      {
        name: 'Mie Gomak Kering 1 kg',
        price: 35000,
        unit: 'kg',
        desc: 'Mie gomak (mie lidi) khas Toba, kering.',
        stock: true,
      },
    ],
  },
  'bumbu-sambal': {
    businesses: ['Sambal Andaliman Opung', 'Bumbu Dapur Mak Nur', 'Sambel Roa Pasar Petisah'],
    products: [
      {
        name: 'Sambal Andaliman 200 g',
        price: 35000,
        unit: 'botol',
        desc: 'Sambal andaliman pedas getir khas Batak.',
        stock: true,
      },
      {
        name: 'Sambal Teri Medan 150 g',
        price: 32000,
        unit: 'botol',
        desc: 'Sambal teri kacang siap santap.',
        stock: true,
      },
      {
        name: 'Bumbu Rendang Instan',
        price: 18000,
        unit: 'bungkus',
        desc: 'Bumbu rendang lengkap untuk 1 kg daging.',
        stock: true,
      },
      {
        name: 'Sambel Bawang Pedas',
        price: 28000,
        unit: 'botol',
        desc: 'Sambel bawang super pedas dengan minyak kelapa.',
        stock: true,
      },
    ],
  },
  kerajinan: {
    businesses: [
      'Rajutan Tangan Nur',
      'Anyaman Pandan Labuhan',
      'Ukiran Kayu Gorga Medan',
      'Kriya Bambu Tuntungan',
    ],
    products: [
      {
        name: 'Tas Rajut Tangan',
        price: 125000,
        unit: 'pcs',
        desc: 'Tas rajutan benang katun, dikerjakan tangan.',
        stock: true,
        lead: 7,
      },
      {
        name: 'Dompet Rajutan Mini',
        price: 45000,
        unit: 'pcs',
        desc: 'Dompet koin rajutan warna-warni.',
        stock: true,
      },
      {
        name: 'Tikar Anyaman Pandan',
        price: 150000,
        unit: 'lembar',
        desc: 'Tikar pandan 150 x 200 cm motif Melayu.',
        stock: true,
      },
      {
        name: 'Hiasan Dinding Gorga Batak',
        price: 350000,
        unit: 'pcs',
        desc: 'Ukiran gorga kayu dengan cat tiga warna khas Batak.',
        lead: 14,
        capacity: 5,
      },
    ],
  },
  'fashion-ulos': {
    businesses: [
      'Tenun Ulos Boru Tobing',
      'Songket Deli Serdang Indah',
      'Batik Medan Ayu',
      'Konveksi Seragam Cemerlang',
    ],
    products: [
      {
        name: 'Ulos Ragi Hotang',
        price: 450000,
        unit: 'lembar',
        desc: 'Ulos tenun tangan Ragi Hotang, untuk pesta adat.',
        stock: true,
        lead: 14,
      },
      {
        name: 'Kain Songket Melayu Deli',
        price: 750000,
        unit: 'lembar',
        desc: 'Songket benang emas motif pucuk rebung.',
        stock: true,
        lead: 21,
      },
      {
        name: 'Kemeja Batik Medan',
        price: 185000,
        unit: 'pcs',
        desc: 'Kemeja batik cap motif Istana Maimun, katun primisima.',
        stock: true,
      },
      {
        name: 'Seragam Kantor Batik (min. 20)',
        price: 210000,
        unit: 'pcs',
        desc: 'Seragam batik jahit ukuran, untuk instansi.',
        capacity: 60,
        lead: 14,
        minOrder: 20,
      },
    ],
  },
  suvenir: {
    businesses: ['Suvenir Istana Maimun', 'Cendera Mata Masjid Raya', 'Plakat Akrilik Medan Kreatif'],
    products: [
      {
        name: 'Miniatur Istana Maimun',
        price: 95000,
        unit: 'pcs',
        desc: 'Miniatur resin Istana Maimun dalam kotak kaca.',
        stock: true,
      },
      {
        name: 'Gantungan Kunci Ulos (isi 10)',
        price: 50000,
        unit: 'set',
        desc: 'Gantungan kunci kain ulos mini, cocok untuk tamu acara.',
        stock: true,
      },
      {
        name: 'Plakat Akrilik Cetak Logo',
        price: 175000,
        unit: 'pcs',
        desc: 'Plakat akrilik 20 cm dengan logo instansi dan nama acara.',
        capacity: 50,
        lead: 5,
        minOrder: 5,
      },
      {
        name: 'Seminar Kit Lengkap',
        price: 65000,
        unit: 'set',
        desc: 'Tas kain, map, notes, pena bersablon logo acara.',
        capacity: 300,
        lead: 5,
        minOrder: 30,
      },
    ],
  },
  'percetakan-atk': {
    businesses: ['Percetakan Sumber Jaya Medan', 'Digital Printing Amplas', 'Toko ATK Harapan'],
    products: [
      {
        name: 'Spanduk Flexi 3 x 1 m',
        price: 75000,
        unit: 'lembar',
        desc: 'Spanduk flexi 280 g, cetak full color, dengan mata ayam.',
        capacity: 100,
        lead: 1,
      },
      {
        name: 'Banner X Stand',
        price: 125000,
        unit: 'set',
        desc: 'Banner 60 x 160 cm dengan rangka X.',
        capacity: 50,
        lead: 2,
      },
      {
        name: 'Kertas HVS A4 70 g',
        price: 52000,
        unit: 'rim',
        desc: 'Kertas HVS A4 70 g isi 500 lembar.',
        stock: true,
      },
      {
        name: 'Map Snelhecter Cetak (isi 50)',
        price: 110000,
        unit: 'set',
        desc: 'Map snelhecter dengan cetak logo instansi.',
        capacity: 40,
        lead: 4,
      },
    ],
  },
};

export const ownerFirstNames = [
  'Siti',
  'Rahmat',
  'Dewi',
  'Budi',
  'Nurhayati',
  'Hendra',
  'Rosmawati',
  'Tigor',
  'Butet',
  'Andi',
  'Lestari',
  'Ahmad',
  'Maria',
  'Lina',
  'Putri',
  'Johannes',
  'Fauziah',
  'Agus',
  'Wati',
  'Ridwan',
];
export const ownerLastNames = [
  'Siregar',
  'Nasution',
  'Lubis',
  'Harahap',
  'Sinaga',
  'Simanjuntak',
  'Tarigan',
  'Ginting',
  'Sembiring',
  'Hasibuan',
  'Daulay',
  'Pohan',
  'Matondang',
  'Tanjung',
  'Batubara',
  'Rangkuti',
];
