import 'server-only';
import { db } from '@/lib/server/db';
import type { Actor } from '@/lib/auth/actor';
import { todayInMedan } from '@/lib/format/date-only';
import {
  byNeed,
  cooperativeCriteria,
  msmeCriteria,
  rankingRule,
  sizeUsed,
  type Criterion,
} from './eligibility';
import { cooperativeFacts, msmeFacts, overlapWindow, overlapWithin, referenceNames, rulesOf } from './facts';
import type { HelpRecord } from './history';
import { predicateLabel, type PredicateCode } from './labels';
import { programForManager } from './programs';
import { likelyDuplicatesOf } from './duplicates';

const SHOWN = 150;

export type Candidate = {
  msmeId?: string;
  cooperativeId?: string;
  name: string;
  kecamatanName: string | null;
  size: string;
  eligible: boolean;
  criteria: Criterion[];
  history: HelpRecord[];
  lastHelpedAt: Date | null;
  applied: { entryId: string; at: Date; note: string | null } | null;
  likelyDuplicates: { msmeId: string; name: string; similarity: number }[];
};

/**
 * The program's candidates ranked by need (rule in `rankingRule`, shown on the page), each with its
 * criteria and its full history of help across every OPD. Businesses already decided are left out.
 */
export async function rankedCandidates(actor: Actor | null, programId: string, shown = SHOWN) {
  const { program } = await programForManager(actor, programId);
  const decided = await db.programBeneficiary.findMany({
    where: { programId, status: { in: ['ACCEPTED', 'DECLINED'] } },
    select: { msmeId: true, cooperativeId: true },
  });
  const applications = await db.programBeneficiary.findMany({
    where: { programId, status: 'APPLIED' },
    select: { id: true, msmeId: true, cooperativeId: true, appliedAt: true, applicationNote: true },
  });
  const names = await referenceNames();
  const windowMonths = await overlapWindow(program.kind);
  const today = todayInMedan();
  const rules = rulesOf(program);
  let candidates: Candidate[];

  if (program.kind === 'COOPERATIVE_AID') {
    const pool = await db.cooperative.findMany({
      where: {
        id: { notIn: decided.flatMap((d) => (d.cooperativeId ? [d.cooperativeId] : [])) },
        ...(program.eligibleKecamatanCodes.length
          ? { kecamatanCode: { in: program.eligibleKecamatanCodes } }
          : {}),
      },
      select: { id: true },
      take: 2000,
    });
    const facts = await cooperativeFacts(pool.map((c) => c.id));
    const helped = await db.programBeneficiary.findMany({
      where: { cooperativeId: { in: pool.map((c) => c.id) }, status: 'ACCEPTED' },
      include: { program: { select: { id: true, name: true, kind: true, opd: { select: { name: true } } } } },
      orderBy: { acceptedAt: 'desc' },
    });
    candidates = [...facts.values()].map((c) => {
      const history: HelpRecord[] = helped
        .filter((h) => h.cooperativeId === c.id)
        .map((h) => ({
          beneficiaryId: h.id,
          msmeId: '',
          msmeName: c.name,
          programId: h.program.id,
          programName: h.program.name,
          kind: h.program.kind,
          opdName: h.program.opd.name,
          helpedAt: h.acceptedAt ?? h.addedAt,
          viaOtherRecord: false,
        }));
      const criteria = cooperativeCriteria(rules, c, names, today, (p) => predicateLabel[p as PredicateCode]);
      const application = applications.find((a) => a.cooperativeId === c.id);
      return {
        cooperativeId: c.id,
        name: c.name,
        kecamatanName: c.kecamatanName,
        size: c.assessment ? predicateLabel[c.assessment.predicate as PredicateCode] : '—',
        eligible: criteria.every((x) => x.ok),
        criteria,
        history,
        lastHelpedAt: history[0]?.helpedAt ?? null,
        applied: application
          ? { entryId: application.id, at: application.appliedAt!, note: application.applicationNote }
          : null,
        likelyDuplicates: [],
      };
    });
  } else {
    const decidedIds = decided.flatMap((d) => (d.msmeId ? [d.msmeId] : []));
    const pool = await db.msme.findMany({
      where: {
        id: { notIn: decidedIds },
        status: program.verifiedOnly ? 'VERIFIED' : { in: ['VERIFIED', 'SUBMITTED'] },
        ...(program.eligibleKecamatanCodes.length
          ? { kecamatanCode: { in: program.eligibleKecamatanCodes } }
          : {}),
        ...(program.eligibleCategoryIds.length ? { categoryId: { in: program.eligibleCategoryIds } } : {}),
      },
      select: { id: true },
      // Past 5,000 the pool is cut: the least-helped first, so the never-helped are never cut.
      orderBy: [{ programEntries: { _count: 'asc' } }, { createdAt: 'asc' }],
      take: 5000,
    });
    const ids = [
      ...new Set([...pool.map((m) => m.id), ...applications.flatMap((a) => (a.msmeId ? [a.msmeId] : []))]),
    ];
    const { facts } = await msmeFacts(ids);
    candidates = [...facts.values()].map((f) => {
      const within = overlapWithin(f.history, program.kind, windowMonths);
      const criteria = msmeCriteria(rules, f, names, { windowMonths, within });
      const application = applications.find((a) => a.msmeId === f.id);
      return {
        msmeId: f.id,
        name: f.name,
        kecamatanName: f.kecamatanName,
        size: sizeUsed(f),
        eligible: criteria.every((c) => c.ok),
        criteria,
        history: f.history,
        lastHelpedAt: f.history[0]?.helpedAt ?? null,
        applied: application
          ? { entryId: application.id, at: application.appliedAt!, note: application.applicationNote }
          : null,
        likelyDuplicates: [],
      };
    });
  }
  const ranked = candidates
    .map((c) => ({ ...c, size: c.size as never }))
    .sort((a, b) =>
      byNeed(
        { lastHelpedAt: a.lastHelpedAt, size: a.size, appliedAt: a.applied?.at ?? null, name: a.name },
        { lastHelpedAt: b.lastHelpedAt, size: b.size, appliedAt: b.applied?.at ?? null, name: b.name },
      ),
    ) as Candidate[];
  const eligible = ranked.filter((c) => c.eligible);
  const ineligible = ranked.filter((c) => !c.eligible);
  const listed = eligible.slice(0, shown);
  const duplicates = await likelyDuplicatesOf(
    listed.slice(0, SHOWN).flatMap((c) => (c.msmeId ? [c.msmeId] : [])),
  );
  for (const c of listed) c.likelyDuplicates = (c.msmeId && duplicates.get(c.msmeId)) || [];
  return {
    program,
    rule: rankingRule,
    windowMonths,
    eligible: listed,
    eligibleCount: eligible.length,
    ineligible: ineligible.slice(0, shown),
    ineligibleCount: ineligible.length,
    applications: ranked.filter((c) => c.applied),
  };
}
