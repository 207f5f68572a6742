import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/server/env';
import { clientIp } from './client-ip';

/**
 * The caller's IP inside a request (a server action or route handler), 'local' outside one (scripts,
 * tests). Per-IP limits skip 'local': it would lump every caller together.
 */
export async function requestIp() {
  try {
    return clientIp(await headers(), env.TRUSTED_PROXY_HOPS);
  } catch {
    return 'local';
  }
}

/** The same for a request object (next-auth's authorize, route handlers). */
export function ipOf(source: Parameters<typeof clientIp>[0]) {
  return clientIp(source, env.TRUSTED_PROXY_HOPS);
}
