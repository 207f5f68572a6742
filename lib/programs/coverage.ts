import 'server-only';
import { unstable_cache } from 'next/cache';
import { expireSharedTags } from '@/lib/page-cache/expiry';
import { db } from '@/lib/server/db';
import { readDb } from '@/lib/server/read-db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { programKinds, type ProgramKindCode } from './labels';
import { suppressCounts, type Cell } from './suppression';

// Coverage: how far help reaches, by kecamatan and by OPD. The Dinas sees exact figures; the public
// page and API get the same figures with small counts suppressed (lib/programs/suppression.ts).
// "Registered" is every UMKM that submitted its pendataan (drafts not yet submitted are left out).

type KindCounts = Record<ProgramKindCode, number>;
const zeroKinds = () => Object.fromEntries(programKinds.map((k) => [k, 0])) as KindCounts;

async function kecamatanFigures() {
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  const [rows, byKind] = await Promise.all([
    db.$queryRaw<{ code: string; name: string; registered: number; verified: number; everHelped: number }[]>`
      SELECT k.code, k.name,
        count(m.id) FILTER (WHERE m.status <> 'DRAFT')::int AS registered,
        count(m.id) FILTER (WHERE m.status = 'VERIFIED')::int AS verified,
        count(m.id) FILTER (WHERE m.status <> 'DRAFT' AND EXISTS (
          SELECT 1 FROM "ProgramBeneficiary" b WHERE b."msmeId" = m.id AND b.status = 'ACCEPTED'))::int AS "everHelped"
      FROM "Kecamatan" k LEFT JOIN "Msme" m ON m."kecamatanCode" = k.code
      GROUP BY k.code, k.name ORDER BY k.code`,
    db.$queryRaw<{ code: string; kind: ProgramKindCode; n: number }[]>`
      SELECT COALESCE(m."kecamatanCode", c."kecamatanCode") AS code, p.kind, count(DISTINCT COALESCE(b."msmeId", b."cooperativeId"))::int AS n
      FROM "ProgramBeneficiary" b JOIN "AidProgram" p ON p.id = b."programId"
      LEFT JOIN "Msme" m ON m.id = b."msmeId" LEFT JOIN "Cooperative" c ON c.id = b."cooperativeId"
      WHERE b.status = 'ACCEPTED' AND (m.id IS NULL OR m.status <> 'DRAFT')
      GROUP BY 1, 2`,
  ]);
  return rows.map((r) => {
    const kinds = zeroKinds();
    for (const k of byKind) if (k.code === r.code) kinds[k.kind] = k.n;
    return { ...r, neverHelped: r.registered - r.everHelped, byKind: kinds };
  });
}

async function opdFigures() {
  const db = await readDb(); // a read-only public query: the replica when safe (read-db.ts)
  const [programs, helped] = await Promise.all([
    db.aidProgram.groupBy({ by: ['opdId', 'kind'], _count: { _all: true }, _sum: { budgetIdr: true } }),
    db.$queryRaw<{ opdId: string; kind: ProgramKindCode; n: number }[]>`
      SELECT p."opdId", p.kind, count(DISTINCT COALESCE(b."msmeId", b."cooperativeId"))::int AS n
      FROM "ProgramBeneficiary" b JOIN "AidProgram" p ON p.id = b."programId"
      WHERE b.status = 'ACCEPTED' GROUP BY 1, 2`,
  ]);
  const distinct = await db.$queryRaw<{ opdId: string; n: number }[]>`
    SELECT p."opdId", count(DISTINCT COALESCE(b."msmeId", b."cooperativeId"))::int AS n
    FROM "ProgramBeneficiary" b JOIN "AidProgram" p ON p.id = b."programId"
    WHERE b.status = 'ACCEPTED' GROUP BY 1`;
  const opds = await db.opd.findMany({
    where: { id: { in: [...new Set(programs.map((p) => p.opdId))] } },
    select: { id: true, code: true, name: true },
    orderBy: { name: 'asc' },
  });
  return opds.map((o) => {
    const mine = programs.filter((p) => p.opdId === o.id);
    const kinds = zeroKinds();
    for (const h of helped) if (h.opdId === o.id) kinds[h.kind] = h.n;
    return {
      code: o.code,
      name: o.name,
      programs: mine.reduce((s, p) => s + p._count._all, 0),
      beneficiaries: distinct.find((d) => d.opdId === o.id)?.n ?? 0,
      budgetIdr: mine.reduce((s, p) => s + Number(p._sum.budgetIdr ?? 0n), 0),
      byKind: kinds,
    };
  });
}

