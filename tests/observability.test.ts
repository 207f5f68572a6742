// Configuration of the S3 driver, the metrics token, readiness and the request id carried into jobs.
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/config/env-schema';

describe('configuration for several instances', () => {
  it('takes the s3 driver only with a bucket and credentials, and names what is missing', () => {
    expect(() => parseEnv({ STORAGE_DRIVER: 's3' })).toThrow(
      /S3_BUCKET is required when STORAGE_DRIVER=s3; S3_ACCESS_KEY_ID is required.*S3_SECRET_ACCESS_KEY is required/,
    );
    const env = parseEnv({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'etalase',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(env.S3_REGION).toBe('us-east-1');
    expect(() => parseEnv({ STORAGE_DRIVER: 'gcs' })).toThrow(/STORAGE_DRIVER must be 'disk' or 's3'/);
    expect(() => parseEnv({ S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT must be a URL/);
    expect(() => parseEnv({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16/);
    expect(() => parseEnv({ SHUTDOWN_TIMEOUT_SECONDS: '0' })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS/);
  });
});

describe('GET /api/metrics', () => {
  it('is not served without METRICS_TOKEN, refuses a wrong token and answers Prometheus text with it', async () => {
    const { GET } = await import('@/app/api/metrics/route');
    const { env } = await import('@/lib/server/env');
    const saved = env.METRICS_TOKEN;
    try {
      env.METRICS_TOKEN = undefined;
      expect((await GET(new Request('http://x/api/metrics'))).status).toBe(404);
      env.METRICS_TOKEN = 'a-long-metrics-token-1234';
      expect((await GET(new Request('http://x/api/metrics'))).status).toBe(401);
      const wrong = new Request('http://x/api/metrics', {
        headers: { authorization: 'Bearer a-long-metrics-token-1235' },
      });
      expect((await GET(wrong)).status).toBe(401);
      const right = new Request('http://x/api/metrics', {
        headers: { authorization: 'Bearer a-long-metrics-token-1234' },
      });
      const answer = await GET(right);
      expect(answer.status).toBe(200);
      const text = await answer.text();
      expect(text).toMatch(/# TYPE etalase_http_requests_total counter/);
      expect(text).toMatch(/etalase_db_pool_connections\{state="total"/);
      expect(text).toMatch(/# TYPE etalase_job_queue_jobs gauge/);
    } finally {
      env.METRICS_TOKEN = saved;
    }
  });
});

describe('GET /api/ready', () => {
  it('answers 503 while the instance is starting and while it drains, 200 when it runs', async () => {
    const { GET } = await import('@/app/api/ready/route');
    const { markStarted } = await import('@/lib/observability/lifecycle');
    const starting = await GET();
    expect(starting.status).toBe(503);
    expect(await starting.json()).toMatchObject({
      status: 'starting',
      checks: { database: true, migrations: true },
    });
    markStarted({ worker: false });
    const running = await GET();
    expect(await running.json()).toEqual({
      ready: true,
      status: 'ready',
      checks: { database: true, migrations: true, worker: 'off' },
    });
    const key = Symbol.for('etalase.draining');
    (globalThis as Record<symbol, unknown>)[key] = () => true;
    try {
      expect((await GET()).status).toBe(503);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
    }
  });
});

describe('request ids in jobs', () => {
  it("puts the queuing request's id into the job's data", async () => {
    const { db } = await import('@/lib/server/db');
    const { withRequestContext } = await import('@/lib/observability/log');
    const { queueEmail } = await import('@/lib/mail/outbox');
    const requestId = 'req-test-0001-abcdef';
    await withRequestContext({ requestId }, () =>
      db.$transaction((tx) =>
        queueEmail(tx, { to: 'rid@contoh.id', subject: 'Uji', body: 'Uji', key: `rid-test-${Date.now()}` }),
      ),
    );
    const rows = await db.$queryRaw<{ data: { requestId?: string } }[]>`
      select data from pgboss.job where name = 'mail.send' and data->>'requestId' = ${requestId}`;
    expect(rows).toHaveLength(1);
  });
});
