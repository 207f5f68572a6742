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
// 4. It keeps the HTML of a page that proxy.ts asked to have stored in the page cache (the response
//    carries x-page-cache-key): the page is rendered once, by the visitor's own request, never by a
//    request of the server to itself (lib/page-cache/page-cache.ts, decision 021).
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload (node --require) */
const http = require('node:http');
const zlib = require('node:zlib');
const fs = require('node:fs');
/* eslint-enable @typescript-eslint/no-require-imports */

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

const FILL_KEY_HEADER = 'x-page-cache-key';
const SETTLE_HOOK = Symbol.for('etalase.page-cache.settle');
// Headers of a rendered page that describe the page itself (kept with it in the page cache).
const KEPT_HEADERS = new Set(['content-type', 'cache-control', 'vary', 'link', 'x-nextjs-stale-time']);

function headerValue(value) {
  return Array.isArray(value) ? value.join(', ') : value === undefined ? undefined : String(value);
}

function decoded(body, encoding) {
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  return body;
}

/** Once the response carrying a fill has gone out (or was cut), hands it to the page cache. */
function watchFill(res, key, chunks) {
  let settled = false;
  const settle = (page) => {
    if (settled) return;
    settled = true;
    const hook = globalThis[SETTLE_HOOK];
    if (typeof hook === 'function') hook(key, page);
  };
  res.on('finish', () => {
    const headers = res.getHeaders();
    const csp = headerValue(headers['content-security-policy']) || '';
    const nonce = (csp.match(/'nonce-([^']+)'/) || [])[1];
    const type = headerValue(headers['content-type']) || '';
    if (res.statusCode !== 200 || headers['set-cookie'] || !nonce || !type.startsWith('text/html')) {
      return settle(null);
    }
    try {
      const html = decoded(Buffer.concat(chunks), headerValue(headers['content-encoding'])).toString('utf8');
      const kept = Object.entries(headers)
        .filter(([name]) => KEPT_HEADERS.has(name))
        .map(([name, value]) => [name, headerValue(value)]);
      settle({ html, nonce, headers: kept, storedAt: Date.now(), bytes: html.length * 2 });
    } catch {
      settle(null);
    }
  });
  res.on('close', () => settle(null));
}

/**
 * Watches the response for the page-cache marker; when present, removes it and, once the response
 * has gone out whole, hands a 200 HTML page without cookies to the page cache (else tells it the
 * page is not cacheable, so visitors waiting for it render their own).
 */
function captureForPageCache(res) {
  let key = null;
  const chunks = [];
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const inline = args.find((a, i) => i > 0 && a && typeof a === 'object' && !Array.isArray(a));
    const marker = res.getHeader(FILL_KEY_HEADER) ?? (inline && inline[FILL_KEY_HEADER]);
    if (marker !== undefined) {
      key = decodeURIComponent(headerValue(marker));
      res.removeHeader(FILL_KEY_HEADER);
      if (inline) delete inline[FILL_KEY_HEADER];
      watchFill(res, key, chunks);
    }
    return writeHead.apply(this, args);
  };
  const collect = (chunk, encoding) => {
    if (key === null || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(
      Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'),
    );
  };
  const write = res.write;
  res.write = function (chunk, encoding, callback) {
    collect(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  const end = res.end;
  res.end = function (chunk, encoding, callback) {
    collect(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
}

// ACCESS_LOG_FILE (tests): one line per request, "GET /products?q=… 200", so a test can see every
// request the server received, its own included.
const accessLog = process.env.ACCESS_LOG_FILE;
function logAccess(req, res) {
  res.on('finish', () => fs.appendFile(accessLog, `${req.method} ${req.url} ${res.statusCode}\n`, () => {}));
}

const createServer = http.createServer;
http.createServer = function createServerWithFrontDoor(...args) {
  const index = args.findIndex((arg) => typeof arg === 'function');
  if (index >= 0) {
    const listener = args[index];
    args[index] = function frontDoorListener(req, res) {
      if (accessLog) logAccess(req, res);
      if (frontDoor(req, res)) return;
      if (req.method === 'GET') captureForPageCache(res);
      return listener.call(this, req, res);
    };
  }
  return createServer.apply(this, args);
};

module.exports = { frontDoor, PEER_HEADER };