/** Everything the Dinas coverage dashboard shows, exact. */
export async function coverageForDinas(actor: Actor | null) {
  authorize(actor, ['DINAS_ADMIN']);
  const [kecamatan, opd, overlaps, quotas] = await Promise.all([
    kecamatanFigures(),
    opdFigures(),
    db.overlapCheck.groupBy({ by: ['outcome'], _count: { _all: true } }),
    db.aidProgram.findMany({
      orderBy: { startsOn: 'desc' },
      take: 30,
      select: {
        id: true,
        name: true,
        quota: true,
        kind: true,
        opd: { select: { name: true } },
        _count: { select: { beneficiaries: { where: { status: 'ACCEPTED' } } } },
      },
    }),
  ]);
  return {
    kecamatan,
    opd,
    overlapsPrevented: overlaps.find((o) => o.outcome === 'BLOCKED')?._count._all ?? 0,
    overrides: overlaps.find((o) => o.outcome === 'OVERRIDDEN')?._count._all ?? 0,
    quotas: quotas.map((q) => ({
      id: q.id,
      name: q.name,
      kind: q.kind,
      opd: q.opd.name,
      quota: q.quota,
      used: q._count.beneficiaries,
    })),
    totals: totalsOf(kecamatan),
  };
}

function totalsOf(rows: Awaited<ReturnType<typeof kecamatanFigures>>) {
  const byKind = zeroKinds();
  for (const r of rows) for (const k of programKinds) byKind[k] += r.byKind[k];
  const sum = (key: 'registered' | 'verified' | 'everHelped' | 'neverHelped') =>
    rows.reduce((s, r) => s + r[key], 0);
  return {
    registered: sum('registered'),
    verified: sum('verified'),
    everHelped: sum('everHelped'),
    neverHelped: sum('neverHelped'),
    byKind,
  };
}

/** Verified UMKM never helped by any program, oldest registration first: the Dinas acts on these. */
export async function neverHelpedList(actor: Actor | null, kecamatanCode?: string) {
  authorize(actor, ['DINAS_ADMIN']);
  const where = {
    status: 'VERIFIED' as const,
    programEntries: { none: { status: 'ACCEPTED' as const } },
    ...(kecamatanCode ? { kecamatanCode } : {}),
  };
  const [count, rows] = await Promise.all([
    db.msme.count({ where }),
    db.msme.findMany({
      where,
      orderBy: [{ verifiedAt: 'asc' }, { name: 'asc' }],
      take: 100,
      select: {
        id: true,
        name: true,
        size: true,
        nib: true,
        kecamatan: { select: { name: true } },
        category: { select: { name: true } },
      },
    }),
  ]);
  return { count, rows };
}

/** Tag of the cached public figures: expired when help is given or a program changes. */
export const COVERAGE_TAG = 'coverage';

export function expireCoverage() {
  expireSharedTags([COVERAGE_TAG]);
}

export type PublicCoverage = Awaited<ReturnType<typeof computePublicCoverage>>;

/**
 * The public figures, computed at most once a minute for every visitor (the page and the API are
 * open to all): help and program changes expire them at once; registry changes within the minute.
 */
export const publicCoverage = unstable_cache(() => computePublicCoverage(), ['public-coverage'], {
  revalidate: 60,
  tags: [COVERAGE_TAG],
});

