// Checks a sign-in attempt: rate limit per account and per IP, then the argon2id hash.
import type { Db } from '@/lib/db/client';
import { countHit, clearHits, retryAfter, type Limit } from '@/lib/security/rate-limit';
import { timingDummyHash, verifyPassword } from './password';
import { signInSchema } from './schema';
import type { Role } from './roles';

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: 'credentials' | 'rateLimited' | 'disabled' };

const WINDOW = 15 * 60;

export async function checkSignIn(
  db: Db,
  input: unknown,
  ip: string,
  maxFailures: number,
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'credentials' };
  const { email, password } = parsed.data;
  const limits: Limit[] = [
    { key: `signin:account:${email}`, max: maxFailures, windowSeconds: WINDOW },
    { key: `signin:ip:${ip}`, max: maxFailures * 4, windowSeconds: WINDOW },
  ];
  for (const limit of limits) {
    if ((await retryAfter(db, limit)) > 0) return { ok: false, reason: 'rateLimited' };
  }
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
  if (!user || !valid) {
    for (const limit of limits) await countHit(db, limit);
    return { ok: false, reason: 'credentials' };
  }
  if (user.disabledAt) return { ok: false, reason: 'disabled' };
  await clearHits(db, limits[0].key);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
