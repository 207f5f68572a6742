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

/**
 * The address a limit is kept for. An IPv4 peer over a dual-stack socket ("::ffff:203.0.113.7") is
 * its IPv4 form; an IPv6 client is its /64, which one subscriber holds whole (so rotating addresses
 * inside it does not escape a limit).
 */
export function normalized(raw: string) {
  const ip = raw.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Whether server/front-door.cjs stamped PEER_HEADER: without it the header is anyone's to send. */
const frontDoorLoaded = () => process.env.ETALASE_FRONT_DOOR === '1';

/** The client's IP, or 'local' outside a served request (scripts, tests), where no peer is known. */
export function clientIp(headers: HeaderSource, trustedHops: number) {
  const read = reader(headers);
  const peer = frontDoorLoaded() ? read(PEER_HEADER)?.trim() : undefined;
  if (!peer) return 'local';
  if (trustedHops <= 0) return normalized(peer);
  const forwarded = (read('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return normalized(chain[Math.max(0, chain.length - 1 - trustedHops)]);
}
