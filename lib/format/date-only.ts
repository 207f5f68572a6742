// Calendar dates without a time (a certificate's expiry, a program's period, a payment day). They are
// kept as PostgreSQL DATE (`@db.Date`), which Prisma hands over as midnight UTC, and always read and
// written with UTC getters: a date must never move with the server's or the browser's time zone.
import { z } from 'zod';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/; // 17/08/2027, 17-8-2027, 17.08.2027

/** "2027-08-17" for "2027-08-17" or "17/08/2027" (dd/mm/yyyy, as written in Indonesia); null if no real day. */
export function readDateOnly(input: string): string | null {
  const text = input.trim();
  const iso = ISO.exec(text);
  const local = iso ? null : LOCAL.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : local
      ? [Number(local[3]), Number(local[2]), Number(local[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A zod field for a date-only input; gives "YYYY-MM-DD". */
export function dateOnlyField(label: string) {
  return z.string({ error: `${label} wajib diisi.` }).transform((value, ctx) => {
    if (value.trim() === '') {
      ctx.addIssue({ code: 'custom', message: `${label} wajib diisi.` });
      return z.NEVER;
    }
    const date = readDateOnly(value);
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        message: `${label} bukan tanggal yang benar. Tulis hh/bb/tttt, misalnya 17/08/2027.`,
      });
      return z.NEVER;
    }
    return date;
  });
}

/** The value to store in a `@db.Date` column. */
export function dateOnlyToDb(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** "YYYY-MM-DD" of a `@db.Date` value, e.g. for an <input type="date">. */
export function dateOnlyFromDb(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "17 Agu 2027" (or "17 Aug 2027" in English): the calendar day itself, in no time zone. */
export function formatDateOnly(date: Date | string, locale: 'id' | 'en' = 'id') {
  const value = typeof date === 'string' ? dateOnlyToDb(date.slice(0, 10)) : date;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(value);
}

/** Today's date in Medan (WIB), as "YYYY-MM-DD": what "today" means for a date-only field. */
export function todayInMedan(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The calendar day `days` after a "YYYY-MM-DD" day. */
export function addDays(date: string, days: number): string {
  return new Date(dateOnlyToDb(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * "2027-08-17" for a spreadsheet's day number (Excel and LibreOffice count days from 1899-12-30 in
 * their 1900 date system), e.g. "46616"; null for anything else. For imported XLSX date cells only.
 */
export function excelSerialDate(value: string): string | null {
  if (!/^\d{5}(\.\d+)?$/.test(value.trim())) return null;
  const days = Math.floor(Number(value));
  if (days < 20_000 || days > 100_000) return null; // 1954 … 2173
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
}
