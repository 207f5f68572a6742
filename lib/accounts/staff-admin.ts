import 'server-only';
import crypto from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { publicOrigin } from '@/lib/server/env';
import { authorize, type Actor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { emailSchema } from '@/lib/auth/schema';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { queuePasswordSetLink } from './password-reset';

// What a Dinas admin does to accounts (issue #12). Every change is audited; a disabled account's
// sessions end at once because each request reads the account afresh (lib/auth/actor.ts).

const notFound = () => new DomainError('Akun tidak ditemukan.', undefined, 404);

export const accountStatusSchema = z.object({
  disabled: z
    .enum(['true', 'false'], { error: 'Pilih aktifkan atau nonaktifkan.' })
    .transform((v) => v === 'true'),
  reason: z.string().trim().max(300, 'Alasan maksimal 300 karakter.').default(''),
});

/** Disables or re-enables any account except one's own. */
export async function setAccountDisabled(actor: Actor | null, userId: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const { disabled, reason } = accountStatusSchema.parse(input);
  if (userId === admin.id)
    throw new DomainError('Anda tidak dapat menonaktifkan akun Anda sendiri.', undefined, 409);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, disabledAt: true, email: true },
    });
    if (!user) throw notFound();
    if (disabled === !!user.disabledAt) return user;
    const updated = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? new Date() : null },
      select: { id: true, email: true, disabledAt: true },
    });
    await audit(tx, admin, {
      action: disabled ? 'user.disable' : 'user.enable',
      entityType: 'User',
      entityId: userId,
      before: { disabled: !!user.disabledAt },
      after: { disabled, reason: reason || null },
    });
    return updated;
  });
}

export const staffAccessSchema = z
  .object({
    role: z.enum(['OPD_STAFF', 'DINAS_ADMIN'], { error: 'Pilih Staf OPD atau Admin Dinas.' }),
    opdId: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined),
  })
  .refine((v) => v.role !== 'OPD_STAFF' || !!v.opdId, {
    path: ['opdId'],
    message: 'Pilih OPD untuk staf pengadaan.',
  });

/** Moves a staff member between OPD staff and Dinas admin, or to another OPD. */
export async function changeStaffAccess(actor: Actor | null, userId: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const next = staffAccessSchema.parse(input);
  if (userId === admin.id && next.role !== 'DINAS_ADMIN')
    throw new DomainError('Anda tidak dapat mencabut peran admin Anda sendiri.', undefined, 409);
  if (next.opdId && !(await db.opd.findUnique({ where: { id: next.opdId }, select: { id: true } })))
    throw new DomainError('OPD tidak ditemukan.', { opdId: ['OPD tidak ditemukan.'] }, 404);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, opdId: true } });
    if (!user || (user.role !== 'OPD_STAFF' && user.role !== 'DINAS_ADMIN')) throw notFound();
    const opdId = next.role === 'OPD_STAFF' ? next.opdId! : null;
    await tx.user.update({ where: { id: userId }, data: { role: next.role, opdId } });
    await audit(tx, admin, {
      action: 'user.access.change',
      entityType: 'User',
      entityId: userId,
      before: { role: user.role, opdId: user.opdId },
      after: { role: next.role, opdId },
    });
  });
}

/** A new link for a staff member to set their password (lost first email, forgotten password). */
export async function sendStaffPasswordLink(actor: Actor | null, userId: string) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, role: true, disabledAt: true, locale: true },
    });
    if (!user || (user.role !== 'OPD_STAFF' && user.role !== 'DINAS_ADMIN')) throw notFound();
    if (user.disabledAt) throw new DomainError('Aktifkan akun ini dahulu.', undefined, 409);
    await queuePasswordSetLink(tx, user, { origin: publicOrigin(), reason: { kind: 'new-link' } });
    await audit(tx, admin, { action: 'user.password.link', entityType: 'User', entityId: user.id });
    return user;
  });
}

export const inviteOwnerSchema = z.object({
  email: emailSchema,
  name: z
    .string({ error: 'Nama pemilik wajib diisi.' })
    .trim()
    .min(2, 'Nama pemilik minimal 2 karakter.')
    .max(120, 'Nama pemilik maksimal 120 karakter.'),
});

/**
 * Invites the owner of an UMKM that came in by bulk import (it has no account) to claim it: a new
 * owner account linked to the business, and an email link to set its password. An existing owner
 * account without a business is linked instead; any other existing account is refused.
 */
export async function inviteMsmeOwner(actor: Actor | null, msmeId: string, input: unknown) {
  const admin = authorize(actor, ['DINAS_ADMIN']);
  const data = inviteOwnerSchema.parse(input);
  const passwordHash = await hashPassword(crypto.randomBytes(32).toString('base64url'));
  return db.$transaction(async (tx) => {
    const msme = await tx.msme.findUnique({
      where: { id: msmeId },
      select: { id: true, name: true, ownerUserId: true },
    });
    if (!msme) throw new DomainError('UMKM tidak ditemukan.', undefined, 404);
    if (msme.ownerUserId) throw new DomainError('UMKM ini sudah memiliki akun pemilik.', undefined, 409);
    const existing = await tx.user.findUnique({
      where: { email: data.email },
      select: { id: true, email: true, name: true, role: true, msme: { select: { id: true } } },
    });
    if (existing && (existing.role !== 'MSME_OWNER' || existing.msme))
      throw new DomainError(
        'Email ini sudah dipakai akun lain.',
        { email: ['Email ini sudah dipakai akun lain. Gunakan email pemilik yang belum terdaftar.'] },
        409,
      );
    const owner =
      existing ??
      (await tx.user.create({
        data: { email: data.email, name: data.name, role: 'MSME_OWNER', passwordHash },
        select: { id: true, email: true, name: true, role: true },
      }));
    // Conditional on still having no owner: two admins inviting at once cannot both link someone.
    const linked = await tx.msme.updateMany({
      where: { id: msme.id, ownerUserId: null },
      data: { ownerUserId: owner.id },
    });
    if (linked.count !== 1) throw new DomainError('UMKM ini baru saja diberi akun pemilik.', undefined, 409);
    await queuePasswordSetLink(tx, owner, {
      origin: publicOrigin(),
      reason: { kind: 'owner-invited', business: msme.name },
    });
    await audit(tx, admin, {
      action: 'msme.owner.invite',
      entityType: 'Msme',
      entityId: msme.id,
      after: { ownerUserId: owner.id, newAccount: !existing },
    });
    return { ownerUserId: owner.id, email: owner.email };
  });
}
