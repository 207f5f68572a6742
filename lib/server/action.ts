import 'server-only';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AccessDenied } from '@/lib/auth/actor';
import { RateLimited } from '@/lib/security/rate-limit';
import { markSessionWrote } from './read-db';

/** What every server action returns, shown with useActionState. */
export type ActionResult<T = undefined> = {
  ok: boolean;
  message: string;
  fieldErrors?: Record<string, string[]>;
  data?: T;
};

/** An expected refusal with a message for the user (a rule was broken, a record is missing). */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly status: 400 | 404 | 409 | 422 | 429 = 400,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Turns what a domain function threw into the action's result; unexpected errors are re-thrown. */
export function toActionResult(error: unknown): ActionResult<never> {
  if (error instanceof z.ZodError) {
    return { ok: false, message: 'Periksa kembali isian yang ditandai.', fieldErrors: fieldErrorsOf(error) };
  }
  if (error instanceof DomainError)
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof AccessDenied) return { ok: false, message: error.message };
  if (error instanceof RateLimited) return { ok: false, message: error.message };
  const conflict = asConflict(error);
  if (conflict) return { ok: false, message: conflict.message };
  throw error;
}

function postgresCode(error: unknown) {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)
    ?.meta;
  if (meta?.driverAdapterError?.cause?.originalCode) return meta.driverAdapterError.cause.originalCode;
  // Raw queries report it only in the message.
  return /invalid byte sequence for encoding "UTF8": 0x00/.test(String((error as Error | null)?.message))
    ? '22021'
    : undefined;
}

/**
 * A unique-constraint race (Prisma P2002), a vanished row (P2025) or text PostgreSQL cannot store,
 * as a refusal, not a 500.
 */
export function asConflict(error: unknown): DomainError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'P2002')
    return new DomainError(
      'Data yang sama baru saja disimpan. Muat ulang halaman dan periksa kembali.',
      undefined,
      409,
    );
  if (code === 'P2025')
    return new DomainError('Data tidak ditemukan atau baru saja berubah.', undefined, 404);
  // PostgreSQL refuses a NUL byte in text (22021), wherever it came in: an id, a filter, a field.
  if (postgresCode(error) === '22021')
    return new DomainError('Isian berisi karakter yang tidak diizinkan (NUL).', undefined, 400);
  return null;
}

export async function runAction<T>(
  fn: () => Promise<{ message: string; data?: T }>,
): Promise<ActionResult<T>> {
  try {
    const { message, data } = await fn();
    // With a read replica, this browser reads from the primary for a few seconds (read-db.ts).
    await markSessionWrote();
    return { ok: true, message, data };
  } catch (error) {
    return toActionResult(error);
  }
}

/**
 * For actions that create something and then show it: on success the user is sent to the page the
 * function names; on a refusal the form gets the result as usual.
 */
export async function runActionThenRedirect(fn: () => Promise<string>): Promise<ActionResult> {
  let destination: string | undefined;
  const result = await runAction<undefined>(async () => {
    destination = await fn();
    return { message: 'Tersimpan.' };
  });
  if (result.ok && destination) redirect(destination);
  return result;
}

/**
 * For small forms without feedback state (remove a photo, tick a box): an expected refusal leaves the
 * page as it is (it re-renders with the truth) instead of becoming an error page.
 */
export async function quietly(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error) {
    toActionResult(error);
  }
}

/** A form's text fields; NUL characters (which PostgreSQL text cannot store) are dropped. */
export function formObject(form: FormData) {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === 'string') out[key] = value.replace(/\u0000/g, '');
  return out;
}
