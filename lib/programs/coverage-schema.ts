// The shape of GET /api/v1/programs/coverage, for the OpenAPI document (and checked against the
// real answer in tests/coverage.test.ts). A null count is suppressed (under 5, or its complement).
import { z } from 'zod';
import { programKinds } from './labels';

const count = z.number().int().min(5).nullable();
const byKind = z.object(
  Object.fromEntries(programKinds.map((k) => [k, count])) as Record<
    (typeof programKinds)[number],
    typeof count
  >,
);

export const publicCoverageSchema = z.object({
  generatedAt: z.string().describe('ISO 8601'),
  suppression: z.object({ threshold: z.literal(5), rule: z.string() }),
  kecamatan: z.array(
    z.object({
      code: z.string().describe('Kode Kemendagri, mis. 12.71.01'),
      name: z.string(),
      registered: count,
      verified: count,
      everHelped: count,
      neverHelped: count,
      helpByKind: byKind,
    }),
  ),
  opd: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      programs: z.number().int().min(0),
      beneficiaries: count,
      budgetIdr: z.number().int().min(0),
      helpByKind: byKind,
    }),
  ),
  totals: z.object({
    registered: count,
    verified: count,
    everHelped: count,
    neverHelped: count,
    helpByKind: byKind,
  }),
});
