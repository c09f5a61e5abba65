import { sealData } from 'iron-session';
import { describe, expect, it, vi } from 'vitest';
import { serializeSetCookie } from '@/lib/session';
import { STRAY_SEAL_CLEARING_SET_COOKIE } from './cookie-scope';
import { clearingIronSetCookie, sealSession, sealSetCookie, unsealCookie } from './sealed-cookie';

const password = 'a-test-password-that-is-32-chars-long!';
const cookie = (seal: string) => `pathshala.lang=en; pathshala.iron=${seal}`;

describe('unsealCookie', () => {
  it('should open a seal it made', async () => {
    const seal = await sealSession({ user: { username: 'riya' } }, password);
    expect(await unsealCookie(cookie(seal), password)).toEqual({ ok: true, seal, data: { user: { username: 'riya' } } });
  });

  it('should say no_cookie without the cookie', async () => {
    expect(await unsealCookie('pathshala.sid=x', password)).toEqual({ ok: false, seal: null, reason: 'no_cookie' });
    expect(await unsealCookie(null, password)).toEqual({ ok: false, seal: null, reason: 'no_cookie' });
  });

  it.each([
    [
      'one ciphertext character changed',
      (seal: string) =>
        seal.replace(/\*([^*])([^*]*)\*(\d+)\*/, (_m, c: string, rest: string, exp: string) => `*${c === 'A' ? 'B' : 'A'}${rest}*${exp}*`),
    ],
    ['the expiration pushed forward', (seal: string) => seal.replace(/\*(\d{13})\*/, (_m, exp: string) => `*${Number(exp) + 999_999}*`)],
    ['a non-numeric expiration', (seal: string) => seal.replace(/\*(\d{13})\*/, '*soon*')],
    ['cut in half', (seal: string) => seal.slice(0, seal.length / 2)],
    ['not iron at all', () => 's:abc.def'],
  ])('should treat a seal with %s as no session, never throw', async (_name, tamper) => {
    const seal = tamper(await sealSession({ user: { username: 'riya' } }, password));
    expect(await unsealCookie(cookie(seal), password)).toMatchObject({ ok: false, reason: 'bad_seal' });
  });

  it('should refuse a seal made with another password', async () => {
    const seal = await sealSession({ a: 1 }, 'another-password-that-is-32-chars-long');
    expect(await unsealCookie(cookie(seal), password)).toMatchObject({ ok: false, reason: 'bad_seal' });
  });

  it("should say expired for a seal past its expiration and iron's minute of clock skew", async () => {
    const seal = await sealData({ a: 1 }, { password, ttl: 1 });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 62_000);
      expect(await unsealCookie(cookie(seal), password)).toMatchObject({ ok: false, reason: 'expired' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Set-Cookie', () => {
  it("should write the seal on the stateless API's path only, HttpOnly, Lax, a minute shorter than the seal, Secure only over HTTPS", () => {
    expect(sealSetCookie('Fe26.2*x~2', false)).toBe(
      'pathshala.iron=Fe26.2*x~2; Max-Age=1740; Path=/api/demo/stateless; HttpOnly; SameSite=Lax',
    );
    expect(sealSetCookie('Fe26.2*x~2', true)).toContain('; Secure');
  });

  it('should clear the cookie with Max-Age=0 and an Expires in the past', () => {
    expect(clearingIronSetCookie(false)).toBe(
      'pathshala.iron=; Max-Age=0; Path=/api/demo/stateless; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax',
    );
  });

  it("should clear a seal an older build left on Path=/ with the engine's own clearing format", () => {
    expect(STRAY_SEAL_CLEARING_SET_COOKIE).toBe(
      serializeSetCookie('pathshala.iron', '', { path: '/', maxAgeSeconds: 0, expires: new Date(0) }),
    );
  });
});
