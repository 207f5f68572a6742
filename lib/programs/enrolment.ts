import 'server-only';
import { notifyMsme } from '@/lib/notify/notify';
import type { Tx } from '@/lib/db/client';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { dateOnlyFromDb, todayInMedan } from '@/lib/format/date-only';
import { cooperativeCriteria, msmeCriteria, overlapCriterion } from './eligibility';
import { cooperativeFacts, msmeFacts, overlapWindow, overlapWithin, referenceNames, rulesOf } from './facts';
import { identityGroups, monthsBefore, type HelpRecord } from './history';
import { seatProblem, take, type QuotaState } from './quota';
import { criterionText, fillTemplate } from './text';
import { predicateLabel, type PredicateCode } from './labels';
import { programForManager, programInclude } from './programs';
import { expireCoverage } from './coverage';
import { applicationSchema, decisionSchema, nominationSchema, overrideSchema } from './schema';

// Admitting beneficiaries: one transaction per batch. The program's row of seats and every record
// of each business are locked (advisory locks, always in the same order) before anything is read,
// so two OPDs nominating the same business at once, or the last seat twice, cannot both succeed.

type Target = {
  who: string; // how a refusal names the row
  msmeId?: string;
  cooperativeId?: string;
};

type Blocked = { msmeId: string; earlier: HelpRecord };

/** A batch refused as a whole: every row's problem, and the overlaps that were stopped. */
class BatchRefused extends DomainError {
  constructor(
    readonly problems: string[],
    readonly blocked: Blocked[],
  ) {
    super(
      problems.length === 1
        ? `Tidak ada yang disimpan. ${problems[0]}`
        : `Tidak ada yang disimpan: ${problems.length} calon bermasalah.`,
      { rows: problems },
      409,
    );
  }
}

type Program = NonNullable<Awaited<ReturnType<typeof programForManager>>['program']>;

