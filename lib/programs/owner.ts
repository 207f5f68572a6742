import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { dateOnlyToDb, todayInMedan } from '@/lib/format/date-only';
import { msmeCriteria } from './eligibility';
import { msmeFacts, overlapWindow, overlapWithin, referenceNames, rulesOf } from './facts';

/** Open programs for the owner's business, each with the reasons it may or may not apply. */
export async function openProgramsForOwner(actor: Actor | null) {
  const owner = authorize(actor, ['MSME_OWNER']);
  if (!owner.msmeId) return { registered: false as const, verified: false, programs: [] };
  const [programs, { facts }, names, mine] = await Promise.all([
    db.aidProgram.findMany({
      where: {
        openForApplications: true,
        kind: { not: 'COOPERATIVE_AID' },
        endsOn: { gte: dateOnlyToDb(todayInMedan()) },
      },
      orderBy: { endsOn: 'asc' },
      include: { opd: { select: { name: true } } },
    }),
    msmeFacts([owner.msmeId]),
    referenceNames(),
    db.programBeneficiary.findMany({ where: { msmeId: owner.msmeId }, select: { programId: true } }),
  ]);
  const f = facts.get(owner.msmeId)!;
  const applied = new Set(mine.map((m) => m.programId));
  const windows = new Map<string, number>();
  const out = [];
  for (const p of programs) {
    if (applied.has(p.id)) continue;
    const windowMonths = windows.get(p.kind) ?? (await overlapWindow(p.kind));
    windows.set(p.kind, windowMonths);
    const criteria = msmeCriteria(rulesOf(p), f, names, {
      windowMonths,
      within: overlapWithin(f.history, p.kind, windowMonths),
    });
    out.push({ program: p, criteria, eligible: criteria.every((c) => c.ok) });
  }
  out.sort((a, b) => Number(b.eligible) - Number(a.eligible));
  return { registered: true as const, verified: f.status === 'VERIFIED', programs: out };
}
