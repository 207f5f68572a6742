// Actors for integration tests, built from rows in the test database (the data functions take the
// actor explicitly, so no session is needed).
import crypto from 'node:crypto';
import { db } from '@/lib/server/db';
import type { Actor } from '@/lib/auth/actor';
import { demoAccounts } from '@/prisma/seed/demo-accounts';
import type { Role } from '@/lib/auth/roles';

export async function demoActor(role: Role): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email: demoAccounts[role].email },
    include: { msme: { select: { id: true } } },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    opdId: user.opdId,
    msmeId: user.msme?.id ?? null,
  };
}

export async function newActor(role: Role, extra: { opdId?: string } = {}): Promise<Actor> {
  const email = `t-${crypto.randomUUID()}@test.local`;
  const user = await db.user.create({
    data: { email, name: `Tes ${role}`, role, passwordHash: 'x', opdId: extra.opdId ?? null },
  });
  return { id: user.id, email, name: user.name, role, opdId: user.opdId, msmeId: null };
}

export const uniqueEmail = () => `t-${crypto.randomUUID().slice(0, 8)}@test.local`;
