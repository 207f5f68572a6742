// The words people read for the app's codes, in Bahasa Indonesia: one place for pages, exports and
// reports, so a spreadsheet says "Mikro" and "Terverifikasi", not MICRO and VERIFIED.

export const sizeLabel = { MICRO: 'Mikro', SMALL: 'Kecil', MEDIUM: 'Menengah' } as const;

export const msmeStatusLabel = {
  DRAFT: 'Draf',
  SUBMITTED: 'Menunggu verifikasi',
  VERIFIED: 'Terverifikasi',
  NEEDS_CHANGES: 'Perlu perbaikan',
  SUSPENDED: 'Dibekukan',
} as const;

export const certificationLabel = {
  HALAL: 'Halal',
  PIRT: 'P-IRT',
  BPOM_MD: 'BPOM MD',
  BPOM_ML: 'BPOM ML',
  SNI: 'SNI',
  PP55: 'SK PP 55/2022',
  OTHER: 'Lainnya',
} as const;

const roles = {
  SHOPPER: 'Pembeli',
  MSME_OWNER: 'Pemilik UMKM',
  OPD_STAFF: 'Staf OPD',
  DINAS_ADMIN: 'Admin Dinas',
} as const;

export const roleLabel = (role: string) => roles[role as keyof typeof roles] ?? role;

/** A code's label, or the code itself when the table has none (never an empty cell). */
export const labelOf = <T extends Record<string, string>>(table: T, code: string) =>
  (table as Record<string, string>)[code] ?? code;

const months = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** "2026-11" → "November 2026". */
export function formatMonth(yearMonth: string) {
  const [year, month] = yearMonth.split('-').map(Number);
  return months[month - 1] ? `${months[month - 1]} ${year}` : yearMonth;
}

/** "2026-11" → "Nov 2026" (or in English), for chart axes. */
export function shortMonth(yearMonth: string, locale: 'id' | 'en' = 'id') {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 15)));
}

/** 85.4 → "85,4%" (a comma before decimals, as written in Indonesia). */
export function formatPercent(value: number | null | undefined, digits = 1) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${value.toLocaleString('id-ID', { maximumFractionDigits: digits, minimumFractionDigits: 0 })}%`;
}
