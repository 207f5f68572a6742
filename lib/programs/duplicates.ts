import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { duplicateVerdictSchema } from './schema';

// Records that are probably the same business under another name or spelling ("Bika Ambon Kak
// Ros" and "Bika Ambon Kak Ross", same street): flagged by trigram similarity of name and address
// for a person to decide. Nothing is ever merged: a SAME verdict makes the overlap guard treat the
// two as one (lib/programs/history.ts); DIFFERENT stops the flag.
// Both must look alike: similar names on different streets are usually different businesses.
const NAME_THRESHOLD = 0.5;
const ADDRESS_THRESHOLD = 0.45;

type Pair = { msmeId: string; otherId: string; name: string; similarity: number };

export async function likelyDuplicatesOf(msmeIds: string[]) {
  const out = new Map<string, { msmeId: string; name: string; similarity: number }[]>();
  if (msmeIds.length === 0) return out;
  const rows = await db.$queryRaw<Pair[]>`
    SELECT m.id AS "msmeId", o.id AS "otherId", o.name,
      round(((similarity(m.name, o.name) * 2 + similarity(coalesce(m.address, ''), coalesce(o.address, ''))) / 3)::numeric, 2)::float8 AS similarity
    FROM "Msme" m JOIN "Msme" o ON o.id <> m.id AND o.name % m.name
    WHERE m.id = ANY(${msmeIds})
      AND similarity(m.name, o.name) >= ${NAME_THRESHOLD}
      AND similarity(coalesce(m.address, ''), coalesce(o.address, '')) >= ${ADDRESS_THRESHOLD}
      AND NOT EXISTS (SELECT 1 FROM "MsmeDuplicateDecision" d
        WHERE (d."msmeAId" = m.id AND d."msmeBId" = o.id) OR (d."msmeAId" = o.id AND d."msmeBId" = m.id))
    ORDER BY similarity DESC
    LIMIT 500`;
  for (const r of rows) {
    const list = out.get(r.msmeId) ?? [];
    list.push({ msmeId: r.otherId, name: r.name, similarity: r.similarity });
    out.set(r.msmeId, list);
  }
  return out;
}

/** Pairs waiting for a decision, across the registry (for the Dinas). */
export async function undecidedDuplicatePairs(actor: Actor | null) {
  authorize(actor, ['DINAS_ADMIN']);
  return db.$queryRaw<
    {
      aId: string;
      aName: string;
      aAddress: string | null;
      bId: string;
      bName: string;
      bAddress: string | null;
      similarity: number;
    }[]
  >`
    SELECT m.id AS "aId", m.name AS "aName", m.address AS "aAddress", o.id AS "bId", o.name AS "bName", o.address AS "bAddress",
      round(((similarity(m.name, o.name) * 2 + similarity(coalesce(m.address, ''), coalesce(o.address, ''))) / 3)::numeric, 2)::float8 AS similarity
    FROM "Msme" m JOIN "Msme" o ON o.id > m.id AND o.name % m.name
    WHERE similarity(m.name, o.name) >= ${NAME_THRESHOLD}
      AND similarity(coalesce(m.address, ''), coalesce(o.address, '')) >= ${ADDRESS_THRESHOLD}
      AND NOT EXISTS (SELECT 1 FROM "MsmeDuplicateDecision" d
        WHERE (d."msmeAId" = m.id AND d."msmeBId" = o.id) OR (d."msmeAId" = o.id AND d."msmeBId" = m.id))
    ORDER BY similarity DESC, m.name
    LIMIT 100`;
}

export async function decideDuplicate(actor: Actor | null, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const d: z.infer<typeof duplicateVerdictSchema> = duplicateVerdictSchema.parse(input);
  if (d.msmeAId === d.msmeBId) throw new DomainError('Pilih dua UMKM yang berbeda.', undefined, 422);
  const [a, b] = [d.msmeAId, d.msmeBId].sort();
  const found = await db.msme.count({ where: { id: { in: [a, b] } } });
  if (found !== 2) throw new DomainError('UMKM tidak ditemukan.', undefined, 404);
  return db.$transaction(async (tx) => {
    await tx.msmeDuplicateDecision.upsert({
      where: { msmeAId_msmeBId: { msmeAId: a, msmeBId: b } },
      create: { msmeAId: a, msmeBId: b, verdict: d.verdict, reason: d.reason, decidedById: admin.id },
      update: { verdict: d.verdict, reason: d.reason, decidedById: admin.id, decidedAt: new Date() },
    });
    await audit(tx, admin, {
      action: 'msme.duplicate.decide',
      entityType: 'Msme',
      entityId: a,
      after: { other: b, verdict: d.verdict, reason: d.reason },
    });
  });
}
