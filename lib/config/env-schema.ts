// The one definition of the app's configuration. Checked at start-up by scripts/run-app.ts (a bad
// value stops the app with a sentence naming the variable) and again when the server loads it.
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const envSchema = z.object({
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
  // Only 'disk' is implemented so far; the storage interface (lib/uploads/storage.ts) is where an
  // S3-compatible driver plugs in.
  STORAGE_DRIVER: z.enum(['disk'], { error: "only 'disk' is available in this version" }).default('disk'),
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
  SERVER_HEAP_MB: z.coerce
    .number({ error: 'must be a number of megabytes' })
    .int('must be a whole number of megabytes')
    .min(96, 'must be at least 96')
    .default(192),
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
