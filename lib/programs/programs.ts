import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/server/db';
import { authorize, AccessDenied, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { dateOnlyToDb, todayInMedan } from '@/lib/format/date-only';
import { kindSettingSchema, programSchema } from './schema';
import { expireCoverage } from './coverage';

// Programs belong to the OPD that runs them. OPD staff manage their own OPD's programs only; Dinas
// admins coordinate across OPDs, so they see and manage every program (and alone may override the
// overlap guard, lib/programs/enrolment.ts).
export const PROGRAM_MANAGERS = ['DINAS_ADMIN', 'OPD_STAFF'] as const;
export const DINAS_OPD_CODE = 'DISKOPUKMPERINDAG';

export function mayManage(actor: Actor, program: { opdId: string }) {
  return actor.role === 'DINAS_ADMIN' || (actor.role === 'OPD_STAFF' && actor.opdId === program.opdId);
}

export const programInclude = {
  opd: { select: { id: true, name: true, code: true } },
  kecamatanQuotas: { include: { kecamatan: { select: { name: true } } } },
} as const;

/** The program, if this actor may manage it; 404 for a missing one, 403 for another OPD's. */
export async function programForManager(actor: Actor | null, programId: string) {
  const person = authorize(actor, PROGRAM_MANAGERS);
  const program = await db.aidProgram.findUnique({
    where: { id: programId },
    include: programInclude,
  });
  if (!program) throw new DomainError('Program tidak ditemukan.', undefined, 404);
  if (!mayManage(person, program)) throw new AccessDenied(403, 'Program ini milik OPD lain.');
  return { person, program };
}

type ProgramInput = z.infer<typeof programSchema>;

/** The program's columns from checked input (the OPD and creator are set by the caller). */
function columns(data: ProgramInput) {
  return {
    name: data.name,
    kind: data.kind,
    description: data.description,
    budgetIdr: BigInt(data.budgetIdr),
    budgetSource: data.budgetSource,
    activityCode: data.activityCode,
    startsOn: dateOnlyToDb(data.startsOn),
    endsOn: dateOnlyToDb(data.endsOn),
    quota: data.quota,
    quotaReleaseOn: data.quotaReleaseOn ? dateOnlyToDb(data.quotaReleaseOn) : null,
    openForApplications: data.openForApplications,
    eligibleSizes: data.eligibleSizes,
    eligibleCategoryIds: data.eligibleCategoryIds,
    eligibleKecamatanCodes: data.eligibleKecamatanCodes,
    verifiedOnly: data.kind === 'COOPERATIVE_AID' ? false : data.verifiedOnly,
    requiresCertification: data.requiresCertification ?? null,
    lacksCertification: data.lacksCertification ?? null,
    neverHelpedOfKind: data.neverHelpedOfKind,
  };
}

/** Kecamatan and categories named in the input exist; returns the kecamatan seats to store. */
async function checkReferences(data: ProgramInput) {
  const [kecamatan, categories] = await Promise.all([
    db.kecamatan.findMany({ select: { code: true, name: true } }),
    db.category.findMany({ select: { id: true } }),
  ]);
  const norm = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/^kecamatan\s+/, '')
      .replace(/\s+/g, ' ');
  const errors: Record<string, string[]> = {};
  const quotas = data.kecamatanQuotas.map((q) => {
    const found = kecamatan.find((k) => k.code === q.kecamatan || norm(k.name) === norm(q.kecamatan));
    if (!found) (errors.kecamatanQuotas ??= []).push(`Kecamatan "${q.kecamatan}" tidak ada di Kota Medan.`);
    return { kecamatanCode: found?.code ?? '', quota: q.quota };
  });
  if (new Set(quotas.map((q) => q.kecamatanCode)).size !== quotas.length && !errors.kecamatanQuotas)
    errors.kecamatanQuotas = ['Satu kecamatan ditulis lebih dari sekali.'];
  if (data.eligibleKecamatanCodes.some((c) => !kecamatan.some((k) => k.code === c)))
    errors.eligibleKecamatanCodes = ['Kecamatan tidak dikenal.'];
  if (data.eligibleCategoryIds.some((c) => !categories.some((k) => k.id === c)))
    errors.eligibleCategoryIds = ['Kategori tidak dikenal.'];
  if (data.kind === 'COOPERATIVE_AID' && (data.eligibleSizes.length || data.eligibleCategoryIds.length))
    errors.kind = ['Bantuan koperasi diberikan kepada koperasi: skala dan kategori UMKM tidak berlaku.'];
  if (Object.keys(errors).length) throw new DomainError('Periksa kembali isian yang ditandai.', errors, 422);
  return quotas;
}

/**
 * Changes a program. Its OPD stays; its kind stays once anyone received its help (the help already
 * given was of that kind); the quota cannot drop below the seats already taken.
 */
