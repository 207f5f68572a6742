import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { Actor } from '@/lib/auth/actor';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Appends to the audit log (the table refuses UPDATE and DELETE). Call inside the change's transaction. */
export async function audit(
  tx: Tx,
  actor: Pick<Actor, 'id' | 'role'> | null,
  entry: { action: string; entityType: string; entityId: string; before?: Json; after?: Json },
) {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
