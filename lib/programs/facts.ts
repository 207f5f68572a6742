import 'server-only';
import type { Tx } from '@/lib/db/client';
import { db } from '@/lib/server/db';
import { todayInMedan } from '@/lib/format/date-only';
import { helpHistories, monthsBefore, type HelpRecord } from './history';
import { sizeClassOf } from './rules';
import { ruleSetFor } from './rule-sets';
import type { CooperativeFacts, MsmeFacts, Names, ProgramRules } from './eligibility';
import type { ProgramKindCode } from './labels';

export type MsmeCandidate = MsmeFacts & {
  id: string;
  name: string;
  nib: string | null;
  kecamatanCode: string | null;
};

/** What eligibility and ranking need to know about each UMKM, their help history across OPDs included. */
export async function msmeFacts(ids: string[], client: Tx = db) {
  const [rows, { histories, groups }, size] = await Promise.all([
    client.msme.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        name: true,
        nib: true,
        status: true,
        size: true,
        capitalIdr: true,
        annualTurnoverIdr: true,
        categoryId: true,
        category: { select: { name: true } },
        kecamatanCode: true,
        kecamatan: { select: { name: true } },
        certifications: { select: { type: true, expiresAt: true } },
      },
    }),
    helpHistories(ids, client),
    ruleSetFor('msme-size', todayInMedan(), client),
  ]);
  const out = new Map<string, MsmeCandidate>();
  for (const m of rows) {
    out.set(m.id, {
      id: m.id,
      name: m.name,
      nib: m.nib,
      status: m.status,
      size: m.size,
      computedSize: sizeClassOf(m, size.rules),
      categoryId: m.categoryId,
      categoryName: m.category?.name ?? null,
      kecamatanCode: m.kecamatanCode,
      kecamatanName: m.kecamatan?.name ?? null,
      certifications: m.certifications,
      history: histories.get(m.id) ?? [],
    });
  }
  return { facts: out, groups, sizeRules: size };
}

export async function cooperativeFacts(ids: string[], client: Tx = db) {
  const rows = await client.cooperative.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      name: true,
      kecamatanCode: true,
      kecamatan: { select: { name: true } },
      lastRatOn: true,
      assessments: { orderBy: { year: 'desc' }, take: 1, select: { year: true, predicate: true } },
    },
  });
  return new Map(
    rows.map((c) => [
      c.id,
      {
        id: c.id,
        name: c.name,
        kecamatanCode: c.kecamatanCode,
        kecamatanName: c.kecamatan?.name ?? null,
        lastRatOn: c.lastRatOn,
        assessment: c.assessments[0] ?? null,
      } satisfies CooperativeFacts & { id: string; name: string },
    ]),
  );
}

export async function referenceNames(client: Tx = db): Promise<Names> {
  const [categories, kecamatan] = await Promise.all([
    client.category.findMany({ select: { id: true, name: true } }),
    client.kecamatan.findMany({ select: { code: true, name: true } }),
  ]);
  return {
    categories: new Map(categories.map((c) => [c.id, c.name])),
    kecamatan: new Map(kecamatan.map((k) => [k.code, k.name])),
  };
}

export async function overlapWindow(kind: ProgramKindCode, client: Tx = db) {
  const setting = await client.programKindSetting.findUnique({ where: { kind } });
  return setting?.overlapWindowMonths ?? 12;
}

/** The latest same-kind help within the window, if any: what the overlap guard stops. */
export function overlapWithin(
  history: HelpRecord[],
  kind: ProgramKindCode,
  windowMonths: number,
  now = new Date(),
  exceptProgramId?: string,
) {
  const since = monthsBefore(now, windowMonths);
  return (
    history.find((h) => h.kind === kind && h.helpedAt >= since && h.programId !== exceptProgramId) ?? null
  );
}

export function rulesOf(p: {
  kind: ProgramKindCode;
  eligibleSizes: ('MICRO' | 'SMALL' | 'MEDIUM')[];
  eligibleCategoryIds: string[];
  eligibleKecamatanCodes: string[];
  verifiedOnly: boolean;
  requiresCertification: ProgramRules['requiresCertification'];
  lacksCertification: ProgramRules['lacksCertification'];
  neverHelpedOfKind: boolean;
}): ProgramRules {
  return p;
}