export async function updateProgram(actor: Actor | null, programId: string, input: unknown) {
  const { person, program } = await programForManager(actor, programId);
  const data = programSchema.parse(input);
  const quotas = await checkReferences(data);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`program:${programId}`}, 0))`;
    const accepted = await tx.programBeneficiary.count({ where: { programId, status: 'ACCEPTED' } });
    if (data.quota < accepted)
      throw new DomainError(
        `Kuota tidak boleh kurang dari penerima yang sudah ditetapkan (${accepted}).`,
        { quota: [`Kuota tidak boleh kurang dari penerima yang sudah ditetapkan (${accepted}).`] },
        422,
      );
    if (data.kind !== program.kind && accepted > 0)
      throw new DomainError(
        'Jenis program tidak dapat diubah setelah ada penerima.',
        { kind: ['Jenis program tidak dapat diubah setelah ada penerima.'] },
        422,
      );
    await tx.programKecamatanQuota.deleteMany({ where: { programId } });
    await tx.aidProgram.update({
      where: { id: programId },
      data: { ...columns(data), kecamatanQuotas: { create: quotas } },
    });
    await audit(tx, person, {
      action: 'program.update',
      entityType: 'AidProgram',
      entityId: programId,
      before: {
        name: program.name,
        quota: program.quota,
        endsOn: program.endsOn.toISOString().slice(0, 10),
        open: program.openForApplications,
      },
      after: { name: data.name, quota: data.quota, endsOn: data.endsOn, open: data.openForApplications },
    });
  });
  expireCoverage();
}

export async function createProgram(actor: Actor | null, input: unknown) {
  const person = authorize(actor, PROGRAM_MANAGERS);
  const data = programSchema.parse(input);
  let opdId: string;
  if (person.role === 'OPD_STAFF') {
    if (!person.opdId) throw new AccessDenied(403, 'Akun Anda belum terhubung ke OPD.');
    opdId = person.opdId;
  } else {
    const opd = data.opdId
      ? await db.opd.findUnique({ where: { id: data.opdId }, select: { id: true } })
      : await db.opd.findUnique({ where: { code: DINAS_OPD_CODE }, select: { id: true } });
    if (!opd) throw new DomainError('OPD tidak ditemukan.', { opdId: ['OPD tidak ditemukan.'] }, 404);
    opdId = opd.id;
  }
  const quotas = await checkReferences(data);

  const created = await db.$transaction(async (tx) => {
    const program = await tx.aidProgram.create({
      data: { opdId, ...columns(data), createdById: person.id, kecamatanQuotas: { create: quotas } },
      select: { id: true },
    });
    await audit(tx, person, {
      action: 'program.create',
      entityType: 'AidProgram',
      entityId: program.id,
      after: { name: data.name, kind: data.kind, opdId, quota: data.quota, budgetIdr: data.budgetIdr },
    });
    return program;
  });
  expireCoverage();
  return created;
}

/** Programs this actor manages (all for the Dinas, the OPD's own for OPD staff), with quota use. */
export async function listPrograms(actor: Actor | null) {
  const person = authorize(actor, PROGRAM_MANAGERS);
  const programs = await db.aidProgram.findMany({
    where: person.role === 'OPD_STAFF' ? { opdId: person.opdId ?? '-' } : {},
    orderBy: [{ startsOn: 'desc' }, { name: 'asc' }],
    include: { opd: { select: { name: true } } },
  });
  const counts = await db.programBeneficiary.groupBy({
    by: ['programId', 'status'],
    where: { programId: { in: programs.map((p) => p.id) } },
    _count: { _all: true },
  });
  const countOf = (id: string, status: string) =>
    counts.find((c) => c.programId === id && c.status === status)?._count._all ?? 0;
  const today = todayInMedan();
  return programs.map((p) => ({
    ...p,
    accepted: countOf(p.id, 'ACCEPTED'),
    applied: countOf(p.id, 'APPLIED'),
    running: p.endsOn.toISOString().slice(0, 10) >= today,
  }));
}

export async function listKindSettings() {
  return db.programKindSetting.findMany({ orderBy: { kind: 'asc' } });
}

/** The Dinas sets how long the overlap guard looks back for each kind of help. */
export async function setOverlapWindow(actor: Actor | null, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const data = kindSettingSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.programKindSetting.findUnique({ where: { kind: data.kind } });
    await tx.programKindSetting.upsert({
      where: { kind: data.kind },
      create: data,
      update: { overlapWindowMonths: data.overlapWindowMonths },
    });
    await audit(tx, admin, {
      action: 'program.overlap-window',
      entityType: 'ProgramKindSetting',
      entityId: data.kind,
      before: before ? { months: before.overlapWindowMonths } : null,
      after: { months: data.overlapWindowMonths },
    });
  });
}
