import { describe, expect, it } from 'vitest';
import { COOKIE_LIMIT_BYTES, fitsInCookie, setCookieBytes } from './cookie-budget';

describe('cookie budget', () => {
  it('should count bytes, not characters', () => {
    expect(setCookieBytes('a=₹')).toBe(5);
  });

  it('should accept exactly 4,096 bytes and refuse one more', () => {
    const header = (length: number) => 'n=' + 'x'.repeat(length - 2);
    expect(fitsInCookie(header(COOKIE_LIMIT_BYTES))).toBe(true);
    expect(fitsInCookie(header(COOKIE_LIMIT_BYTES + 1))).toBe(false);
  });
});
