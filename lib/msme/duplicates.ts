import 'server-only';
import { db } from '@/lib/server/db';

export type DuplicateHint = { field: 'nib' | 'nik' | 'whatsapp'; msmeId: string; msmeName: string };

const labels = { nib: 'NIB', nik: 'NIK', whatsapp: 'nomor WhatsApp' } as const;

/** For the Dinas: which field and which business. */
export function describeDuplicate(d: DuplicateHint) {
  return `${labels[d.field]} sama dengan usaha "${d.msmeName}"`;
}

/** For the owner: only which of their own fields is already registered, never whose it is. */
export function describeDuplicateForOwner(fields: DuplicateHint['field'][]) {
  return [...new Set(fields)].map(
    (field) =>
      `${labels[field]} ini sudah terdaftar pada usaha lain. Dinas akan memeriksanya; hubungi Dinas bila ini usaha Anda.`,
  );
}

/** Other businesses sharing this one's NIB, NIK (by keyed hash) or WhatsApp number. */
export async function findDuplicates(msmeId: string): Promise<DuplicateHint[]> {
  const me = await db.msme.findUnique({
    where: { id: msmeId },
    select: { nib: true, nikHash: true, whatsapp: true },
  });
  if (!me) return [];
  const checks = [
    ['nib', me.nib ? { nib: me.nib } : null],
    ['nik', me.nikHash ? { nikHash: me.nikHash } : null],
    ['whatsapp', me.whatsapp ? { whatsapp: me.whatsapp } : null],
  ] as const;
  const found: DuplicateHint[] = [];
  for (const [field, where] of checks) {
    if (!where) continue;
    const others = await db.msme.findMany({
      where: { ...where, id: { not: msmeId } },
      select: { id: true, name: true },
      take: 5,
    });
    for (const other of others) found.push({ field, msmeId: other.id, msmeName: other.name });
  }
  return found;
}
