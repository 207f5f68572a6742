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
// 5. It gives every request an id (X-Request-Id: the load balancer's, when it sent a well-formed
//    one), runs the request inside it so that every log line it causes carries it, writes one JSON
//    access line per request, and counts requests for /api/metrics (by route pattern, never by id).
// 6. In production it answers the public search API (GET /api/v1/products) itself, with the app's
//    own function that the app hands over at start-up (lib/catalog/product-search-answer.ts): a
//    search nobody made before then costs the search, not Next.js's routing and web streams
//    around it (decision 023). Until then, and under `next dev`, Next.js's route handler answers.
// 7. In production it renders a signed-out visitor's product list (GET /products) and home page
//    (GET /) itself, with the app's functions handed over the same way (app/front-door/, decision
//    024): the same views and page cache, no scripts, without Next.js's 11–16 ms of CPU a page.
//    Signed-in visitors, Next.js's client-router requests and any failure go on to Next.js.
// 8. On SIGTERM it drains (decision 022): /api/ready answers 503, the listening sockets close, the
//    requests in flight finish (up to SHUTDOWN_TIMEOUT_SECONDS), the app stops its worker and
//    database connections, and the process exits 0.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload (node --require) */
const http = require('node:http');
const zlib = require('node:zlib');
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const crypto = require('node:crypto');
const { observability } = require('./observability.cjs');
/* eslint-enable @typescript-eslint/no-require-imports */

// Next.js would exit at once on SIGTERM; the drain below handles the signals instead.
process.env.NEXT_MANUAL_SIG_HANDLE = 'true';
const { logger, metrics, requestContext } = observability();

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
      const requestId = res.req && res.req.headers['x-request-id'];
      settle({ html, nonce, requestId, headers: kept, storedAt: Date.now() });
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

const PRODUCT_SEARCH_HOOK = Symbol.for('etalase.api.product-search');
const PRODUCT_SEARCH_PATH = '/api/v1/products';
// What next.config.js's headers() adds to every response, the API's included.
const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

