// A minimal load balancer for `npm run cluster` and the two-instance tests: round robin over the
// instances, an instance that refuses connections is skipped for two seconds and the request goes
// to the next (nothing reached the refusing one, so even a POST is safe to resend), X-Forwarded-For
// appended. What nginx or HAProxy do in production (docs/deploy.md); not meant to face the internet.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Balancer = {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Requests handed to each instance and not yet answered in full, by method. */
  inFlight: Map<string, Map<string, number>>;
};

export async function startBalancer(targets: string[], port = 0): Promise<Balancer> {
  const downUntil = new Map<string, number>();
  const inFlight = new Map<string, Map<string, number>>(targets.map((t) => [t, new Map()]));
  const track = (target: string, method: string, delta: number) => {
    const counts = inFlight.get(target)!;
    counts.set(method, (counts.get(method) ?? 0) + delta);
  };
  let next = 0;
  const pick = (skip: Set<string>) => {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[(next + i) % targets.length];
      if (skip.has(target) || (downUntil.get(target) ?? 0) > Date.now()) continue;
      next = (next + i + 1) % targets.length;
      return target;
    }
    return targets.find((t) => !skip.has(t));
  };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const tried = new Set<string>();
    const attempt = () => {
      const target = pick(tried);
      if (!target) {
        res.writeHead(502, { 'content-type': 'text/plain' }).end('no instance available\n');
        return;
      }
      tried.add(target);
      const method = req.method ?? 'GET';
      track(target, method, 1);
      let tracked = true;
      const untrack = () => {
        if (tracked) track(target, method, -1);
        tracked = false;
      };
      res.on('close', untrack);
      const url = new URL(req.url ?? '/', target);
      const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress]
        .filter(Boolean)
        .join(', ');
      const upstream = http.request(
        url,
        {
          method: req.method,
          headers: { ...req.headers, 'x-forwarded-for': forwardedFor, 'content-length': String(body.length) },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('error', () => res.destroy());
        },
      );
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        untrack();
        if (error.code === 'ECONNREFUSED' && !res.headersSent) {
          downUntil.set(target, Date.now() + 2_000);
          return attempt();
        }
        // Cut mid-request (the instance died): like nginx, a request already sent is not resent.
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('instance failed\n');
        else res.destroy();
      });
      upstream.end(body);
    };
    attempt();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    inFlight,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
