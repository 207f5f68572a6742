import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { signUpSchema, staffAccountSchema } from '@/lib/auth/schema';
import { DomainError } from '@/lib/server/action';
import { audit } from '@/lib/audit/audit';
import { enforceLimit } from '@/lib/security/rate-limit';

const emailTaken = () =>
  new DomainError(
    'Email ini sudah terdaftar.',
    { email: ['Email ini sudah terdaftar. Silakan masuk.'] },
    409,
  );

/** Shoppers and UMKM owners sign up themselves. */
export async function signUp(input: unknown, ip = 'local') {
  await enforceLimit(
    db,
    { key: `signup:ip:${ip}`, max: 10, windowSeconds: 3600 },
    'pendaftaran dari alamat ini',
  );
  const data = signUpSchema.parse(input);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw emailTaken();
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash },
      select: { id: true, email: true, role: true },
    });
    await audit(
      tx,
      { id: user.id, role: user.role },
      { action: 'user.signup', entityType: 'User', entityId: user.id, after: { role: user.role } },
    );
    return user;
  });
}

/** OPD staff and Dinas admins are created by a Dinas admin. */
export async function createStaffAccount(actor: Actor | null, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const data = staffAccountSchema.parse(input);
  if (
    data.role === 'OPD_STAFF' &&
    !(await db.opd.findUnique({ where: { id: data.opdId }, select: { id: true } }))
  ) {
    throw new DomainError('OPD tidak ditemukan.', { opdId: ['OPD tidak ditemukan.'] }, 404);
  }
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw emailTaken();
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: data.email,
        name: data.name,
        role: data.role,
        passwordHash,
        opdId: data.role === 'OPD_STAFF' ? data.opdId : null,
      },
      select: { id: true, email: true, role: true, opdId: true },
    });
    await audit(tx, admin, {
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      after: { role: user.role, opdId: user.opdId },
    });
    return user;
  });
}

export async function listStaffAccounts(actor: Actor | null) {
  authorize(actor, ['DINAS_ADMIN']);
  return db.user.findMany({
    where: { role: { in: ['OPD_STAFF', 'DINAS_ADMIN'] } },
    orderBy: [{ role: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      opd: { select: { name: true } },
      createdAt: true,
    },
  });
}

export async function listOpds() {
  return db.opd.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, code: true } });
}
