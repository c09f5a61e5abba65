import { describe, expect, it } from 'vitest';
import { formatRupees } from '../shop/money';
import { countdown, parseSetCookieHeader } from './set-cookie';
import { diffEntries, isEmptyDiff } from './store-diff';

describe('diffEntries', () => {
  it('finds added, changed and removed keys, comparing deeply', () => {
    const before = { cookie: { expires: 'a' }, cart: [{ productId: 'chai', qty: 1 }], user: { username: 'riya' } };
    const after = { cookie: { expires: 'b' }, cart: [{ productId: 'chai', qty: 2 }], activity: [] };
    expect(diffEntries(before, after)).toEqual({ added: ['activity'], changed: ['cookie', 'cart'], removed: ['user'] });
  });
  it('treats a new entry as all added and a gone entry as all removed', () => {
    expect(diffEntries(null, { a: 1 })).toEqual({ added: ['a'], changed: [], removed: [] });
    expect(diffEntries({ a: 1 }, null)).toEqual({ added: [], changed: [], removed: ['a'] });
    expect(isEmptyDiff(diffEntries({ a: [1] }, { a: [1] }))).toBe(true);
  });
});

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

describe('formatRupees', () => {
  it('uses Indian digit grouping', () => {
    expect(formatRupees(2000)).toBe('₹20');
    expect(formatRupees(12_000_000)).toBe('₹1,20,000');
    expect(formatRupees(1550)).toBe('₹15.50');
  });
});
