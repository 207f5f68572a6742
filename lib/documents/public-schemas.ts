// Response shapes of the public record endpoints, for the OpenAPI document (no server code here).
import { z } from 'zod';

export const verificationResponseSchema = z.object({
  code: z.string().describe('the 22-character verification code printed as a QR code'),
  kind: z.enum([
    'SURAT_PESANAN',
    'DELIVERY_CHECK',
    'BAST',
    'PAYMENT_RECORD',
    'AID_RECEIPT',
    'ATTENDANCE_LIST',
  ]),
  title: z.string(),
  number: z.string(),
  issuedAt: z.string().describe('ISO 8601; the act (award, inspection, handover, payment)'),
  opdName: z.string(),
  msmeName: z.string(),
  eventName: z.string(),
  totalIdr: z.number().int().nullable().describe('null for an attendance list'),
  paidToMsmeIdr: z.number().int().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  superseded: z.boolean(),
  supersededAt: z.string().nullable(),
  replacedBy: z.object({ code: z.string(), url: z.string() }).nullable(),
  url: z.string(),
});

export const uploadCheckSchema = z.object({
  matches: z.boolean(),
  sha256: z.string().describe('SHA-256 of the uploaded bytes'),
  recorded: z.string().describe('SHA-256 on record'),
});

export const opdSpendingResponseSchema = z.object({
  generatedAt: z.string(),
  currency: z.literal('IDR'),
  rows: z.array(
    z.object({
      opdCode: z.string(),
      opd: z.string(),
      month: z.string().describe('YYYY-MM, WIB'),
      eventsHeld: z.number().int(),
      eventsWithUmkm: z.number().int(),
      umkmSpendIdr: z.number().int(),
      paguIdr: z.number().int(),
      eventsUpcoming: z.number().int(),
      paguUpcomingIdr: z.number().int(),
      umkmSharePct: z.number().nullable(),
      distinctUmkm: z.number().int(),
      firstTimeUmkm: z.number().int(),
    }),
  ),
});

/** The release package's paging query (mirrors lib/procurement/ocds-read.ts releasePageQuery). */
export const releasePageParameters = [
  {
    name: 'cursor',
    description: 'links.next of the previous page',
    schema: { type: 'string', pattern: '^\\d{1,18}$' },
  },
  {
    name: 'limit',
    description: 'releases per page',
    schema: { type: 'integer', minimum: 1, maximum: 1000, default: 500 },
  },
  {
    name: 'from',
    description: 'first release day (WIB), YYYY-MM-DD or DD/MM/YYYY',
    schema: { type: 'string' },
  },
  { name: 'to', description: 'last release day (WIB), YYYY-MM-DD or DD/MM/YYYY', schema: { type: 'string' } },
];
