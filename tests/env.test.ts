import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/config/env-schema';

describe('configuration', () => {
  it('accepts an empty environment with defaults', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DIRECT_PURCHASE_THRESHOLD_IDR).toBe(50_000_000);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL must be a postgresql:\/\/ URL/,
    );
    expect(() => parseEnv({ PII_ENCRYPTION_KEY: 'short' })).toThrow(/PII_ENCRYPTION_KEY/);
    expect(() => parseEnv({ STRIPE_SECRET_KEY: 'pk_live_x' })).toThrow(
      /STRIPE_SECRET_KEY must start with sk_/,
    );
  });
});
