// Checks a sign-in attempt against the limits of docs/decisions/010, then the argon2id hash.
import type { Db } from '@/lib/db/client';
import { countHit, clearHits, retryAfter, type Limit } from '@/lib/security/rate-limit';
import { timingDummyHash, verifyPassword } from './password';
import { signInSchema } from './schema';
import type { Role } from './roles';

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: 'credentials' | 'disabled' }
  | { ok: false; reason: 'rateLimited'; retryAfterSeconds: number };

/** Who is trying: the client's address (lib/security/client-ip) and its device id, if it has one. */
export type SignInClient = { ip: string; deviceId?: string | null };

const WINDOW = 15 * 60;

/**
 * - A device that signed in to this account before counts only its own failures.
 * - Any other client is limited per account and address (one attacker locks out only themselves),
 *   per address across accounts at 20× (credential stuffing from one place; high enough that an
 *   office NAT or a mobile carrier's shared address does not trip it by typos), and per account
 *   across all such clients at 10× (a distributed attack), which a known device is not subject to.
 */
export function signInLimits(email: string, client: SignInClient, maxFailures: number): Limit[] {
  if (client.deviceId)
    return [{ key: `signin:device:${client.deviceId}`, max: maxFailures, windowSeconds: WINDOW }];
  const account = { key: `signin:account:${email}`, max: maxFailures * 10, windowSeconds: WINDOW };
  // Without a known address ('local': no front door) there is no client to keep apart: one shared
  // bucket would let anyone lock out anyone, so only the account-wide limit applies.
  if (client.ip === 'local') return [account];
  return [
    { key: `signin:client:${email}:${client.ip}`, max: maxFailures, windowSeconds: WINDOW },
    { key: `signin:ip:${client.ip}`, max: maxFailures * 20, windowSeconds: WINDOW },
    account,
  ];
}

/** Seconds until this client may try this account again (0: it may now). Counts nothing. */
export async function signInRetryAfter(db: Db, email: string, client: SignInClient, maxFailures: number) {
  let wait = 0;
  for (const limit of signInLimits(email, client, maxFailures))
    wait = Math.max(wait, await retryAfter(db, limit));
  return wait;
}

export async function checkSignIn(
  db: Db,
  input: unknown,
  client: SignInClient,
  maxFailures: number,
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'credentials' };
  const { email, password } = parsed.data;
  const limits = signInLimits(email, client, maxFailures);
  const wait = await signInRetryAfter(db, email, client, maxFailures);
  if (wait > 0) return { ok: false, reason: 'rateLimited', retryAfterSeconds: wait };
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
  if (!user || !valid) {
    for (const limit of limits) await countHit(db, limit);
    return { ok: false, reason: 'credentials' };
  }
  if (user.disabledAt) return { ok: false, reason: 'disabled' };
  if (limits[0].key.startsWith('signin:client:') || limits[0].key.startsWith('signin:device:'))
    await clearHits(db, limits[0].key);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