/** Writes an answer of the app's ({ status, headers, body }), gzipped for clients that ask. */
function writeAnswer(req, res, { status, headers, body }) {
  const out = { ...COMMON_HEADERS, ...Object.fromEntries(headers) };
  let payload = Buffer.from(body, 'utf8');
  // Compressed as Next.js would, for clients that ask.
  if (payload.length > 1024 && /\bgzip\b/.test(headerValue(req.headers['accept-encoding']) || '')) {
    payload = zlib.gzipSync(payload, { level: 4 });
    out['content-encoding'] = 'gzip';
    if (!/accept-encoding/i.test(out.vary || ''))
      out.vary = out.vary ? `${out.vary}, Accept-Encoding` : 'Accept-Encoding';
  }
  out['content-length'] = payload.length;
  res.writeHead(status, out);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/** The path and the query ('?…' or '') of a GET or HEAD request, else null. */
function readRequest(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url || '';
  const at = url.indexOf('?');
  return { pathname: at === -1 ? url : url.slice(0, at), search: at === -1 ? '' : url.slice(at) };
}

/** True when the request is the public search API and the app's answer is on its way. */
function answerProductSearch(req, res) {
  const answer = globalThis[PRODUCT_SEARCH_HOOK];
  const request = readRequest(req);
  if (typeof answer !== 'function' || !request || request.pathname !== PRODUCT_SEARCH_PATH) return false;
  answer(request.search).then(
    (answered) => writeAnswer(req, res, answered),
    (error) => {
      logger.error({ err: error }, 'product search failed');
      if (!res.headersSent) refuse(req, res, 500, 'Terjadi kesalahan di server.');
    },
  );
  return true;
}

// The public pages the app hands over at start-up (app/front-door/offer.ts), by path.
const PAGE_HOOKS = new Map([
  ['/products', Symbol.for('etalase.page.product-list')],
  ['/', Symbol.for('etalase.page.home')],
]);
const PRODUCT_PAGE = /^\/products\/[^/]+$/;
const PRODUCT_PAGE_HOOK = Symbol.for('etalase.page.product');
const pageHook = (pathname) =>
  PAGE_HOOKS.get(pathname) ?? (PRODUCT_PAGE.test(pathname) ? PRODUCT_PAGE_HOOK : null);
// Requests of Next.js's client router (a page's RSC payload, a prefetch, a server action) want
// what only Next.js renders.
const NEXT_ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action'];

/**
 * In production, a signed-out visitor's product list, home page and product pages are rendered by
 * the app's functions handed over at start-up (app/front-door/, decisions 024 and 025), without
 * Next.js. A function answers null for a signed-in visitor (or a product that is not there); that
 * request, and any it fails on, go on to `next`.
 */
function answerPublicPage(req, res, next) {
  const request = readRequest(req);
  const hook = request ? pageHook(request.pathname) : null;
  const answer = hook ? globalThis[hook] : null;
  if (typeof answer !== 'function') return false;
  if (NEXT_ROUTER_HEADERS.some((name) => name in req.headers) || /[?&]_rsc(=|&|$)/.test(request.search))
    return false;
  const https =
    Boolean(req.socket && req.socket.encrypted) ||
    (headerValue(req.headers['x-forwarded-proto']) || '').split(',')[0].trim() === 'https';
  const cookie = headerValue(req.headers.cookie) || '';
  const pageRequest = {
    pathname: request.pathname,
    search: request.search,
    cookie,
    requestId: req.headers['x-request-id'],
    https,
  };
  answer(pageRequest).then(
    (answered) => (answered ? writeAnswer(req, res, answered) : next()),
    (error) => {
      // Next.js renders it instead (its error page, if the failure is the data's).
      logger.warn(
        { err: error, path: request.pathname },
        'page failed in the front door; Next.js renders it',
      );
      if (!res.headersSent) next();
    },
  );
  return true;
}

// ACCESS_LOG_FILE (tests): one line per request, "GET /products?q=… 200", so a test can see every
// request the server received, its own included.
const accessLog = process.env.ACCESS_LOG_FILE;

// The route patterns of the build (/products/[slug], …): metric labels stay few whatever the URLs.
let routes = null;
function routeOf(pathname) {
  if (pathname.startsWith('/_next/')) return '/_next/*';
  if (routes === null) {
    try {
      const dist = path.resolve(process.env.NEXT_DIST_DIR || '.next');
      const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'routes-manifest.json'), 'utf8'));
      routes = [...manifest.staticRoutes, ...manifest.dynamicRoutes].map((r) => ({
        page: r.page,
        regex: new RegExp(r.regex),
      }));
    } catch {
      routes = []; // next dev: no manifest; everything counts as 'other'
    }
  }
  const found = routes.find((r) => r.regex.test(pathname));
  return found ? found.page : 'other';
}

// A request id from the load balancer is kept only when it looks like one (it is echoed in logs).
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,100}$/;

function observe(req, res) {
  const incoming = headerValue(req.headers['x-request-id']);
  const requestId = incoming && WELL_FORMED_ID.test(incoming) ? incoming : crypto.randomUUID();
  req.headers['x-request-id'] = requestId;
  res.setHeader('x-request-id', requestId);
  const started = process.hrtime.bigint();
  inFlight++;
  metrics.httpInFlight.inc();
  let done = false;
  const finish = (aborted) => {
    if (done) return;
    done = true;
    inFlight--;
    metrics.httpInFlight.dec();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const pathname = (req.url || '/').split('?')[0];
    const route = routeOf(pathname);
    const status = aborted && !res.writableFinished ? 'aborted' : String(res.statusCode);
    metrics.httpRequests.inc({ route, method: req.method, status });
    metrics.httpDuration.observe({ route, method: req.method }, seconds);
    // The path without its query: queries may carry tokens (reset links) or what someone searched.
    requestContext.run({ requestId }, () =>
      logger.info(
        { method: req.method, path: pathname, route, status, ms: Math.round(seconds * 1000) },
        'request',
      ),
    );
    if (accessLog) fs.appendFile(accessLog, `${req.method} ${req.url} ${res.statusCode}\n`, () => {});
    if (inFlight === 0 && draining) drained();
  };
  res.on('finish', () => finish(false));
  res.on('close', () => finish(true));
  return requestId;
}

