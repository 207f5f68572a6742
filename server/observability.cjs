// Logs, request context and metrics for one server process, shared by the front door (plain
// CommonJS, loaded before Next.js) and the app's bundles (lib/observability): each piece lives on
// globalThis under a Symbol, so whichever loads first creates it and the rest find it.
//
// - `requestContext`: an AsyncLocalStorage holding { requestId } for the request (or job) being
//   handled; every log line written inside it carries that id.
// - `logger`: pino, JSON lines on stdout; `instance` names the process among several.
// - `metrics`: a prom-client registry and the app's metrics. No label ever holds a request id, a
//   user or a free-text path (unbounded label values would swamp Prometheus).
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, required by the front door */
const os = require('node:os');
const { AsyncLocalStorage } = require('node:async_hooks');
const pino = require('pino');
const client = require('prom-client');
/* eslint-enable @typescript-eslint/no-require-imports */

const KEY = Symbol.for('etalase.observability');

function create() {
  const requestContext = new AsyncLocalStorage();
  const instance = process.env.INSTANCE_ID || `${os.hostname()}:${process.env.PORT || 3000}`;
  const logger = pino({
    level: process.env.LOG_LEVEL || 'info',
    base: { instance, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const store = requestContext.getStore();
      return store ? { requestId: store.requestId, ...(store.job ? { job: store.job } : {}) } : {};
    },
  });

  const registry = new client.Registry();
  registry.setDefaultLabels({ instance });
  client.collectDefaultMetrics({ register: registry });
  const metrics = {
    registry,
    httpRequests: new client.Counter({
      name: 'etalase_http_requests_total',
      help: 'HTTP requests answered, by route pattern, method and status',
      labelNames: ['route', 'method', 'status'],
      registers: [registry],
    }),
    httpDuration: new client.Histogram({
      name: 'etalase_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route pattern and method',
      labelNames: ['route', 'method'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    httpInFlight: new client.Gauge({
      name: 'etalase_http_requests_in_flight',
      help: 'HTTP requests being handled now',
      registers: [registry],
    }),
    pageCache: new client.Counter({
      name: 'etalase_page_cache_lookups_total',
      help: 'Page-cache lookups: hit (stored), shared (waited for a render in flight), miss (rendered)',
      labelNames: ['result'],
      registers: [registry],
    }),
    cacheInvalidations: new client.Counter({
      name: 'etalase_cache_invalidations_total',
      help: 'Catalog cache invalidations applied, by origin: local (this instance) or peer (NOTIFY)',
      labelNames: ['origin'],
      registers: [registry],
    }),
    emails: new client.Counter({
      name: 'etalase_emails_total',
      help: 'Emails handed to SMTP (sent) or refused/failed (failed)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    jobs: new client.Counter({
      name: 'etalase_jobs_total',
      help: 'Background jobs run by this instance, by queue and outcome',
      labelNames: ['queue', 'outcome'],
      registers: [registry],
    }),
    jobQueueDepth: new client.Gauge({
      name: 'etalase_job_queue_jobs',
      help: 'Jobs in the shared queue, by queue and state (created, retry, active, failed)',
      labelNames: ['queue', 'state'],
      registers: [registry],
    }),
    dbPool: new client.Gauge({
      name: 'etalase_db_pool_connections',
      help: "This instance's database pool: total, idle, and waiting (requests queued for a connection)",
      labelNames: ['state'],
      registers: [registry],
    }),
  };
  return { requestContext, logger, metrics, instance };
}

/** @returns {ReturnType<typeof create>} */
function observability() {
  const g = /** @type {Record<symbol, ReturnType<typeof create>>} */ (globalThis);
  return (g[KEY] ??= create());
}

module.exports = { observability };
