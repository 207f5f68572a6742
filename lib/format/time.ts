// Medan is in WIB (UTC+7, no daylight saving). Dates are stored in UTC and shown in WIB.
export const WIB = 'Asia/Jakarta';

export function formatWib(date: Date | string, withTime = true, locale: 'id' | 'en' = 'id') {
  const value = typeof date === 'string' ? new Date(date) : date;
  const text = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: WIB,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  }).format(value);
  return withTime ? `${text} WIB` : text;
}
