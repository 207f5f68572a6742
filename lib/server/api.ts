import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AccessDenied } from '@/lib/auth/actor';
import { RateLimited } from '@/lib/security/rate-limit';
import { asConflict, DomainError } from './action';

export function jsonError(status: number, error: string, issues: { path: string; message: string }[] = []) {
  return NextResponse.json({ error, issues }, { status });
}

/** Maps what a route handler's domain call threw to a JSON error; never a bare 500 for bad input. */
export function apiError(error: unknown) {
  if (error instanceof z.ZodError) {
    return jsonError(
      400,
      'Parameter tidak valid.',
      error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  if (error instanceof AccessDenied) return jsonError(error.status, error.message);
  if (error instanceof RateLimited) {
    const response = jsonError(429, error.message);
    response.headers.set('retry-after', String(error.retryAfterSeconds));
    return response;
  }
  const conflict = asConflict(error);
  if (conflict) return jsonError(conflict.status, conflict.message);
  if (error instanceof DomainError) {
    const issues = Object.entries(error.fieldErrors ?? {}).flatMap(([path, messages]) =>
      messages.map((message) => ({ path, message })),
    );
    return jsonError(error.status, error.message, issues);
  }
  console.error(error);
  return jsonError(500, 'Terjadi kesalahan di server.');
}
