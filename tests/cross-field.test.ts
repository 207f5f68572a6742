// A check across fields (end after start, not in the past, seats within the quota) must never
// throw when one of the fields it reads failed to parse: the user gets that field's error instead
// of a 500 that loses everything typed (issue #19, "an empty date gives a 500").
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { eventSchema, needSchema } from '@/lib/procurement/schema';
import { programSchema } from '@/lib/programs/schema';
import { bazaarSchema } from '@/lib/channels/bazaars';
import { createEvent } from '@/lib/procurement/events';
import { demoActor } from './support/actors';
import { inDays } from './support/procurement';

const valid: [string, z.ZodType, Record<string, string>][] = [
  [
    'eventSchema',
    eventSchema,
    {
      name: 'Rapat Koordinasi UMKM',
      startsAt: inDays(5),
      venue: 'Balai Kota',
      participants: '50',
      paguIdr: '5.000.000',
      budgetSource: 'APBD',
    },
  ],
  [
    'needSchema',
    needSchema,
    {
      kind: 'CATERING',
      description: 'Nasi kotak',
      quantity: '50',
      unit: 'kotak',
      deliveryFrom: inDays(5, 9),
      deliveryTo: inDays(5, 11),
    },
  ],
  [
    'programSchema',
    programSchema,
    {
      name: 'Pelatihan Uji Lintas Isian',
      kind: 'TRAINING',
      budgetIdr: '1.000.000',
      budgetSource: 'APBD',
      activityCode: '3.31.03.2.02.0001',
      startsOn: '01/12/2026',
      endsOn: '31/12/2026',
      quota: '10',
      kecamatanQuotas: 'Medan Kota = 3',
      quotaReleaseOn: '15/12/2026',
    },
  ],
  [
    'bazaarSchema',
    bazaarSchema,
    {
      name: 'Bazar Uji Isian',
      venue: 'Lapangan Merdeka',
      startsAt: inDays(3),
      endsAt: inDays(4),
      booths: '5',
    },
  ],
];

describe('checks across fields', () => {
  for (const [name, schema, base] of valid) {
    it(`${name}: a valid form parses, and each field blank or garbled gives that field's error`, () => {
      expect(schema.safeParse(base).success).toBe(true);
      for (const field of Object.keys(base))
        for (const bad of ['', 'x', '31/02/2026', '2026-02-31T10:00', '2026-12-01T25:61']) {
          // Must not throw; a date left blank or impossible is that field's own error.
          const result = schema.safeParse({ ...base, [field]: bad });
          const date = /At$|From$|To$|On$/.test(field) && !(field === 'quotaReleaseOn' && bad === '');
          if (date) expect(result.success, `${field}=${bad}`).toBe(false);
          if (date && !result.success)
            expect(
              result.error.issues.map((i) => i.path[0]),
              `${field}=${bad}`,
            ).toContain(field);
        }
    });
  }

  it('an event with an empty date is refused with a field error, not a crash', async () => {
    const staff = await demoActor('OPD_STAFF');
    await expect(createEvent(staff, { ...valid[0][2], startsAt: '' })).rejects.toMatchObject({
      name: 'ZodError',
      issues: [expect.objectContaining({ path: ['startsAt'] })],
    });
  });
});
