import { z } from 'zod';

// Rules that change with regulation live in the RuleSet table (seeded by the migration that made
// it); the newest set valid on a day applies. These schemas check a row before it is believed.
export const sizeRulesSchema = z.object({
  classes: z
    .array(
      z.object({
        size: z.enum(['MICRO', 'SMALL', 'MEDIUM']),
        maxCapitalIdr: z.number().positive(),
        maxTurnoverIdr: z.number().positive(),
      }),
    )
    .min(1),
});
export type SizeRules = z.infer<typeof sizeRulesSchema>;

export const healthRulesSchema = z.object({
  weights: z.object({
    governance: z.number().nonnegative(),
    risk: z.number().nonnegative(),
    finance: z.number().nonnegative(),
    capital: z.number().nonnegative(),
  }),
  bands: z
    .array(
      z.object({
        predicate: z.enum(['SEHAT', 'CUKUP_SEHAT', 'DALAM_PENGAWASAN', 'DALAM_PENGAWASAN_KHUSUS']),
        minScore: z.number().min(0).max(100),
      }),
    )
    .min(1),
});
export type HealthRules = z.infer<typeof healthRulesSchema>;

export type SizeCode = 'MICRO' | 'SMALL' | 'MEDIUM';
export const sizeOrder: Record<SizeCode, number> = { MICRO: 0, SMALL: 1, MEDIUM: 2 };

/**
 * The size class from declared capital and annual turnover: the smallest class whose limits both
 * figures are within (a figure not declared does not count). 'LARGE' is beyond medium; null when
 * neither figure is declared (the self-declared class is used then).
 */
export function sizeClassOf(
  figures: { capitalIdr: bigint | number | null; annualTurnoverIdr: bigint | number | null },
  rules: SizeRules,
): SizeCode | 'LARGE' | null {
  const capital = figures.capitalIdr === null ? null : Number(figures.capitalIdr);
  const turnover = figures.annualTurnoverIdr === null ? null : Number(figures.annualTurnoverIdr);
  if (capital === null && turnover === null) return null;
  const ordered = [...rules.classes].sort((a, b) => sizeOrder[a.size] - sizeOrder[b.size]);
  for (const c of ordered) {
    if (
      (capital === null || capital <= c.maxCapitalIdr) &&
      (turnover === null || turnover <= c.maxTurnoverIdr)
    )
      return c.size;
  }
  return 'LARGE';
}

export type HealthScores = { governance: number; risk: number; finance: number; capital: number };

/** The weighted total (in hundredths) and the predicate of the band it falls in. */
export function healthResult(scores: HealthScores, rules: HealthRules) {
  const w = rules.weights;
  const weightSum = w.governance + w.risk + w.finance + w.capital;
  const total =
    (scores.governance * w.governance +
      scores.risk * w.risk +
      scores.finance * w.finance +
      scores.capital * w.capital) /
    weightSum;
  const totalScoreCenti = Math.round(total * 100);
  const bands = [...rules.bands].sort((a, b) => b.minScore - a.minScore);
  const band = bands.find((b) => totalScoreCenti >= Math.round(b.minScore * 100)) ?? bands[bands.length - 1];
  return { totalScoreCenti, predicate: band.predicate };
}
