import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/server/db';
import { storeImage } from '@/lib/uploads/images';
import { submitQuote } from '@/lib/procurement/ordering';
import { RateLimited } from '@/lib/security/rate-limit';
import { demoActor } from './support/actors';

// These calls run as if inside a request from 203.0.113.77 (the TCP peer, as server/front-door.cjs
// stamps it). Its X-Forwarded-For is ignored: no proxy is trusted by default.
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.9', 'x-etalase-peer': '203.0.113.77' }),
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));

async function fillBucket(key: string, count: number) {
  const start = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  await db.rateLimitBucket.upsert({
    where: { key_windowStart: { key, windowStart: start } },
    create: { key, windowStart: start, count },
    update: { count },
  });
}

describe('per-IP limits on authenticated writes', () => {
  it('refuses uploads from an IP that sent too many, whoever is signed in, and says when to retry', async () => {
    await fillBucket('upload:ip:203.0.113.77', 200);
    const owner = await demoActor('MSME_OWNER');
    const refused = await storeImage(
      new File([new Uint8Array([1, 2, 3])], 'a.png', { type: 'image/png' }),
      owner.id,
    ).catch((e) => e);
    expect(refused).toBeInstanceOf(RateLimited);
    expect(refused.message).toContain('dari alamat ini');
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('refuses quotes from an IP that sent too many', async () => {
    await fillBucket('quote:ip:203.0.113.77', 100);
    await expect(submitQuote(await demoActor('MSME_OWNER'), 'tidak-ada', {})).rejects.toBeInstanceOf(
      RateLimited,
    );
  });
});
