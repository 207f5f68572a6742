import type { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import type { Counter, Gauge, Histogram, Registry } from 'prom-client';

export type RequestContext = { requestId: string; job?: string };

export function observability(): {
  requestContext: AsyncLocalStorage<RequestContext>;
  logger: Logger;
  instance: string;
  metrics: {
    registry: Registry;
    httpRequests: Counter<'route' | 'method' | 'status'>;
    httpDuration: Histogram<'route' | 'method'>;
    httpInFlight: Gauge;
    pageCache: Counter<'result'>;
    cacheInvalidations: Counter<'origin'>;
    emails: Counter<'outcome'>;
    jobs: Counter<'queue' | 'outcome'>;
    jobQueueDepth: Gauge<'queue' | 'state'>;
    dbPool: Gauge<'state'>;
  };
};
