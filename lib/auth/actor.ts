import 'server-only';
import { cache } from 'react';
import { getServerSession, type Session } from 'next-auth';
import { cookies } from 'next/headers';
import { db } from '@/lib/server/db';
import { authOptions } from './options';
import { isSessionCookie } from './session-cookie';
import type { Role } from './roles';

/** The signed-in user as every data function sees them, read fresh from the database per request. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  msmeId: string | null;
  opdId: string | null;
};

export class AccessDenied extends Error {
  constructor(
    readonly status: 401 | 403,
    message = status === 401 ? 'Silakan masuk terlebih dahulu.' : 'Anda tidak berwenang melakukan ini.',
  ) {
    super(message);
    this.name = 'AccessDenied';
  }
}

export const currentActor = cache(async (): Promise<Actor | null> => {
  // Most catalog visitors are not signed in: without a session cookie there is nothing to decode.
  const jar = await cookies();
  if (!jar.getAll().some((c) => isSessionCookie(c.name))) return null;
  return actorFor(await getServerSession(authOptions));
});

async function actorFor(session: Session | null): Promise<Actor | null> {
  if (!session?.user?.id) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      opdId: true,
      disabledAt: true,
      passwordChangedAt: true,
      msme: { select: { id: true } },
    },
  });
  if (!user || user.disabledAt) return null;
  // A password reset ends every session that signed in before it (a stolen session included).
  if (user.passwordChangedAt && session.signedInAt < user.passwordChangedAt.getTime()) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    opdId: user.opdId,
    msmeId: user.msme?.id ?? null,
  };
}

/**
 * The one authorization check: every server action, route handler and data function calls it.
 * Returns the actor when signed in with one of `allowed` roles, else throws AccessDenied.
 */
export function authorize(actor: Actor | null, allowed: readonly Role[] | 'any'): Actor {
  if (!actor) throw new AccessDenied(401);
  if (allowed !== 'any' && !allowed.includes(actor.role)) throw new AccessDenied(403);
  return actor;
}

export async function requireActor(allowed: readonly Role[] | 'any') {
  return authorize(await currentActor(), allowed);
}
