// The caller's address for per-IP limits. The TCP peer comes from server/front-door.cjs, which
// stamps it into PEER_HEADER on every request (replacing whatever a client sent under that name).
// X-Forwarded-For is anyone's to write, so it is believed only for the TRUSTED_PROXY_HOPS proxies
// the operator says stand in front of the app: each appends the address it saw, so the client is
// the entry just before the last `hops` ones (the peer counting as the last).
export const PEER_HEADER = 'x-etalase-peer';

type HeaderSource =
  { get(name: string): string | null } | Record<string, string | string[] | undefined> | undefined;

function reader(headers: HeaderSource) {
  return (name: string) => {
    if (!headers) return undefined;
    if (typeof (headers as { get?: unknown }).get === 'function')
      return (headers as { get(name: string): string | null }).get(name) ?? undefined;
    const value = (headers as Record<string, string | string[] | undefined>)[name];
    return Array.isArray(value) ? value.join(',') : value;
  };
}

/** An IPv4 peer reached over a dual-stack socket reads "::ffff:203.0.113.7": keep the IPv4 form. */
const normalized = (ip: string) => ip.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

/** The client's IP, or 'local' outside a served request (scripts, tests), where no peer is known. */
export function clientIp(headers: HeaderSource, trustedHops: number) {
  const read = reader(headers);
  const peer = read(PEER_HEADER)?.trim();
  if (!peer) return 'local';
  if (trustedHops <= 0) return normalized(peer);
  const forwarded = (read('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return normalized(chain[Math.max(0, chain.length - 1 - trustedHops)]);
}