/** The public figures: no personal data, counts under 5 and their complements suppressed (null). */
async function computePublicCoverage() {
  const [kecamatan, opd] = await Promise.all([kecamatanFigures(), opdFigures()]);
  const flat = kecamatan.map((r) => ({
    registered: r.registered,
    verified: r.verified,
    everHelped: r.everHelped,
    neverHelped: r.neverHelped,
    ...Object.fromEntries(programKinds.map((k) => [`kind_${k}`, r.byKind[k]])),
  })) as Record<string, number>[];
  const hidden = suppressCounts(flat, {
    columns: ['registered', 'verified', 'everHelped', 'neverHelped', ...programKinds.map((k) => `kind_${k}`)],
    rowSums: [{ total: 'registered', parts: ['everHelped', 'neverHelped'] }],
  });
  const opdHidden = suppressCounts(
    opd.map((o) => ({
      beneficiaries: o.beneficiaries,
      ...Object.fromEntries(programKinds.map((k) => [`kind_${k}`, o.byKind[k]])),
    })) as Record<string, number>[],
    { columns: ['beneficiaries', ...programKinds.map((k) => `kind_${k}`)] },
  );
  const totals = totalsOf(kecamatan);
  const cell = (n: number): Cell => (n < 5 ? null : n);
  return {
    generatedAt: new Date().toISOString(),
    suppression: {
      threshold: 5,
      rule: 'Jumlah di bawah 5 disembunyikan (null), begitu pula angka pelengkap yang dapat dipakai untuk menghitungnya.',
    },
    kecamatan: kecamatan.map((r, i) => ({
      code: r.code,
      name: r.name,
      registered: hidden[i].registered,
      verified: hidden[i].verified,
      everHelped: hidden[i].everHelped,
      neverHelped: hidden[i].neverHelped,
      helpByKind: Object.fromEntries(programKinds.map((k) => [k, hidden[i][`kind_${k}`]])) as Record<
        ProgramKindCode,
        Cell
      >,
    })),
    opd: opd.map((o, i) => ({
      code: o.code,
      name: o.name,
      programs: o.programs,
      beneficiaries: opdHidden[i].beneficiaries,
      budgetIdr: o.budgetIdr,
      helpByKind: Object.fromEntries(programKinds.map((k) => [k, opdHidden[i][`kind_${k}`]])) as Record<
        ProgramKindCode,
        Cell
      >,
    })),
    totals: {
      registered: cell(totals.registered),
      verified: cell(totals.verified),
      everHelped: cell(totals.everHelped),
      neverHelped: cell(totals.neverHelped),
      helpByKind: Object.fromEntries(programKinds.map((k) => [k, cell(totals.byKind[k])])) as Record<
        ProgramKindCode,
        Cell
      >,
    },
  };
}

/** The public figures as CSV rows (suppressed cells read "<5"). */
export function publicCoverageRows(data: PublicCoverage): (string | number)[][] {
  const show = (c: Cell) => (c === null ? '<5' : c);
  return [
    [
      'bagian',
      'kode',
      'nama',
      'terdaftar',
      'terverifikasi',
      'pernah_dibantu',
      'belum_pernah_dibantu',
      ...programKinds.map((k) => `bantuan_${k.toLowerCase()}`),
      'program',
      'penerima',
      'anggaran_idr',
    ],
    ...data.kecamatan.map((r) => [
      'kecamatan',
      r.code,
      r.name,
      show(r.registered),
      show(r.verified),
      show(r.everHelped),
      show(r.neverHelped),
      ...programKinds.map((k) => show(r.helpByKind[k])),
      '',
      '',
      '',
    ]),
    ...data.opd.map((o) => [
      'opd',
      o.code,
      o.name,
      '',
      '',
      '',
      '',
      ...programKinds.map((k) => show(o.helpByKind[k])),
      o.programs,
      show(o.beneficiaries),
      o.budgetIdr,
    ]),
  ];
}
