// The app's logger and request context (server/observability.cjs holds them for the whole process).
import { randomUUID } from 'node:crypto';
import { observability, type RequestContext } from '@/server/observability.cjs';

export const log = () => observability().logger;
export const metrics = () => observability().metrics;

/** The id of the request (or of the request that queued the job) being handled, if any. */
export const currentRequestId = () => observability().requestContext.getStore()?.requestId;

/** Runs `work` with `context`'s request id on every log line it writes (jobs, scripts). */
export function withRequestContext<T>(context: RequestContext | undefined, work: () => T): T {
  return observability().requestContext.run(context ?? { requestId: randomUUID() }, work);
}
