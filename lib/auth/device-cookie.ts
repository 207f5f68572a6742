// A device cookie (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): after a correct
// sign-in the browser gets a signed token naming that account. A client that presents it is judged
// by its own failures only, so attackers failing against the account elsewhere cannot lock its
// owner out of the device they normally use (docs/decisions/010).
import crypto from 'node:crypto';

export const DEVICE_COOKIE = 'umkm_device';
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 3600;

function mac(secret: string, email: string, nonce: string) {
  return crypto.createHmac('sha256', secret).update(`device:${email}:${nonce}`).digest('base64url');
}

export function issueDeviceToken(email: string, secret: string) {
  const nonce = crypto.randomBytes(12).toString('base64url');
  return `${nonce}.${mac(secret, email, nonce)}`;
}

/** The device's id when the token was issued for this account, else null. */
export function deviceIdFor(email: string, token: string | null | undefined, secret: string) {
  const [nonce, signature, ...rest] = (token ?? '').split('.');
  if (!nonce || !signature || rest.length) return null;
  const expected = Buffer.from(mac(secret, email, nonce));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? nonce : null;
}
