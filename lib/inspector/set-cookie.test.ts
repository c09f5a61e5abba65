import { describe, expect, it } from 'vitest';
import { countdown, parseSetCookieHeader } from './set-cookie';

describe('parseSetCookieHeader', () => {
  const now = new Date('2026-11-27T10:00:00Z');
  it('takes the site cookie apart', () => {
    const parts = parseSetCookieHeader(
      'pathshala.sid=s%3Aabc.def; Path=/; Expires=Fri, 27 Nov 2026 10:30:00 GMT; HttpOnly; SameSite=Lax',
      now,
    );
    expect(parts?.name).toBe('pathshala.sid');
    expect(parts?.value).toBe('s%3Aabc.def');
    expect(parts?.attributes.map((a) => a.name)).toEqual(['Path', 'Expires', 'HttpOnly', 'SameSite']);
    expect(parts?.expiresAt?.toISOString()).toBe('2026-11-27T10:30:00.000Z');
    expect(parts?.clears).toBe(false);
  });
  it('knows a clearing cookie and prefers Max-Age', () => {
    expect(parseSetCookieHeader('a=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT', now)?.clears).toBe(true);
    expect(parseSetCookieHeader('a=b; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT', now)?.expiresAt?.toISOString()).toBe(
      '2026-11-27T10:01:00.000Z',
    );
  });
  it('refuses a header without a name', () => {
    expect(parseSetCookieHeader('=x; Path=/')).toBeNull();
  });
});

describe('countdown', () => {
  it('counts minutes and seconds, then hours', () => {
    const now = new Date(0);
    expect(countdown(new Date(29 * 60_000 + 41_000), now)).toBe('29:41');
    expect(countdown(new Date(3723_000), now)).toBe('1:02:03');
    expect(countdown(new Date(-5), now)).toBe('0:00');
  });
});
