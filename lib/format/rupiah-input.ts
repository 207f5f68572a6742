// One reading of a Rupiah amount as people in Medan type it, for every schema that takes money.
// Indonesian writing uses "." between thousands and "," before decimals: 35.000 is thirty-five
// thousand, 35.000,00 the same with its (empty) sen. Anything that could mean two amounts is refused
// rather than guessed: "35,000" (English thousands, or 35 with three decimals?) or "35.5".
import { z } from 'zod';

export type RupiahReading =
  { ok: true; value: number } | { ok: false; reason: 'empty' | 'format' | 'fraction' };

const GROUPED = /^[1-9]\d{0,2}(\.\d{3})+$/; // 35.000, 1.250.000 (not 0.500 or 035.000)
const PLAIN = /^(0|[1-9]\d*)$/; // 35000

/** Reads "35000", "35.000", "Rp 35.000", "Rp35.000,-" or "35.000,00" as 35000. */
export function readRupiah(input: unknown): RupiahReading {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'format' };
    return Number.isInteger(input) ? { ok: true, value: input } : { ok: false, reason: 'fraction' };
  }
  if (typeof input === 'bigint') return { ok: true, value: Number(input) };
  if (typeof input !== 'string') return { ok: false, reason: 'empty' };
  let text = input.replace(/[\s\u00a0]/g, '');
  if (text === '') return { ok: false, reason: 'empty' };
  text = text.replace(/^rp\.?/i, '').replace(/,-$/, '');
  if (text === '') return { ok: false, reason: 'empty' };
  const [whole, decimals, ...rest] = text.split(',');
  if (rest.length > 0 || whole === '') return { ok: false, reason: 'format' };
  if (decimals !== undefined) {
    if (!/^\d{1,2}$/.test(decimals)) return { ok: false, reason: 'format' };
    if (/[1-9]/.test(decimals)) return { ok: false, reason: 'fraction' };
  }
  if (!PLAIN.test(whole) && !GROUPED.test(whole)) return { ok: false, reason: 'format' };
  const value = Number(whole.replaceAll('.', ''));
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, reason: 'format' };
}

type RupiahOptions = {
  min?: number;
  max?: number;
  /** what an empty field means, e.g. 0 for a tax */ emptyAs?: number;
};

/** A zod field for an amount in whole Rupiah, with Bahasa Indonesia messages naming the field. */
export function rupiahField(label: string, { min = 1, max = 100_000_000_000, emptyAs }: RupiahOptions = {}) {
  const input = z.union([z.string(), z.number()], { error: `${label} wajib diisi.` });
  return input.transform((value, ctx) => {
    const reading: RupiahReading =
      emptyAs !== undefined && readRupiah(value).ok === false && String(value).trim() === ''
        ? { ok: true, value: emptyAs }
        : readRupiah(value);
    if (!reading.ok) {
      const message = {
        empty: `${label} wajib diisi.`,
        format: `${label} tidak terbaca. Tulis angka Rupiah, misalnya 35000 atau 35.000.`,
        fraction: `${label} harus Rupiah bulat, tanpa sen.`,
      }[reading.reason];
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    if (reading.value < min) {
      ctx.addIssue({
        code: 'custom',
        message: min === 1 ? `${label} harus lebih dari Rp 0.` : `${label} minimal ${formatPlain(min)}.`,
      });
      return z.NEVER;
    }
    if (reading.value > max) {
      ctx.addIssue({ code: 'custom', message: `${label} maksimal ${formatPlain(max)}.` });
      return z.NEVER;
    }
    return reading.value;
  });
}

function formatPlain(value: number) {
  return `Rp ${value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}
