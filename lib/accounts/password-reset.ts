import 'server-only';
import crypto from 'node:crypto';
import { db } from '@/lib/server/db';
import { hashPassword } from '@/lib/auth/password';
import { forgotPasswordSchema, resetPasswordSchema } from '@/lib/auth/schema';
import { DomainError } from '@/lib/server/action';
import { audit } from '@/lib/audit/audit';
import { enforceLimit } from '@/lib/security/rate-limit';
import { queueEmail } from '@/lib/mail/outbox';
import { passwordResetMail, passwordSetMail, type PasswordSetReason } from '@/lib/mail/templates';
import { toLocale } from '@/lib/i18n/messages';
import type { Tx } from '@/lib/db/client';

const TOKEN_MINUTES = 60;
// A link that sets a first password (a new staff account, an invited owner) waits three days.
export const WELCOME_LINK_HOURS = 72;
const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export const RESET_REQUESTED_MESSAGE =
  'Jika email itu terdaftar, tautan untuk mengatur ulang kata sandi sudah dikirim ke sana. Tautan berlaku 1 jam.';

/**
 * "Lupa kata sandi": mails a one-hour, single-use link. The answer is the same whether or not the
 * email is registered, and the limits count per IP and per email typed, registered or not, so
 * neither tells who has an account.
 */
export async function requestPasswordReset(input: unknown, ip: string, origin: string) {
  // Per-IP limits skip an unknown IP ('local', no proxy header): it would put every visitor in one bucket.
  if (ip !== 'local')
    await enforceLimit(
      db,
      { key: `reset:ip:${ip}`, max: 10, windowSeconds: 3600 },
      'permintaan atur ulang kata sandi dari alamat ini',
    );
  const { email } = forgotPasswordSchema.parse(input);
  await enforceLimit(
    db,
    { key: `reset:email:${email}`, max: 3, windowSeconds: 3600 },
    'permintaan atur ulang kata sandi untuk email ini',
  );
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, role: true, disabledAt: true, locale: true },
  });
  if (!user || user.disabledAt) return { message: RESET_REQUESTED_MESSAGE };
  const token = crypto.randomBytes(32).toString('base64url');
  await db.$transaction(async (tx) => {
    await tx.passwordReset.create({
      data: {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + TOKEN_MINUTES * 60_000),
      },
    });
    await queueEmail(tx, {
      to: email,
      kind: 'password-reset',
      ...passwordResetMail(toLocale(user.locale), user.name, `${origin}/atur-ulang-sandi?token=${token}`),
    });
    await audit(
      tx,
      { id: user.id, role: user.role },
      { action: 'user.password.reset-requested', entityType: 'User', entityId: user.id, after: { ip } },
    );
  });
  return { message: RESET_REQUESTED_MESSAGE };
}

const linkInvalid = () =>
  new DomainError(
    'Tautan ini tidak berlaku lagi.',
    { token: ['Tautan sudah dipakai atau kedaluwarsa. Minta tautan baru di halaman Lupa kata sandi.'] },
    409,
  );

/** Sets the new password once per link; every session signed in before it stops working. */
export async function resetPassword(input: unknown, ip: string) {
  if (ip !== 'local')
    await enforceLimit(
      db,
      { key: `reset-use:ip:${ip}`, max: 20, windowSeconds: 3600 },
      'percobaan atur ulang kata sandi dari alamat ini',
    );
  const data = resetPasswordSchema.parse(input);
  const tokenHash = hashToken(data.token);
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      userId: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { email: true, role: true, disabledAt: true } },
    },
  });
  if (!reset || reset.usedAt || reset.expiresAt < new Date() || reset.user.disabledAt) throw linkInvalid();
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    // Conditional on the link still being unused: two submissions of one link cannot both succeed.
    const used = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (used.count === 0) throw linkInvalid();
    await tx.passwordReset.updateMany({
      where: { userId: reset.userId, usedAt: null },
      data: { usedAt: new Date() },
    });
    await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash, passwordChangedAt: new Date() },
    });
    // The used link no longer sits readable in the outbox.
    await tx.$executeRaw`UPDATE "OutboundEmail" SET body = replace(body, ${data.token}, '(tautan sudah dipakai)') WHERE "to" = ${reset.user.email}`;
    await audit(
      tx,
      { id: reset.userId, role: reset.user.role },
      { action: 'user.password.reset', entityType: 'User', entityId: reset.userId, after: { ip } },
    );
  });
  return { message: 'Kata sandi baru tersimpan. Silakan masuk dengan kata sandi baru.' };
}

/**
 * Mails a link that sets the account's password (the same single-use mechanism as a reset), in the
 * caller's transaction: for a staff account a Dinas admin created, or an UMKM owner invited to claim
 * an imported business. The account cannot sign in until the link is used.
 */
export async function queuePasswordSetLink(
  tx: Tx,
  user: { id: string; email: string; name: string; locale?: string },
  { origin, reason }: { origin: string; reason: PasswordSetReason },
) {
  const token = crypto.randomBytes(32).toString('base64url');
  await tx.passwordReset.create({
    data: {
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + WELCOME_LINK_HOURS * 3_600_000),
    },
  });
  const link = `${origin}/atur-ulang-sandi?token=${token}`;
  await queueEmail(tx, {
    to: user.email,
    kind: 'password-reset',
    ...passwordSetMail(toLocale(user.locale), user.name, reason, link, WELCOME_LINK_HOURS),
  });
}
