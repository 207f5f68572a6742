import type { Role } from '@/lib/generated/prisma/enums';

export const roles = ['SHOPPER', 'MSME_OWNER', 'OPD_STAFF', 'DINAS_ADMIN'] as const satisfies readonly Role[];
export type { Role };

/** Where each role lands after signing in. */
export const roleHome: Record<Role, string> = {
  SHOPPER: '/akun',
  MSME_OWNER: '/umkm',
  OPD_STAFF: '/opd',
  DINAS_ADMIN: '/dinas',
};
