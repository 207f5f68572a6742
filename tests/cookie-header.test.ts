import { describe, expect, it } from 'vitest';
import { readCookieHeader } from '@/lib/security/cookie-header';

describe('readCookieHeader', () => {
  it('reads names and decoded values, keeps the first of a name, and leaves out what cannot be decoded', () => {
    const cookies = readCookieHeader('lang=en; d=a%20b; lang=id; bad=%E0%A4; flag; x=1=2');
    expect(cookies.get('lang')).toBe('en');
    expect(cookies.get('d')).toBe('a b');
    expect(cookies.has('bad')).toBe(false);
    expect(cookies.get('flag')).toBe('');
    expect(cookies.get('x')).toBe('1=2');
    expect(readCookieHeader(undefined).size).toBe(0);
  });
});
