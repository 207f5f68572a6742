// Whether a UMKM's product can supply a need in time: one rule for the candidate list, the direct
// order and the award (issue #19). Capacity is judged over the days left before delivery.
import { todayInMedan } from '@/lib/format/date-only';

/** Whole calendar days (in Medan) from today to the first delivery day: the days there are to produce. */
export function daysBeforeDelivery(deliveryFrom: Date, now = new Date()) {
  const deliveryDay = todayInMedan(deliveryFrom);
  const today = todayInMedan(now);
  return Math.round((Date.parse(`${deliveryDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export type FitProduct = { stock: number | null; dailyCapacity: number | null; leadTimeDays: number };
export type FitProblem = { rule: 'stock' | 'capacity' | 'lead-time'; text: string };

/**
 * The first rule the product fails for `quantity` with `days` days to produce, or null when it fits:
 * stock on hand covers the quantity; daily capacity × days ≥ quantity; lead time ≤ days.
 * Texts are templates filled in (translated by their shape, lib/i18n/en/opd.ts).
 */
export function fitProblem(p: FitProduct, quantity: number, days: number): FitProblem | null {
  const n = (x: number) => x.toLocaleString('id-ID');
  if (p.stock !== null && p.stock < quantity)
    return { rule: 'stock', text: `stok ${n(p.stock)}, kurang dari ${n(quantity)}` };
  if (p.leadTimeDays > days)
    return {
      rule: 'lead-time',
      text: `perlu ${p.leadTimeDays} hari persiapan, tersedia ${Math.max(0, days)} hari`,
    };
  if (p.stock === null && p.dailyCapacity !== null && p.dailyCapacity * Math.max(0, days) < quantity)
    return {
      rule: 'capacity',
      text: `kapasitas ${n(p.dailyCapacity)}/hari × ${Math.max(0, days)} hari = ${n(p.dailyCapacity * Math.max(0, days))}, kurang dari ${n(quantity)}`,
    };
  return null;
}
