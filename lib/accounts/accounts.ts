import 'server-only';
import crypto from 'node:crypto';
import { queuePasswordSetLink } from './password-reset';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { signUpSchema, staffAccountSchema } from '@/lib/auth/schema';
import { DomainError } from '@/lib/server/action';
import { audit } from '@/lib/audit/audit';
import { countHit, enforceLimit, retryAfter } from '@/lib/security/rate-limit';
import { queueEmail } from '@/lib/mail/outbox';
import { signUpWithTakenEmailMail, welcomeMail } from '@/lib/mail/templates';
import { toLocale, type Locale } from '@/lib/i18n/messages';
import { publicOrigin } from '@/lib/server/env';

const emailTaken = () =>
  new DomainError('Email ini sudah terdaftar.', { email: ['Email ini sudah terdaftar.'] }, 409);

export const SIGN_UPS_PER_IP_HOUR = 40;

export const SIGN_UP_MESSAGE =
  'Pendaftaran diterima. Kami juga mengirim email ke alamat itu. Jika alamat itu sudah punya akun, silakan masuk atau atur ulang kata sandi.';

/**
 * Shoppers and UMKM owners sign up themselves. The answer is the same whether or not the email
 * already has an account (it takes as long, too: the password is hashed either way); the owner of
 * an address already registered is told by email instead. Returns the new user, or null.
 */
export async function signUp(input: unknown, ip = 'local', origin = publicOrigin(), locale: Locale = 'id') {
  await enforceLimit(
    db,
    // Per address, and generous: at a pendataan drive dozens of owners sign up over one venue Wi-Fi.
    { key: `signup:ip:${ip}`, max: SIGN_UPS_PER_IP_HOUR, windowSeconds: 3600 },
    'pendaftaran dari alamat ini',
  );
  const data = signUpSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: data.email },
      select: { id: true, role: true, locale: true },
    });
    if (existing) {
      // One notice an hour per address, so sign-up cannot be used to flood someone's inbox.
      if ((await retryAfter(tx, noticeLimit(data.email))) === 0) {
        await countHit(tx, noticeLimit(data.email));
        await queueEmail(tx, {
          to: data.email,
          ...signUpWithTakenEmailMail(toLocale(existing.locale), origin),
        });
      }
      await audit(tx, existing, {
        action: 'user.signup.existing-email',
        entityType: 'User',
        entityId: existing.id,
        after: { ip },
      });
      return null;
    }
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash, locale },
      select: { id: true, email: true, role: true },
    });
    await queueEmail(tx, { to: data.email, ...welcomeMail(locale, data.name, origin) });
    await audit(
      tx,
      { id: user.id, role: user.role },
      { action: 'user.signup', entityType: 'User', entityId: user.id, after: { role: user.role } },
    );
    return user;
  });
}

const noticeLimit = (email: string) => ({ key: `signup:notice:${email}`, max: 1, windowSeconds: 3600 });

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
  // Without a typed password the account gets an unusable one until its owner follows the link.
  const passwordHash = await hashPassword(data.password ?? crypto.randomBytes(32).toString('base64url'));
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
      after: { role: user.role, opdId: user.opdId, passwordLink: !data.password },
    });
    if (!data.password)
      await queuePasswordSetLink(
        tx,
        { id: user.id, email: user.email, name: data.name },
        { origin: publicOrigin(), reason: { kind: 'staff-created', role: data.role } },
      );
    return { ...user, passwordLinkSent: !data.password };
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
      opdId: true,
      opd: { select: { name: true } },
      createdAt: true,
      disabledAt: true,
    },
  });
}

export async function listOpds() {
  return db.opd.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, code: true } });
}

/** Remembers the language a signed-in person chose, for the emails they get. */
export async function rememberLocale(actor: Actor | null, locale: Locale) {
  const me = authorize(actor, 'any');
  await db.user.update({ where: { id: me.id }, data: { locale } });
}
