import 'server-only';
import { redirect, forbidden } from 'next/navigation';
import { currentActor } from './actor';
import type { Role } from './roles';

/** For pages: sends a visitor to sign in, and shows 403 to a signed-in user of another role. */
export async function requirePageActor(allowed: readonly Role[], returnTo: string) {
  const actor = await currentActor();
  if (!actor) redirect(`/masuk?next=${encodeURIComponent(returnTo)}`);
  if (!allowed.includes(actor.role)) forbidden();
  return actor;
}
