// One reading of a percentage as people type it: "11", "11%", "11,0", "1,5" or "1.5". Stored as
// basis points (11% = 1100) so tax arithmetic stays in whole numbers.
import { z } from 'zod';

const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

/** The basis points of a typed percentage, or null when it is not one. */
export function readPercent(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? Math.round(input * 100) : null;
  if (typeof input !== 'string') return null;
  const text = input.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
  const match = PERCENT.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** A zod field for a percentage in basis points; empty means `emptyAs` when given. */
export function percentField(label: string, { max = 100, emptyAs }: { max?: number; emptyAs?: number } = {}) {
  return z.union([z.string(), z.number()], { error: `${label} wajib diisi.` }).transform((value, ctx) => {
    if (emptyAs !== undefined && String(value).trim() === '') return emptyAs;
    const bp = readPercent(value);
    if (bp === null) {
      ctx.addIssue({
        code: 'custom',
        message: `${label} tidak terbaca. Tulis persen, misalnya 11, 11% atau 11,0.`,
      });
      return z.NEVER;
    }
    if (bp > max * 100) {
      ctx.addIssue({ code: 'custom', message: `${label} paling tinggi ${max}%.` });
      return z.NEVER;
    }
    return bp;
  });
}

/** 1100 → "11%", 150 → "1,5%". */
export function formatPercentBp(bp: number) {
  return `${(bp / 100).toLocaleString('id-ID', { maximumFractionDigits: 2 })}%`;
}
