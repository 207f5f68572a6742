import 'server-only';
import { headers } from 'next/headers';
import { clientIp } from './client-ip';

/**
 * The caller's IP inside a request (a server action or route handler), 'local' outside one (scripts,
 * tests) or when no proxy says. Per-IP limits skip 'local': it would lump every caller together.
 */
export async function requestIp() {
  try {
    return clientIp(await headers());
  } catch {
    return 'local';
  }
}
