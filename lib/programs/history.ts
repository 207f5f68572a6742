import 'server-only';
import type { Tx } from '@/lib/db/client';
import { db } from '@/lib/server/db';

/**
 * Each UMKM with the other records that are the same business: the same NIK (by keyed hash), the
 * same NIB, the same WhatsApp number (stored normalized to 62…, lib/validation/identity.ts), or a
 * pair a person judged SAME (lib/programs/duplicates.ts). Help to any of them is help to all.
 */
export async function identityGroups(msmeIds: string[], client: Tx = db): Promise<Map<string, string[]>> {
  const groups = new Map<string, Set<string>>(msmeIds.map((id) => [id, new Set([id])]));
  if (msmeIds.length === 0) return new Map();
  // Links are followed a few steps (X shares a NIK with Y, Y a phone with Z): each round asks for
  // the records linked to those found so far.
  let frontier = new Map(msmeIds.map((id) => [id, [id]]));
  for (let round = 0; round < 4 && frontier.size > 0; round++) {
    const asked = [...new Set([...frontier.values()].flat())];
    const links = await directLinks(asked, client);
    const next = new Map<string, string[]>();
    for (const [root, members] of frontier) {
      const group = groups.get(root)!;
      for (const member of members)
        for (const other of links.get(member) ?? [])
          if (!group.has(other)) {
            group.add(other);
            next.set(root, [...(next.get(root) ?? []), other]);
          }
    }
    frontier = next;
  }
  return new Map([...groups].map(([id, set]) => [id, [...set]]));
}

/** The records directly linked to each of `ids` by NIK, NIB, phone or a SAME verdict. */
async function directLinks(ids: string[], client: Tx) {
  const rows = await client.$queryRaw<{ msmeId: string; otherId: string }[]>`
    WITH base AS (SELECT id, "nikHash", nib, whatsapp FROM "Msme" WHERE id = ANY(${ids}))
    SELECT b.id AS "msmeId", o.id AS "otherId" FROM base b JOIN "Msme" o
      ON o."nikHash" = b."nikHash" AND o.id <> b.id
    UNION SELECT b.id, o.id FROM base b JOIN "Msme" o ON o.nib = b.nib AND o.id <> b.id
    UNION SELECT b.id, o.id FROM base b JOIN "Msme" o ON o.whatsapp = b.whatsapp AND o.id <> b.id
    UNION SELECT d."msmeAId", d."msmeBId" FROM "MsmeDuplicateDecision" d
      WHERE d.verdict = 'SAME' AND d."msmeAId" = ANY(${ids})
    UNION SELECT d."msmeBId", d."msmeAId" FROM "MsmeDuplicateDecision" d
      WHERE d.verdict = 'SAME' AND d."msmeBId" = ANY(${ids})`;
  const links = new Map<string, string[]>();
  for (const r of rows) links.set(r.msmeId, [...(links.get(r.msmeId) ?? []), r.otherId]);
  return links;
}

export type HelpRecord = {
  beneficiaryId: string;
  msmeId: string;
  msmeName: string;
  programId: string;
  programName: string;
  kind: string;
  opdName: string;
  helpedAt: Date;
  /** True when the help went to another record of the same business. */
  viaOtherRecord: boolean;
};

/** Every help (accepted entry) each UMKM received from any OPD, its other records included, newest first. */
export async function helpHistories(msmeIds: string[], client: Tx = db) {
  const groups = await identityGroups(msmeIds, client);
  const everyone = [...new Set([...groups.values()].flat())];
  const entries = await client.programBeneficiary.findMany({
    where: { msmeId: { in: everyone }, status: 'ACCEPTED' },
    select: {
      id: true,
      msmeId: true,
      acceptedAt: true,
      addedAt: true,
      msme: { select: { name: true } },
      program: { select: { id: true, name: true, kind: true, opd: { select: { name: true } } } },
    },
    orderBy: { acceptedAt: 'desc' },
  });
  const out = new Map<string, HelpRecord[]>();
  for (const [id, members] of groups) {
    out.set(
      id,
      entries
        .filter((e) => e.msmeId && members.includes(e.msmeId))
        .map((e) => ({
          beneficiaryId: e.id,
          msmeId: e.msmeId!,
          msmeName: e.msme?.name ?? '',
          programId: e.program.id,
          programName: e.program.name,
          kind: e.program.kind,
          opdName: e.program.opd.name,
          helpedAt: e.acceptedAt ?? e.addedAt,
          viaOtherRecord: e.msmeId !== id,
        })),
    );
  }
  return { groups, histories: out };
}

/** The date `months` months before `now` (the start of an overlap window). */
export function monthsBefore(now: Date, months: number) {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}