// Console output from Next.js and the app becomes log lines too, carrying the request's id.
if (process.env.LOG_FORMAT !== 'pretty') {
  const toLog =
    (level) =>
    (...args) =>
      logger[level](util.format(...args));
  console.log = toLog('info');
  console.info = toLog('info');
  console.warn = toLog('warn');
  console.error = toLog('error');
  console.debug = toLog('debug');
}

// Draining on SIGTERM/SIGINT.
const servers = new Set();
let inFlight = 0;
let draining = false;
let whenDrained = null;
const SHUTDOWN_HOOK = Symbol.for('etalase.shutdown');
globalThis[Symbol.for('etalase.draining')] = () => draining;

function drained() {
  if (whenDrained) whenDrained();
}

async function drain(signal) {
  if (draining) return;
  draining = true;
  const limitMs = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS || 25) * 1000;
  // SIGTERM (an orchestrator, a deploy): keep taking connections for SHUTDOWN_DELAY_SECONDS while
  // /api/ready says 503, so the load balancer stops sending here before the socket closes; what
  // arrives meanwhile is answered with Connection: close. Ctrl-C (SIGINT) does not wait.
  const delayMs = signal === 'SIGTERM' ? Number(process.env.SHUTDOWN_DELAY_SECONDS ?? 2) * 1000 : 0;
  logger.info({ signal, inFlight, delayMs }, 'draining: readiness 503, finishing requests in flight');
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  for (const server of servers) {
    server.close();
    server.closeIdleConnections();
  }
  const finished = await new Promise((resolve) => {
    if (inFlight === 0) return resolve(true);
    whenDrained = () => resolve(true);
    setTimeout(() => resolve(false), limitMs).unref();
  });
  if (!finished) logger.warn({ inFlight }, `drain limit of ${limitMs / 1000} s reached; exiting anyway`);
  const shutdown = globalThis[SHUTDOWN_HOOK];
  try {
    if (typeof shutdown === 'function')
      await Promise.race([shutdown(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  } catch (error) {
    logger.error({ err: error }, 'shutdown hook failed');
  }
  logger.info({ finished }, 'stopped');
  logger.flush?.();
  process.exit(0);
}
process.on('SIGTERM', () => drain('SIGTERM'));
process.on('SIGINT', () => drain('SIGINT'));

function answerWhileDraining(req, res) {
  if (!draining) return false;
  res.setHeader('connection', 'close');
  if ((req.url || '').split('?')[0] !== '/api/ready') return false;
  refuse(req, res, 503, 'draining', { 'cache-control': 'no-store' });
  return true;
}

const createServer = http.createServer;
http.createServer = function createServerWithFrontDoor(...args) {
  const index = args.findIndex((arg) => typeof arg === 'function');
  if (index >= 0) {
    const listener = args[index];
    args[index] = function frontDoorListener(req, res) {
      const requestId = observe(req, res);
      return requestContext.run({ requestId }, () => {
        if (answerWhileDraining(req, res)) return;
        if (frontDoor(req, res)) return;
        if (answerProductSearch(req, res)) return;
        const toNext = () => {
          if (req.method === 'GET') captureForPageCache(res);
          return listener.call(this, req, res);
        };
        if (answerPublicPage(req, res, toNext)) return;
        return toNext();
      });
    };
  }
  const server = createServer.apply(this, args);
  servers.add(server);
  server.on('close', () => servers.delete(server));
  return server;
};

module.exports = { frontDoor, PEER_HEADER };