async function lock(tx: Tx, keys: string[]) {
  for (const key of [...new Set(keys)].sort())
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

async function quotaState(tx: Tx, program: Program): Promise<QuotaState> {
  const rows = await tx.$queryRaw<{ kecamatanCode: string | null; n: number }[]>`
    SELECT COALESCE(m."kecamatanCode", c."kecamatanCode") AS "kecamatanCode", count(*)::int AS n
    FROM "ProgramBeneficiary" b
    LEFT JOIN "Msme" m ON m.id = b."msmeId"
    LEFT JOIN "Cooperative" c ON c.id = b."cooperativeId"
    WHERE b."programId" = ${program.id} AND b.status = 'ACCEPTED'
    GROUP BY 1`;
  return {
    quota: program.quota,
    reserved: new Map(program.kecamatanQuotas.map((q) => [q.kecamatanCode, q.quota])),
    releaseOn: program.quotaReleaseOn ? dateOnlyFromDb(program.quotaReleaseOn) : null,
    accepted: new Map(rows.map((r) => [r.kecamatanCode, r.n])),
  };
}

type Override = { reasonCode: string; reason: string; blockedCheckId: string };

async function admit(
  person: Actor,
  stale: Program,
  targets: Target[],
  how: { action: string; note?: string; override?: Override; onlyApplied?: boolean },
) {
  let program = stale;
  const today = todayInMedan();
  if (dateOnlyFromDb(program.endsOn) < today)
    throw new DomainError('Program sudah berakhir: penerima tidak dapat ditambah.', undefined, 409);
  const kind = program.kind;
  try {
    const admitted = await db.$transaction(
      async (tx) => {
        const msmeIds = targets.flatMap((t) => (t.msmeId ? [t.msmeId] : []));
        const coopIds = targets.flatMap((t) => (t.cooperativeId ? [t.cooperativeId] : []));
        const groups = await identityGroups(msmeIds, tx);
        await lock(tx, [`program:${program.id}`]);
        // Read again under the lock: an edit of the quota or period waits for this, or this for it.
        program = await tx.aidProgram.findUniqueOrThrow({
          where: { id: stale.id },
          include: programInclude,
        });
        if (dateOnlyFromDb(program.endsOn) < today)
          throw new DomainError('Program sudah berakhir: penerima tidak dapat ditambah.', undefined, 409);
        await lock(tx, [
          ...[...groups.values()].flat().map((id) => `help:${kind}:msme:${id}`),
          ...coopIds.map((id) => `help:${kind}:coop:${id}`),
        ]);
        const [{ facts }, coops, names, windowMonths, existing, seats] = await Promise.all([
          msmeFacts(msmeIds, tx),
          cooperativeFacts(coopIds, tx),
          referenceNames(tx),
          overlapWindow(kind, tx),
          tx.programBeneficiary.findMany({
            where: {
              programId: program.id,
              OR: [{ msmeId: { in: msmeIds } }, { cooperativeId: { in: coopIds } }],
            },
            select: { id: true, msmeId: true, cooperativeId: true, status: true },
          }),
          quotaState(tx, program),
        ]);
        const rules = rulesOf(program);
        const problems: string[] = [];
        const blocked: Blocked[] = [];
        const seen = new Map<string, string>(); // record id → who, across each business's records
        const admitted: { target: Target; kecamatanCode: string | null; entryId?: string }[] = [];
        const now = new Date();
        for (const target of targets) {
          const refuse = (text: string) => problems.push(`${target.who}: ${text}`);
          const entry = existing.find(
            (e) =>
              (target.msmeId && e.msmeId === target.msmeId) ||
              (target.cooperativeId && e.cooperativeId === target.cooperativeId),
          );
          if (entry?.status === 'ACCEPTED') {
            refuse('sudah menjadi penerima program ini.');
            continue;
          }
          if (how.onlyApplied && entry?.status !== 'APPLIED') {
            refuse('pengajuan ini sudah diputuskan.');
            continue;
          }
          let kecamatanCode: string | null = null;
          if (target.msmeId) {
            const f = facts.get(target.msmeId);
            if (!f) {
              refuse('UMKM tidak ditemukan.');
              continue;
            }
            const twin = (groups.get(target.msmeId) ?? [target.msmeId])
              .map((id) => seen.get(id))
              .find(Boolean);
            if (twin) {
              refuse(`usaha yang sama dengan ${twin} di usulan ini.`);
              continue;
            }
            seen.set(target.msmeId, target.who);
            if (program.kind === 'COOPERATIVE_AID') {
              refuse('bantuan koperasi hanya untuk koperasi, bukan UMKM.');
              continue;
            }
            const within = overlapWithin(f.history, kind, windowMonths, now, undefined);
            const criteria = msmeCriteria(rules, f, names, { windowMonths, within });
            const failed = criteria.find((c) => !c.ok && c.code !== 'overlap');
            if (failed) {
              refuse(criterionText(failed));
              continue;
            }
            if (within && !how.override) {
              blocked.push({ msmeId: target.msmeId, earlier: within });
              refuse(criterionText(overlapCriterion(kind, { windowMonths, within })));
              continue;
            }
            kecamatanCode = f.kecamatanCode;
          } else if (target.cooperativeId) {
            const c = coops.get(target.cooperativeId);
            if (!c) {
              refuse('Koperasi tidak ditemukan.');
              continue;
            }
            if (program.kind !== 'COOPERATIVE_AID') {
              refuse('program ini untuk UMKM, bukan koperasi.');
              continue;
            }
            const criteria = cooperativeCriteria(
              rules,
              c,
              names,
              today,
              (p) => predicateLabel[p as PredicateCode],
            );
            const failed = criteria.find((x) => !x.ok);
            if (failed) {
              refuse(criterionText(failed));
              continue;
            }
            const earlier = await tx.programBeneficiary.findFirst({
              where: {
                cooperativeId: c.id,
                status: 'ACCEPTED',
                program: { kind },
                acceptedAt: { gte: monthsBefore(now, windowMonths) },
              },
              include: { program: { select: { name: true, opd: { select: { name: true } } } } },
            });
            if (earlier) {
              refuse(
                fillTemplate(
                  'Tumpang tindih: sudah menerima {kind} dari {program} ({opd}) pada {date}, dalam {months} bulan terakhir.',
                  {
                    kind: 'bantuan koperasi',
                    program: earlier.program.name,
                    opd: earlier.program.opd.name,
                    date: (earlier.acceptedAt ?? earlier.addedAt).toISOString(),
                    months: String(windowMonths),
                  },
                ),
              );
              continue;
            }
            kecamatanCode = c.kecamatanCode;
          }
          const seat = seatProblem(seats, kecamatanCode, today);
          if (seat) {
            refuse(seat);
            continue;
          }
          take(seats, kecamatanCode);
          admitted.push({ target, kecamatanCode, entryId: entry?.id });
        }
        if (problems.length) throw new BatchRefused(problems, blocked);

        for (const a of admitted) {
          const data = {
            status: 'ACCEPTED' as const,
            acceptedAt: now,
            decidedById: person.id,
            declineReason: null,
            note: how.note || undefined,
          };
          if (a.entryId) await tx.programBeneficiary.update({ where: { id: a.entryId }, data });
          else
            await tx.programBeneficiary.create({
              data: {
                ...data,
                programId: program.id,
                msmeId: a.target.msmeId,
                cooperativeId: a.target.cooperativeId,
                nominatedById: person.id,
              },
            });
        }
        if (how.override) {
          const target = admitted[0].target;
          const f = facts.get(target.msmeId!)!;
          // The check stopped earlier holds what was overlapped (the window may have passed since).
          const resolved = await tx.overlapCheck.updateMany({
            where: { id: how.override.blockedCheckId, outcome: 'BLOCKED', resolvedAt: null },
            data: { resolvedAt: now },
          });
          if (resolved.count !== 1)
            throw new DomainError('Tumpang tindih ini sudah diputuskan.', undefined, 409);
          const blocked = await tx.overlapCheck.findUniqueOrThrow({
            where: { id: how.override.blockedCheckId },
            include: { earlierProgram: { select: { name: true, opd: { select: { name: true } } } } },
          });
          const earlier = {
            programId: blocked.earlierProgramId,
            programName: blocked.earlierProgram.name,
            opdName: blocked.earlierProgram.opd.name,
            helpedAt: blocked.earlierHelpedAt,
          };
          await tx.overlapCheck.create({
            data: {
              programId: program.id,
              msmeId: target.msmeId!,
              earlierProgramId: earlier.programId,
              earlierHelpedAt: earlier.helpedAt,
              outcome: 'OVERRIDDEN',
              byUserId: person.id,
              reasonCode: how.override.reasonCode as never,
              reason: how.override.reason,
              at: now,
              resolvedAt: now,
            },
          });
          await audit(tx, person, {
            action: 'program.overlap.override',
            entityType: 'AidProgram',
            entityId: program.id,
            after: {
              msmeId: target.msmeId!,
              msme: f.name,
              earlierProgram: earlier.programName,
              earlierOpd: earlier.opdName,
              earlierHelpedAt: earlier.helpedAt.toISOString(),
              reasonCode: how.override.reasonCode,
              reason: how.override.reason,
            },
          });
        }
        for (const a of admitted)
          if (a.target.msmeId)
            await notifyMsme(tx, a.target.msmeId, {
              kind: 'program.admitted',
              params: { program: program.name, opd: program.opd.name, msme: a.target.who },
              link: '/umkm/program',
              key: `program:${program.id}:admitted:${a.target.msmeId}`,
            });
        await audit(tx, person, {
          action: how.action,
          entityType: 'AidProgram',
          entityId: program.id,
          after: {
            msmeIds: admitted.flatMap((a) => (a.target.msmeId ? [a.target.msmeId] : [])),
            cooperativeIds: admitted.flatMap((a) => (a.target.cooperativeId ? [a.target.cooperativeId] : [])),
          },
        });
        return { admitted: admitted.length };
      },
      { timeout: 30_000, maxWait: 15_000 },
    );
    expireCoverage();
    return admitted;
  } catch (error) {
    if (error instanceof BatchRefused && error.blocked.length)
      await recordBlocked(person, program.id, error.blocked);
    throw error;
  }
}

/** Written after the refused batch rolled back: the Dinas sees what the guard stopped, and may override. */
async function recordBlocked(person: Actor, programId: string, blocked: Blocked[]) {
  await db.$transaction(async (tx) => {
    for (const b of blocked) {
      const open = await tx.overlapCheck.findFirst({
        where: { programId, msmeId: b.msmeId, outcome: 'BLOCKED', resolvedAt: null },
        select: { id: true },
      });
      if (open) continue;
      const check = await tx.overlapCheck.create({
        data: {
          programId,
          msmeId: b.msmeId,
          earlierProgramId: b.earlier.programId,
          earlierHelpedAt: b.earlier.helpedAt,
          outcome: 'BLOCKED',
          byUserId: person.id,
        },
      });
      await audit(tx, person, {
        action: 'program.overlap.blocked',
        entityType: 'AidProgram',
        entityId: programId,
        after: {
          checkId: check.id,
          msmeId: b.msmeId,
          earlierProgram: b.earlier.programName,
          earlierOpd: b.earlier.opdName,
          earlierHelpedAt: b.earlier.helpedAt.toISOString(),
        },
      });
    }
  });
}

/** The program manager nominates: ticked candidates and/or NIBs one per line, all or nothing. */
export async function nominate(actor: Actor | null, programId: string, input: unknown) {
  const { person, program } = await programForManager(actor, programId);
  const batch = nominationSchema.parse(input);
  const targets: Target[] = [];
  const [ticked, coops] = await Promise.all([
    db.msme.findMany({ where: { id: { in: batch.msmeIds } }, select: { id: true, name: true } }),
    db.cooperative.findMany({
      where: { id: { in: batch.cooperativeIds } },
      select: { id: true, name: true },
    }),
  ]);
  const problems: string[] = [];
  for (const id of batch.msmeIds) {
    const m = ticked.find((t) => t.id === id);
    if (!m) problems.push(`UMKM ${id}: tidak ditemukan.`);
    else targets.push({ who: m.name, msmeId: m.id });
  }
  for (const id of batch.cooperativeIds) {
    const c = coops.find((t) => t.id === id);
    if (!c) problems.push(`Koperasi ${id}: tidak ditemukan.`);
    else targets.push({ who: c.name, cooperativeId: c.id });
  }
  if (batch.nibLines.length) {
    const byNib = await db.msme.findMany({
      where: { nib: { in: batch.nibLines } },
      select: { id: true, name: true, nib: true },
    });
    batch.nibLines.forEach((nib, i) => {
      const m = byNib.filter((x) => x.nib === nib);
      if (!/^\d{13}$/.test(nib)) problems.push(`Baris ${i + 1}: NIB "${nib}" harus 13 digit.`);
      else if (m.length === 0) problems.push(`Baris ${i + 1}: NIB ${nib} tidak terdaftar.`);
      else targets.push({ who: `Baris ${i + 1} (${m[0].name})`, msmeId: m[0].id });
    });
  }
  if (problems.length) throw new BatchRefused(problems, []);
  return admit(person, program, targets, { action: 'program.nominate', note: batch.note });
}

/** A verified owner applies to an open program it is eligible for. */
export async function applyToProgram(actor: Actor | null, programId: string, input: unknown) {
  const owner = authorize(actor, ['MSME_OWNER']);
  const { note } = applicationSchema.parse(input);
  if (!owner.msmeId) throw new DomainError('Daftarkan usaha Anda terlebih dahulu.', undefined, 422);
  const business = await db.msme.findUnique({ where: { id: owner.msmeId }, select: { status: true } });
  if (business?.status !== 'VERIFIED')
    throw new DomainError(
      'Hanya UMKM binaan terverifikasi yang dapat mengajukan diri ke program.',
      undefined,
      422,
    );
  const program = await db.aidProgram.findUnique({ where: { id: programId } });
  if (!program || program.kind === 'COOPERATIVE_AID')
    throw new DomainError('Program tidak ditemukan.', undefined, 404);
  if (!program.openForApplications || dateOnlyFromDb(program.endsOn) < todayInMedan())
    throw new DomainError('Program ini tidak menerima pengajuan.', undefined, 409);
  const [{ facts }, names, windowMonths] = await Promise.all([
    msmeFacts([owner.msmeId]),
    referenceNames(),
    overlapWindow(program.kind),
  ]);
  const f = facts.get(owner.msmeId)!;
  const within = overlapWithin(f.history, program.kind, windowMonths);
  const failed = msmeCriteria(rulesOf(program), f, names, { windowMonths, within }).find((c) => !c.ok);
  if (failed) throw new DomainError(`Belum memenuhi syarat: ${criterionText(failed)}`, undefined, 422);
  const already = await db.programBeneficiary.findUnique({
    where: { programId_msmeId: { programId, msmeId: owner.msmeId } },
    select: { status: true },
  });
  if (already)
    throw new DomainError(
      already.status === 'DECLINED'
        ? 'Pengajuan Anda untuk program ini sudah ditolak.'
        : 'Anda sudah mengajukan ke program ini.',
      undefined,
      409,
    );
  return db.$transaction(async (tx) => {
    const entry = await tx.programBeneficiary.create({
      data: {
        programId,
        msmeId: owner.msmeId,
        status: 'APPLIED',
        appliedAt: new Date(),
        applicationNote: note || null,
      },
      select: { id: true },
    });
    await audit(tx, owner, {
      action: 'program.apply',
      entityType: 'AidProgram',
      entityId: programId,
      after: { entryId: entry.id },
    });
    return entry;
  });
}

/** Accept (through the same guard and quota as a nomination) or decline with a reason the owner reads. */
export async function decideApplication(actor: Actor | null, entryId: string, input: unknown) {
  const entry = await db.programBeneficiary.findUnique({
    where: { id: entryId },
    select: { id: true, programId: true, status: true, msmeId: true, msme: { select: { name: true } } },
  });
  const { person, program } = await programForManager(actor, entry?.programId ?? '-');
  const decision = decisionSchema.parse(input);
  if (!entry || entry.status !== 'APPLIED' || !entry.msmeId)
    throw new DomainError('Pengajuan ini sudah diputuskan.', undefined, 409);
  if (decision.decision === 'ACCEPT')
    return admit(person, program, [{ who: entry.msme?.name ?? '', msmeId: entry.msmeId }], {
      action: 'program.application.accept',
      onlyApplied: true,
    });
  return db.$transaction(async (tx) => {
    const changed = await tx.programBeneficiary.updateMany({
      where: { id: entry.id, status: 'APPLIED' },
      data: { status: 'DECLINED', declineReason: decision.reason, decidedById: person.id },
    });
    if (changed.count === 0) throw new DomainError('Pengajuan ini sudah diputuskan.', undefined, 409);
    await notifyMsme(tx, entry.msmeId!, {
      kind: 'program.declined',
      params: { program: program.name, reason: decision.reason ?? '' },
      link: '/umkm/program',
      key: `program:${program.id}:declined:${entry.id}`,
    });
    await audit(tx, person, {
      action: 'program.application.decline',
      entityType: 'AidProgram',
      entityId: program.id,
      after: { entryId: entry.id, reason: decision.reason },
    });
    return { admitted: 0 };
  });
}

/** Only a Dinas admin lets help through that the overlap guard stopped, with a reason that is audited. */
export async function overrideOverlap(actor: Actor | null, checkId: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const reason = overrideSchema.parse(input);
  const check = await db.overlapCheck.findUnique({
    where: { id: checkId },
    include: { msme: { select: { name: true } } },
  });
  if (!check || check.outcome !== 'BLOCKED')
    throw new DomainError('Catatan tumpang tindih tidak ditemukan.', undefined, 404);
  if (check.resolvedAt) throw new DomainError('Tumpang tindih ini sudah diputuskan.', undefined, 409);
  const { program } = await programForManager(admin, check.programId);
  return admit(admin, program, [{ who: check.msme.name, msmeId: check.msmeId }], {
    action: 'program.nominate',
    override: { ...reason, blockedCheckId: check.id },
  });
}

/** Stopped overlaps waiting for a Dinas decision, and recent overrides. */
export async function overlapChecks(actor: Actor | null) {
  const person = authorize(actor, ['DINAS_ADMIN', 'OPD_STAFF']);
  const where = person.role === 'OPD_STAFF' ? { program: { opdId: person.opdId ?? '-' } } : {};
  return db.overlapCheck.findMany({
    where,
    orderBy: { at: 'desc' },
    take: 100,
    include: {
      msme: { select: { name: true } },
      program: { select: { id: true, name: true, opd: { select: { name: true } } } },
      earlierProgram: { select: { name: true, opd: { select: { name: true } } } },
    },
  });
}

/** Dismiss a stopped overlap without giving the help (the manager agreed with the guard). */
export async function dismissOverlap(actor: Actor | null, checkId: string) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  await db.$transaction(async (tx) => {
    const done = await tx.overlapCheck.updateMany({
      where: { id: checkId, outcome: 'BLOCKED', resolvedAt: null },
      data: { resolvedAt: new Date() },
    });
    if (done.count === 0) throw new DomainError('Tumpang tindih ini sudah diputuskan.', undefined, 409);
    await audit(tx, admin, {
      action: 'program.overlap.dismiss',
      entityType: 'OverlapCheck',
      entityId: checkId,
    });
  });
}
