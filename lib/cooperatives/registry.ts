import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { dateOnlyToDb, todayInMedan } from '@/lib/format/date-only';
import { healthResult } from '@/lib/programs/rules';
import { ruleSetFor } from '@/lib/programs/rule-sets';
import { assessmentSchema, cooperativeSchema, memberSchema } from './schema';

// The cooperative registry and its yearly health assessments (Permenkop UKM 9/2020). Dinas admins
// keep the registry and alone assess; OPD staff see it when they run cooperative aid.

export async function listCooperatives(actor: Actor | null) {
  authorize(actor, ['DINAS_ADMIN', 'OPD_STAFF']);
  const rows = await db.cooperative.findMany({
    orderBy: { name: 'asc' },
    include: {
      kecamatan: { select: { name: true } },
      assessments: { orderBy: { year: 'desc' }, take: 1 },
      _count: { select: { members: true } },
    },
  });
  return rows;
}

export async function getCooperative(actor: Actor | null, id: string) {
  authorize(actor, ['DINAS_ADMIN', 'OPD_STAFF']);
  const c = await db.cooperative.findUnique({
    where: { id },
    include: {
      kecamatan: { select: { name: true } },
      assessments: { orderBy: { year: 'desc' } },
      members: { include: { msme: { select: { id: true, name: true, nib: true } } } },
      programEntries: {
        where: { status: 'ACCEPTED' },
        include: { program: { select: { name: true, opd: { select: { name: true } } } } },
      },
    },
  });
  if (!c) throw new DomainError('Koperasi tidak ditemukan.', undefined, 404);
  const ruleIds = [...new Set(c.assessments.map((a) => a.ruleSetId))];
  const rules = await db.ruleSet.findMany({
    where: { id: { in: ruleIds } },
    select: { id: true, regulation: true },
  });
  return { ...c, regulations: new Map(rules.map((r) => [r.id, r.regulation])) };
}

export async function createCooperative(actor: Actor | null, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const data = cooperativeSchema.parse(input);
  if (!(await db.kecamatan.findUnique({ where: { code: data.kecamatanCode }, select: { code: true } })))
    throw new DomainError('Kecamatan tidak ditemukan.', { kecamatanCode: ['Pilih kecamatan.'] }, 422);
  const clash = await db.cooperative.findFirst({
    where: {
      OR: [
        ...(data.legalNumber ? [{ legalNumber: data.legalNumber }] : []),
        ...(data.nik ? [{ nik: data.nik }] : []),
      ],
    },
    select: { name: true, legalNumber: true },
  });
  if (clash && (data.legalNumber || data.nik))
    throw new DomainError(
      `Sudah terdaftar sebagai ${clash.name}.`,
      clash.legalNumber === data.legalNumber
        ? { legalNumber: ['Nomor badan hukum sudah terdaftar.'] }
        : { nik: ['NIK koperasi sudah terdaftar.'] },
      409,
    );
  return db.$transaction(async (tx) => {
    const c = await tx.cooperative.create({
      data: { ...data, lastRatOn: data.lastRatOn ? dateOnlyToDb(data.lastRatOn) : null },
      select: { id: true },
    });
    await audit(tx, admin, {
      action: 'cooperative.create',
      entityType: 'Cooperative',
      entityId: c.id,
      after: { name: data.name },
    });
    return c;
  });
}

export async function recordRat(actor: Actor | null, id: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const { lastRatOn } = cooperativeSchema.pick({ lastRatOn: true }).parse(input);
  if (!lastRatOn)
    throw new DomainError('Isi tanggal RAT.', { lastRatOn: ['Tanggal RAT terakhir wajib diisi.'] }, 422);
  if (lastRatOn > todayInMedan())
    throw new DomainError(
      'Tanggal RAT tidak boleh di masa depan.',
      { lastRatOn: ['Tanggal RAT tidak boleh di masa depan.'] },
      422,
    );
  return db.$transaction(async (tx) => {
    await tx.cooperative.update({ where: { id }, data: { lastRatOn: dateOnlyToDb(lastRatOn) } });
    await audit(tx, admin, {
      action: 'cooperative.rat',
      entityType: 'Cooperative',
      entityId: id,
      after: { lastRatOn },
    });
  });
}

/** Yearly health assessment: four aspect scores, weighted and banded by the rule set in force. */
export async function assessCooperative(actor: Actor | null, id: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const data = assessmentSchema.parse(input);
  const currentYear = Number(todayInMedan().slice(0, 4));
  if (data.year > currentYear)
    throw new DomainError(
      'Tahun penilaian tidak boleh setelah tahun ini.',
      { year: ['Tahun penilaian tidak boleh setelah tahun ini.'] },
      422,
    );
  const coop = await db.cooperative.findUnique({ where: { id }, select: { id: true } });
  if (!coop) throw new DomainError('Koperasi tidak ditemukan.', undefined, 404);
  const rules = await ruleSetFor('cooperative-health');
  const result = healthResult(data, rules.rules);
  return db.$transaction(async (tx) => {
    const values = {
      governanceScore: data.governance,
      riskScore: data.risk,
      financeScore: data.finance,
      capitalScore: data.capital,
      totalScoreCenti: result.totalScoreCenti,
      predicate: result.predicate,
      ruleSetId: rules.id,
      note: data.note,
      assessedById: admin.id,
      assessedAt: new Date(),
    };
    const before = await tx.cooperativeAssessment.findUnique({
      where: { cooperativeId_year: { cooperativeId: id, year: data.year } },
    });
    await tx.cooperativeAssessment.upsert({
      where: { cooperativeId_year: { cooperativeId: id, year: data.year } },
      create: { cooperativeId: id, year: data.year, ...values },
      update: values,
    });
    await audit(tx, admin, {
      action: 'cooperative.assess',
      entityType: 'Cooperative',
      entityId: id,
      before: before ? { predicate: before.predicate, totalScoreCenti: before.totalScoreCenti } : null,
      after: {
        year: data.year,
        predicate: result.predicate,
        totalScoreCenti: result.totalScoreCenti,
        regulation: rules.regulation,
      },
    });
    return result;
  });
}

export async function addMember(actor: Actor | null, id: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const { nib } = memberSchema.parse(input);
  const msme = await db.msme.findFirst({ where: { nib }, select: { id: true } });
  if (!msme)
    throw new DomainError('NIB itu tidak terdaftar sebagai UMKM.', { nib: ['NIB tidak terdaftar.'] }, 404);
  if (!(await db.cooperative.findUnique({ where: { id }, select: { id: true } })))
    throw new DomainError('Koperasi tidak ditemukan.', undefined, 404);
  return db.$transaction(async (tx) => {
    await tx.cooperativeMember.upsert({
      where: { cooperativeId_msmeId: { cooperativeId: id, msmeId: msme.id } },
      create: { cooperativeId: id, msmeId: msme.id },
      update: {},
    });
    await audit(tx, admin, {
      action: 'cooperative.member',
      entityType: 'Cooperative',
      entityId: id,
      after: { msmeId: msme.id },
    });
  });
}

/** The health band table in force, for the page that explains predicates. */
export async function healthRules() {
  return ruleSetFor('cooperative-health');
}
