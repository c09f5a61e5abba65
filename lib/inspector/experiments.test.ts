import { describe, expect, it } from 'vitest';
import { createSessionEngine, MemoryStore, signSessionId, verifySessionId } from '@/lib/session';
import { clearingSetCookie, sessionSetCookie, tamperSignedValue } from './experiments';

const engine = createSessionEngine({
  name: 'pathshala.sid',
  secret: 'secret',
  store: new MemoryStore(),
  cookie: { maxAge: 30 * 60_000, httpOnly: true, sameSite: 'lax', path: '/', secure: 'auto' },
});

describe('tamperSignedValue', () => {
  it('should change exactly the first signature character, so the value no longer verifies', () => {
    const value = signSessionId('abc', 'secret');
    const tampered = tamperSignedValue(value)!;
    expect(tampered).toHaveLength(value.length);
    expect(tampered.slice(0, 'abc'.length + 3)).toBe('s:abc.');
    expect([...tampered].filter((char, i) => char !== value[i])).toHaveLength(1);
    expect(verifySessionId(tampered, ['secret'])).toMatchObject({ sid: 'abc', valid: false });
  });

  it("should turn an 'A' into a 'B' rather than leave it", () => {
    expect(tamperSignedValue('s:abc.AAAA')).toBe('s:abc.BAAA');
    expect(tamperSignedValue('s:abc.xAAA')).toBe('s:abc.AAAA');
  });

  it('should give up on values without a signature', () => {
    expect(tamperSignedValue('abc')).toBeNull();
    expect(tamperSignedValue('s:abc')).toBeNull();
    expect(tamperSignedValue('s:abc.')).toBeNull();
  });
});

describe('clearingSetCookie', () => {
  it('should empty the cookie with a 1970 expiry on the same Path', () => {
    expect(clearingSetCookie(engine, false)).toBe('pathshala.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax');
    expect(clearingSetCookie(engine, true)).toBe(
      'pathshala.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax',
    );
  });
});

describe('sessionSetCookie', () => {
  it("should carry the value URL-encoded with the site cookie's attributes and lifetime", () => {
    expect(sessionSetCookie(engine, 's:abc.x+y/z', false, Date.UTC(2026, 0, 1))).toBe(
      'pathshala.sid=s%3Aabc.x%2By%2Fz; Path=/; Expires=Thu, 01 Jan 2026 00:30:00 GMT; HttpOnly; SameSite=Lax',
    );
  });
});
