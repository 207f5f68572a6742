import { describe, expect, it, vi } from 'vitest';
import { revalidateTag } from 'next/cache';
import { db } from '@/lib/server/db';
import { createProgram } from '@/lib/programs/programs';
import { nominate } from '@/lib/programs/enrolment';
import {
  coverageForDinas,
  neverHelpedList,
  publicCoverage,
  publicCoverageRows,
} from '@/lib/programs/coverage';
import { suppressCounts } from '@/lib/programs/suppression';
import { publicCoverageSchema } from '@/lib/programs/coverage-schema';
import { openApiDocument } from '@/lib/catalog/openapi';
import { AccessDenied } from '@/lib/auth/actor';
import { GET } from '@/app/api/v1/programs/coverage/route';
import { demoActor } from './support/actors';

describe('suppression of small counts', () => {
  it('hides counts under 5 and the complements that would give them away', () => {
    const rows = [
      { registered: 20, helped: 3, never: 17 },
      { registered: 30, helped: 12, never: 18 },
      { registered: 9, helped: 6, never: 3 },
      { registered: 40, helped: 25, never: 15 },
    ];
    const out = suppressCounts(rows, {
      columns: ['registered', 'helped', 'never'],
      rowSums: [{ total: 'registered', parts: ['helped', 'never'] }],
    });
    expect(out[0]).toEqual({ registered: null, helped: null, never: 17 });
    expect(out[2]).toEqual({ registered: null, helped: null, never: null });
    // Each column has at least two hidden cells, or none: a column total cannot reveal one.
    for (const c of ['registered', 'helped', 'never'] as const)
      expect([0, 2, 3, 4]).toContain(out.filter((r) => r[c] === null).length);
    const lone = suppressCounts([{ n: 2 }, { n: 10 }, { n: 30 }], { columns: ['n'] });
    expect(lone).toEqual([{ n: null }, { n: null }, { n: 30 }]);
  });
});

describe('coverage', () => {
  it('public figures carry no personal data and no count under 5', async () => {
    const data = await publicCoverage();
    expect(data.kecamatan).toHaveLength(21);
    expect(publicCoverageSchema.parse(data)).toEqual(data);
    expect(openApiDocument().paths['/api/v1/programs/coverage'].get.responses['200']).toBeDefined();
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/"(nik\w*|nib|whatsapp|ownerName|address|phone|email)"/i);
    const counts = [
      ...data.kecamatan.flatMap((k) => [
        k.registered,
        k.verified,
        k.everHelped,
        k.neverHelped,
        ...Object.values(k.helpByKind),
      ]),
      ...data.opd.flatMap((o) => [o.beneficiaries, ...Object.values(o.helpByKind)]),
    ];
    expect(counts.every((n) => n === null || n >= 5)).toBe(true);
    expect(counts.some((n) => n === null)).toBe(true);
    expect(counts.some((n) => n !== null)).toBe(true);
    // The northern kecamatan hold most of the never-helped.
    const belawan = data.kecamatan.find((k) => k.name === 'Medan Belawan')!;
    expect(belawan.neverHelped).toBeGreaterThanOrEqual(20);
    const csv = publicCoverageRows(data);
    expect(csv[0]).toContain('belum_pernah_dibantu');
    expect(csv.flat()).toContain('<5');
  });

  it('the API answers JSON and CSV without sign-in, and refuses a bad format', async () => {
    const json = await GET(new Request('http://localhost/api/v1/programs/coverage'));
    expect(json.status).toBe(200);
    expect((await json.json()).suppression.threshold).toBe(5);
    const csv = await GET(new Request('http://localhost/api/v1/programs/coverage?format=csv'));
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await csv.text()).toMatch(/kecamatan,12\.71\.01,Medan Kota/);
    const bad = await GET(new Request('http://localhost/api/v1/programs/coverage?format=pdf'));
    expect(bad.status).toBe(400);
  });

  it('the Dinas sees exact figures, overlaps prevented and overrides, and the never-helped it can act on', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const data = await coverageForDinas(admin);
    expect(data.overlapsPrevented).toBeGreaterThanOrEqual(1);
    expect(data.overrides).toBeGreaterThanOrEqual(1);
    expect(data.totals.registered).toBe(data.totals.everHelped + data.totals.neverHelped);
    expect(data.opd.map((o) => o.code)).toEqual(
      expect.arrayContaining(['DISKOPUKMPERINDAG', 'DINSOS', 'DISNAKER']),
    );
    const never = await neverHelpedList(admin, '12.71.08');
    expect(never.count).toBeGreaterThanOrEqual(20);
    expect(never.rows.every((r) => r.kecamatan?.name === 'Medan Belawan')).toBe(true);
    await expect(coverageForDinas(await demoActor('OPD_STAFF'))).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe('the cached public figures', () => {
  it('expire when help is given', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const p = await createProgram(admin, {
      name: 'Pelatihan Uji Cakupan',
      kind: 'TRAINING',
      budgetIdr: '1.000.000',
      budgetSource: 'APBD',
      activityCode: '3.31.03.2.02.0001',
      startsOn: '01/12/2026',
      endsOn: '31/12/2099',
      quota: '3',
      verifiedOnly: 'on',
    });
    vi.mocked(revalidateTag).mockClear();
    const target = await db.msme.findFirstOrThrow({ where: { id: 'pendataan-0161' } });
    await nominate(admin, p.id, { msmeIds: [target.id] });
    expect(revalidateTag).toHaveBeenCalledWith('coverage', { expire: 0 });
  });
});
