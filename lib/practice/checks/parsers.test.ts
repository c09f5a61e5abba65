import { describe, expect, it } from 'vitest';
import { parseSetCookieHeader } from '@/lib/inspector/set-cookie';
import { sessionIdOf } from '../check-kit';
import { CookieJar } from '../http-client';
import { matchesVisits, visitsOf } from './activity';
import { cartOf, sameCart } from './cart-items';
import { lifetimeSeconds } from './cookie-flags';
import { tamperCookieValue } from './seed-app';

const NOW = Date.parse('2026-12-03T10:00:00.000Z');

describe('lifetimeSeconds', () => {
  it("should count Expires from the response's Date", () => {
    const cookie = parseSetCookieHeader('sid=x; Path=/; Expires=Thu, 03 Dec 2026 10:30:00 GMT; HttpOnly')!;
    expect(lifetimeSeconds(cookie, 'Thu, 03 Dec 2026 10:00:00 GMT')).toBe(1800);
  });

  it('should prefer Max-Age, and give null for a browser-session cookie', () => {
    expect(lifetimeSeconds(parseSetCookieHeader('sid=x; Max-Age=1800; Expires=Thu, 01 Jan 2099 00:00:00 GMT')!, null)).toBe(1800);
    expect(lifetimeSeconds(parseSetCookieHeader('sid=x; Path=/; HttpOnly')!, null)).toBeNull();
  });
});

describe('sessionIdOf', () => {
  it("should take the sid out of express-session's URL-encoded s:<sid>.<sig>", () => {
    expect(sessionIdOf('s%3Aabc.DEF%2Bg')).toBe('abc');
    expect(sessionIdOf('plain-value')).toBeNull();
  });
});

describe('tamperCookieValue', () => {
  it('should change exactly one character of the decoded value', () => {
    const tampered = decodeURIComponent(tamperCookieValue('s%3Aabc.sigA'));
    expect(tampered).toBe('s:abc.sigB');
  });
});

describe('cartOf', () => {
  it('should read {items: [{productId, qty}]} and refuse other shapes', () => {
    expect(sameCart(cartOf({ items: [{ productId: 'chai', qty: 2, name: 'Chai' }] }), { chai: 2 })).toBe(true);
    expect(sameCart(cartOf({ items: [{ productId: 'chai', qty: 2 }] }), { chai: 2, samosa: 1 })).toBe(false);
    for (const body of [
      null,
      {},
      { items: {} },
      { items: [{ productId: 'chai', qty: '2' }] },
      {
        items: [
          { productId: 'chai', qty: 1 },
          { productId: 'chai', qty: 1 },
        ],
      },
    ]) {
      expect(cartOf(body)).toBeNull();
    }
  });
});

describe('visits', () => {
  it('should accept ISO times and milliseconds, newest first', () => {
    const visits = visitsOf({
      visits: [
        { path: '/pages/b', at: NOW },
        { path: '/pages/a', at: new Date(NOW - 1000).toISOString() },
      ],
    });
    expect(matchesVisits(visits, ['/pages/b', '/pages/a'], NOW - 5000, NOW)).toBe(true);
  });

  it('should refuse oldest first, wrong paths and times that are not times', () => {
    const oldestFirst = visitsOf({
      visits: [
        { path: '/pages/a', at: NOW - 1000 },
        { path: '/pages/b', at: NOW },
      ],
    });
    expect(matchesVisits(oldestFirst, ['/pages/a', '/pages/b'], NOW - 5000, NOW)).toBe(false);
    expect(matchesVisits(visitsOf({ visits: [{ path: '/pages/a', at: NOW }] }), ['/pages/b'], NOW - 5000, NOW)).toBe(false);
    expect(visitsOf({ visits: [{ path: '/pages/a', at: 'yesterday' }] })).toBeNull();
  });
});

describe('CookieJar', () => {
  it('should keep new values and drop cookies a response clears', () => {
    const jar = new CookieJar();
    jar.take([parseSetCookieHeader('sid=one; Path=/')!, parseSetCookieHeader('theme=dark')!]);
    expect(jar.header()).toBe('sid=one; theme=dark');
    jar.take([parseSetCookieHeader('sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT')!]);
    expect(jar.header()).toBe('theme=dark');
  });
});
