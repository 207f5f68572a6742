// The one definition of the app's configuration. Checked at start-up by scripts/run-app.ts (a bad
// value stops the app with a sentence naming the variable) and again when the server loads it.
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(
          /^postgres(ql)?:\/\/.+/,
          'must be a postgresql:// URL, e.g. postgresql://user:pass@host:5432/umkm',
        )
        .optional(),
    ),
    // A streaming replica for read-only public queries (catalog, transparency, coverage; read-db.ts).
    DATABASE_REPLICA_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgresql:// URL of a streaming replica')
        .optional(),
    ),
    PORT: z.coerce
      .number({ error: 'must be a whole number between 1 and 65535' })
      .int('must be a whole number between 1 and 65535')
      .min(1, 'must be a whole number between 1 and 65535')
      .max(65535, 'must be a whole number between 1 and 65535')
      .default(3000),
    NEXTAUTH_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    NEXTAUTH_URL: optionalString.pipe(z.url('must be a URL such as https://etalase.medan.go.id').optional()),
    PII_ENCRYPTION_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^[0-9a-f]{64}$/i, 'must be 64 hex characters (a 32-byte AES-256 key)')
        .optional(),
    ),
    UPLOADS_DIR: z.string().default('.data/uploads'),
    // 'disk' (UPLOADS_DIR, one instance) or 's3': any S3-compatible bucket, shared by every instance.
    STORAGE_DRIVER: z.enum(['disk', 's3'], { error: "must be 'disk' or 's3'" }).default('disk'),
    // Empty for AWS itself; the server's URL for MinIO, Ceph, Cloudflare R2, IDCloudHost, s3rver…
    S3_ENDPOINT: optionalString.pipe(
      z.url({ protocol: /^https?$/, error: 'must be a URL such as https://s3.example.id' }).optional(),
    ),
    S3_BUCKET: optionalString,
    S3_REGION: z.string().trim().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    STRIPE_SECRET_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^(sk|rk)_/, 'must start with sk_ or rk_')
        .optional(),
    ),
    STRIPE_WEBHOOK_SECRET: optionalString.pipe(
      z
        .string()
        .regex(/^whsec_/, 'must start with whsec_')
        .optional(),
    ),
    STRIPE_API_BASE: optionalString.pipe(z.url('must be a URL').optional()),
    DIRECT_PURCHASE_THRESHOLD_IDR: z.coerce.number().int().positive().default(50_000_000),
    OCDS_PREFIX: z
      .string()
      .regex(/^ocds-[a-z0-9]{6}$/, 'must look like ocds-abc123')
      .default('ocds-mdnumk'),
    SIGNIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
    // How many reverse proxies (load balancer, nginx) stand in front of the app and append to
    // X-Forwarded-For. 0: the header is ignored and the TCP peer is the client (docs/decisions/010).
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ error: 'must be a whole number of proxies, 0 or more' })
      .int('must be a whole number of proxies, 0 or more')
      .min(0, 'must be a whole number of proxies, 0 or more')
      .max(10, 'must be at most 10')
      .default(0),
    // Read by proxy.ts and the API (lib/page-cache) and by the scripts that start the server.
    PAGE_CACHE: z.enum(['on', 'off'], { error: "must be 'on' or 'off'" }).default('on'),
    // Mail: with no SMTP_URL, messages are kept for the Dinas admin at /dinas/email.
    SMTP_URL: optionalString.pipe(
      z.url('must be a URL such as smtp://user:pass@mail.medan.go.id:587 or smtps://…').optional(),
    ),
    MAIL_FROM: z.string().default('Etalase UMKM Medan <no-reply@etalase-umkm.medan.go.id>'),
    // The background worker (pg-boss) runs inside each app process; 'off' leaves jobs queued.
    JOBS_WORKER: z.enum(['on', 'off'], { error: "must be 'on' or 'off'" }).default('on'),
    // GET /api/metrics (Prometheus) answers only with `Authorization: Bearer <METRICS_TOKEN>`; unset,
    // it answers 404.
    METRICS_TOKEN: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    // On SIGTERM, how long requests in flight may take to finish before the instance exits anyway.
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce
      .number({ error: 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .min(1, 'must be at least 1')
      .max(600, 'must be at most 600')
      .default(25),
    // On SIGTERM, how long the instance keeps taking new connections (readiness already 503) so that
    // the load balancer stops routing to it before its socket closes.
    SHUTDOWN_DELAY_SECONDS: z.coerce
      .number({ error: 'must be a number of seconds' })
      .int('must be a whole number of seconds')
      .min(0, 'must be 0 or more')
      .max(120, 'must be at most 120')
      .default(2),
    SERVER_HEAP_MB: z.coerce
      .number({ error: 'must be a number of megabytes' })
      .int('must be a whole number of megabytes')
      .min(96, 'must be at least 96')
      .default(192),
  })
  .superRefine((env, context) => {
    if (env.STORAGE_DRIVER !== 's3') return;
    for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
      if (!env[name])
        context.addIssue({ code: 'custom', path: [name], message: 'is required when STORAGE_DRIVER=s3' });
  });

export type Env = z.infer<typeof envSchema>;

/** Parses the environment; throws one readable sentence per bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new Error(
    `Invalid configuration: ${lines.join('; ')}. Fix it in the environment or .env (see .env.example).`,
  );
}
