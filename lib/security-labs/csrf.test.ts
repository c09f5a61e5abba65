import { describe, expect, it } from 'vitest';
import { arrivalsOf, csrfSetCookie, describeArrival, forgetRun, recordArrival } from './csrf';
import { isLabSiteOrigin, otherSiteOrigin } from './csrf-sites';

describe('csrfSetCookie', () => {
  it('should scope each cookie to the lab path, HttpOnly, with its SameSite', () => {
    expect(csrfSetCookie('strict')).toBe(
      'pathshala.lab-csrf-strict=riya-is-logged-in; Max-Age=600; Path=/api/lab/security/csrf; HttpOnly; SameSite=Strict',
    );
    expect(csrfSetCookie('lax')).toContain('; SameSite=Lax');
  });

  it('should make the SameSite=None cookie Secure, or browsers would drop it', () => {
    expect(csrfSetCookie('none')).toContain('; HttpOnly; Secure; SameSite=None');
  });
});

describe('describeArrival', () => {
  it('should tell which lab cookies came with a request, and Sec-Fetch-Site', () => {
    const headers = new Headers({ cookie: 'pathshala.lab-csrf-none=x; pathshala.sid=y', 'sec-fetch-site': 'cross-site' });
    expect(describeArrival('post', 'POST', headers)).toEqual({
      via: 'post',
      method: 'POST',
      sent: { strict: false, lax: false, none: true },
      fetchSite: 'cross-site',
    });
  });
});

describe('arrivals of a run', () => {
  it('should keep the latest arrival per kind of request, and forget the run on reset', () => {
    const arrival = (none: boolean) => ({ via: 'link' as const, method: 'GET', sent: { strict: false, lax: true, none }, fetchSite: null });
    recordArrival('run-12345678', arrival(false));
    recordArrival('run-12345678', arrival(true));
    expect(arrivalsOf('run-12345678')).toEqual([arrival(true)]);
    forgetRun('run-12345678');
    expect(arrivalsOf('run-12345678')).toEqual([]);
  });
});

describe('the two lab sites', () => {
  it('should swap localhost and 127.0.0.1, keeping scheme and port', () => {
    expect(otherSiteOrigin('http://localhost:3000')).toBe('http://127.0.0.1:3000');
    expect(otherSiteOrigin('http://127.0.0.1:3000')).toBe('http://localhost:3000');
  });

  it('should have no second site for any other host', () => {
    expect(otherSiteOrigin('https://pathshala.example')).toBeNull();
  });

  it('should only let the attacker page aim at a bare lab origin', () => {
    expect(isLabSiteOrigin('http://localhost:3351')).toBe(true);
    expect(isLabSiteOrigin('http://localhost:3351/path')).toBe(false);
    expect(isLabSiteOrigin('https://evil.example')).toBe(false);
    expect(isLabSiteOrigin('javascript:alert(1)')).toBe(false);
  });

  it('should pair a classroom address with its IPv4-mapped IPv6 form, both ways', () => {
    expect(otherSiteOrigin('http://192.0.2.2:3000')).toBe('http://[::ffff:c000:202]:3000');
    expect(otherSiteOrigin('http://[::ffff:c000:202]:3000')).toBe('http://192.0.2.2:3000');
    expect(otherSiteOrigin('http://[2001:db8::1]:3000')).toBeNull();
  });

  it("should accept this server's own addresses as lab sites, in either form, and no other address", () => {
    expect(isLabSiteOrigin('http://192.0.2.2:3000', ['192.0.2.2'])).toBe(true);
    expect(isLabSiteOrigin('http://[::ffff:c000:202]:3000', ['192.0.2.2'])).toBe(true);
    expect(isLabSiteOrigin('http://192.0.2.1:80', ['192.0.2.2'])).toBe(false);
    expect(isLabSiteOrigin('http://[::ffff:c000:201]:80', ['192.0.2.2'])).toBe(false);
    expect(isLabSiteOrigin('http://192.0.2.2:3000')).toBe(false);
  });
});
