import { sealData } from 'iron-session';
import { describe, expect, it } from 'vitest';
import { signSessionId } from '@/lib/session';
import { isSecurityLab, labApiPath, SECURITY_LABS } from './catalog';
import { userInStored } from './lab-engine';
import { sealDigest, userInSeal } from './replay';
import { parsePlainCart, STARTING_CART, totalPaise } from './tampering';
import { sessionInCookieText, xssSetCookie } from './xss';

const password = 'a-test-password-that-is-32-chars-long!';

describe('catalog', () => {
  it('should list the five labs in teaching order, each on its own API path', () => {
    expect(SECURITY_LABS).toEqual(['fixation', 'xss', 'replay', 'tampering', 'csrf']);
    expect(labApiPath('replay')).toBe('/api/lab/security/replay');
    expect(isSecurityLab('csrf')).toBe(true);
    expect(isSecurityLab('sqli')).toBe(false);
  });
});

describe('userInStored', () => {
  it('should read the user of a stored session, or null', () => {
    expect(userInStored('{"cookie":{},"user":{"username":"riya","displayName":"Riya"}}')).toEqual({
      username: 'riya',
      displayName: 'Riya',
    });
    expect(userInStored('{"cookie":{}}')).toBeNull();
    expect(userInStored('not json')).toBeNull();
    expect(userInStored(null)).toBeNull();
  });
});

describe('xss lab cookie', () => {
  it('should set HttpOnly only when the protection is on', () => {
    expect(xssSetCookie('v', true)).toBe('pathshala.lab-xss=v; Max-Age=600; Path=/; HttpOnly; SameSite=Lax');
    expect(xssSetCookie('v', false)).toBe('pathshala.lab-xss=v; Max-Age=600; Path=/; SameSite=Lax');
  });

  it('should find a live, correctly signed lab session in stolen document.cookie text', () => {
    const live = new Set(['sid-1']);
    const stolen = `pathshala.lang=en; pathshala.lab-xss=${encodeURIComponent(signSessionId('sid-1', 'secret'))}`;
    expect(sessionInCookieText(stolen, 'secret', live)).toBe('sid-1');
    expect(sessionInCookieText(stolen, 'other-secret', live)).toBeNull();
    expect(sessionInCookieText(stolen, 'secret', new Set())).toBeNull();
    expect(sessionInCookieText('pathshala.lang=en', 'secret', live)).toBeNull();
  });
});

describe('replay lab seal', () => {
  it('should open a sealed copy until it is revoked', async () => {
    const seal = await sealData({ user: { username: 'riya', displayName: 'Riya' } }, { password, ttl: 600 });
    expect(await userInSeal(seal, password, new Set())).toEqual({ username: 'riya', displayName: 'Riya' });
    expect(await userInSeal(seal, password, new Set([sealDigest(seal)]))).toBeNull();
    expect(await userInSeal(seal.replace('*1*', '*2*'), password, new Set())).toBeNull();
    expect(await userInSeal('', password, new Set())).toBeNull();
  });
});

describe('tampering lab plain cart', () => {
  it('should trust the prices in the cookie — the mistake the lab shows', () => {
    expect(totalPaise(STARTING_CART)).toBe(4_000);
    expect(totalPaise(parsePlainCart('[{"productId":"chai","qty":2,"unitPricePaise":1}]') ?? [])).toBe(2);
  });

  it('should treat a cookie that is not a cart as none', () => {
    expect(parsePlainCart('{"not":"a cart"}')).toBeNull();
    expect(parsePlainCart('[{"productId":"chai","qty":-1,"unitPricePaise":1}]')).toBeNull();
    expect(parsePlainCart('nope')).toBeNull();
  });
});
