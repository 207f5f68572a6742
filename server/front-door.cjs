// The first code every HTTP request meets, before Next.js (loaded with `node --require` by
// scripts/lib/next-server.ts, so `next start`, `next dev`, the e2e server and the bench get it alike).
//
// 1. It stamps the TCP peer's address into a private header, replacing anything a client sent under
//    that name: lib/security/client-ip.ts trusts X-Forwarded-For only for TRUSTED_PROXY_HOPS proxies
//    and otherwise uses this address. Next.js itself keeps a client-sent X-Forwarded-For, so without
//    this the real address would be lost.
// 2. It answers methods the app does not serve (TRACE, PUT, …) with 405 and Allow: Next.js cannot
//    even build a Request for TRACE and answers 500.
// 3. It refuses a NUL byte anywhere in the URL (400): PostgreSQL text cannot hold it, and no page or
//    id of ours contains one.
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload (node --require)
const http = require('node:http');

const PEER_HEADER = 'x-etalase-peer';
// Tells lib/security/client-ip.ts that the peer header was stamped here (and so can be believed).
process.env.ETALASE_FRONT_DOOR = '1';
const ALLOWED = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);
const ALLOW = 'GET, HEAD, POST, OPTIONS';

function refuse(req, res, status, message, extraHeaders) {
  const wantsJson = (req.url || '').startsWith('/api/') || /json/.test(req.headers.accept || '');
  const body = wantsJson ? JSON.stringify({ error: message, issues: [] }) : `${message}\n`;
  res.writeHead(status, {
    'content-type': wantsJson ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    ...extraHeaders,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** True when the request was answered here. */
function frontDoor(req, res) {
  req.headers[PEER_HEADER] = req.socket && req.socket.remoteAddress ? req.socket.remoteAddress : '';
  if (!ALLOWED.has(req.method)) {
    refuse(req, res, 405, 'Metode HTTP ini tidak didukung.', { allow: ALLOW });
    return true;
  }
  if (/%00|\u0000/.test(req.url || '')) {
    refuse(req, res, 400, 'Alamat berisi karakter yang tidak diizinkan (NUL).');
    return true;
  }
  return false;
}

const createServer = http.createServer;
http.createServer = function createServerWithFrontDoor(...args) {
  const index = args.findIndex((arg) => typeof arg === 'function');
  if (index >= 0) {
    const listener = args[index];
    args[index] = function frontDoorListener(req, res) {
      if (!frontDoor(req, res)) return listener.call(this, req, res);
    };
  }
  return createServer.apply(this, args);
};

module.exports = { frontDoor, PEER_HEADER };
