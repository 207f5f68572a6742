import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskTail, openPii, piiHash, sealPii } from '@/lib/security/pii';

const key = crypto.randomBytes(32).toString('hex');

describe('personal data at rest', () => {
  it('round-trips through AES-256-GCM and never stores the plain value', () => {
    const sealed = sealPii(key, '1271054507890001');
    expect(sealed.cipher).not.toContain('1271054507890001');
    expect(openPii(key, sealed.cipher)).toBe('1271054507890001');
    expect(sealed.last4).toBe('0001');
  });

  it('hashes with the key, so equal numbers match and other keys do not', () => {
    expect(piiHash(key, '1271054507890001')).toBe(sealPii(key, '1271054507890001').hash);
    expect(piiHash(crypto.randomBytes(32).toString('hex'), '1271054507890001')).not.toBe(
      piiHash(key, '1271054507890001'),
    );
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = Buffer.from(sealPii(key, '1271054507890001').cipher, 'base64');
    sealed[sealed.length - 1] ^= 1;
    expect(() => openPii(key, sealed.toString('base64'))).toThrow();
  });

  it('masks all but the last four digits', () => {
    expect(maskTail('0001')).toBe('••••••••••••0001');
  });
});
