// Personal data at rest (UU 27/2022 PDP): NIK and bank account numbers are stored as AES-256-GCM
// ciphertext, with a keyed hash (HMAC-SHA256) for duplicate checks and the last four digits for display.
import crypto from 'node:crypto';

export type SealedPii = { cipher: string; hash: string; last4: string };

function keyBytes(hexKey: string) {
  const key = Buffer.from(hexKey, 'hex');
  if (key.length !== 32) throw new Error('PII_ENCRYPTION_KEY must be 32 bytes (64 hex characters)');
  return key;
}

export function piiHash(hexKey: string, value: string) {
  return crypto.createHmac('sha256', keyBytes(hexKey)).update(`pii:${value}`).digest('hex');
}

export function sealPii(hexKey: string, value: string): SealedPii {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', keyBytes(hexKey), iv);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  return { cipher: sealed, hash: piiHash(hexKey, value), last4: value.slice(-4) };
}

export function openPii(hexKey: string, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', keyBytes(hexKey), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export function maskTail(last4: string | null | undefined, length = 16) {
  if (!last4) return '—';
  return '•'.repeat(Math.max(0, length - last4.length)) + last4;
}
