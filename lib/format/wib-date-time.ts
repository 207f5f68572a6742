// A date and time typed in Medan (an <input type="datetime-local">, WIB, no offset), as an instant.
import { z } from 'zod';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A zod field for a WIB date-time; refuses what is not a real moment (31 February, 25:61). */
export function wibDateTimeField(label: string) {
  return z.string({ error: `${label} wajib diisi.` }).transform((value, ctx) => {
    const m = LOCAL.exec(value.trim());
    if (!m) {
      ctx.addIssue({
        code: 'custom',
        message: value.trim() === '' ? `${label} wajib diisi.` : `${label} harus berformat tanggal dan jam.`,
      });
      return z.NEVER;
    }
    const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? 0));
    const utc = Date.UTC(year, month - 1, day, hour - 7, minute, second);
    const back = new Date(utc + 7 * 3_600_000);
    const real =
      back.getUTCFullYear() === year &&
      back.getUTCMonth() === month - 1 &&
      back.getUTCDate() === day &&
      back.getUTCHours() === hour &&
      back.getUTCMinutes() === minute &&
      hour < 24 &&
      minute < 60;
    if (!real) {
      ctx.addIssue({ code: 'custom', message: `${label} bukan tanggal dan jam yang benar.` });
      return z.NEVER;
    }
    return new Date(utc);
  });
}
