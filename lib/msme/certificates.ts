// A certificate is valid through the day it expires on, in Medan: expiry is a calendar date
// (`@db.Date`), compared with today's date in WIB rather than with the current instant.
import { dateOnlyFromDb, dateOnlyToDb, todayInMedan } from '@/lib/format/date-only';

/** Prisma filter for certificates still valid today (no expiry counts as valid). */
export function stillValid(now = new Date()) {
  return { OR: [{ expiresAt: null }, { expiresAt: { gte: dateOnlyToDb(todayInMedan(now)) } }] };
}

export function isStillValid(expiresAt: Date | null, now = new Date()) {
  return !expiresAt || dateOnlyFromDb(expiresAt) >= todayInMedan(now);
}
