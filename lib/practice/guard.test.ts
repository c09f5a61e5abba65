import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, SOCKET_ADDRESS_HEADER } from '@/lib/http/front-door.mjs';
import { loopbackTarget, practiceAvailability } from './guard';

function headersOf(fields: Record<string, string>): Headers {
  return new Headers({ host: 'localhost:3000', ...fields });
}

describe('practiceAvailability', () => {
  it('should serve a request whose socket and client are this machine', () => {
    const headers = headersOf({ [SOCKET_ADDRESS_HEADER]: '127.0.0.1', [CLIENT_ADDRESS_HEADER]: '127.0.0.1' });
    expect(practiceAvailability(headers, {})).toEqual({ available: true });
    const v6 = headersOf({ [SOCKET_ADDRESS_HEADER]: '::1', [CLIENT_ADDRESS_HEADER]: '::1' });
    expect(practiceAvailability(v6, {})).toEqual({ available: true });
  });

  it('should refuse a client on another machine that forges X-Forwarded-For: 127.0.0.1', () => {
    const headers = headersOf({
      [SOCKET_ADDRESS_HEADER]: '192.168.1.23',
      [CLIENT_ADDRESS_HEADER]: '192.168.1.23',
      'x-forwarded-for': '127.0.0.1',
    });
    expect(practiceAvailability(headers, {})).toEqual({ available: false, reason: 'not-this-machine' });
  });

  it('should refuse a stranger relayed by a proxy on this machine', () => {
    const headers = headersOf({ [SOCKET_ADDRESS_HEADER]: '127.0.0.1', [CLIENT_ADDRESS_HEADER]: '203.0.113.9' });
    expect(practiceAvailability(headers, {})).toEqual({ available: false, reason: 'not-this-machine' });
  });

  it('should refuse when the front door did not record the socket (plain next start), whatever X-Forwarded-For says', () => {
    const headers = headersOf({ 'x-forwarded-for': '127.0.0.1' });
    expect(practiceAvailability(headers, {})).toEqual({ available: false, reason: 'no-front-door' });
  });

  it('should refuse a page on a name rebound to 127.0.0.1 (DNS rebinding), though socket and client are loopback', () => {
    const headers = headersOf({
      host: 'attacker.example:3000',
      [SOCKET_ADDRESS_HEADER]: '127.0.0.1',
      [CLIENT_ADDRESS_HEADER]: '127.0.0.1',
    });
    expect(practiceAvailability(headers, {})).toEqual({ available: false, reason: 'not-this-machine' });
    const ip = headersOf({ host: '127.0.0.1:3000', [SOCKET_ADDRESS_HEADER]: '127.0.0.1', [CLIENT_ADDRESS_HEADER]: '127.0.0.1' });
    expect(practiceAvailability(ip, {})).toEqual({ available: true });
  });

  it('should be off with PRACTICE_CHECKS=off, even for this machine', () => {
    const headers = headersOf({ [SOCKET_ADDRESS_HEADER]: '127.0.0.1', [CLIENT_ADDRESS_HEADER]: '127.0.0.1' });
    expect(practiceAvailability(headers, { PRACTICE_CHECKS: 'off' })).toEqual({ available: false, reason: 'disabled' });
    expect(practiceAvailability(headers, { PRACTICE_CHECKS: 'on' })).toEqual({ available: true });
  });
});

describe('loopbackTarget', () => {
  it('should accept loopback http URLs', () => {
    for (const raw of ['http://127.0.0.1:4000', 'http://localhost:4000/', 'http://[::1]:4000', 'https://127.0.0.2:8443']) {
      expect(loopbackTarget(raw, ['http:', 'https:'])?.href, raw).toBeDefined();
    }
  });

  it('should refuse other hosts, other protocols, credentials and non-strings', () => {
    for (const raw of [
      'http://10.0.0.5:4000',
      'http://example.com',
      'http://127.0.0.1.nip.io',
      'file:///etc/passwd',
      'http://u:p@127.0.0.1:4000',
      'ftp://127.0.0.1',
      '',
      42,
      null,
    ]) {
      expect(loopbackTarget(raw, ['http:', 'https:']), String(raw)).toBeNull();
    }
  });

  it('should take redis:// only where asked', () => {
    expect(loopbackTarget('redis://127.0.0.1:6379', ['redis:'])?.port).toBe('6379');
    expect(loopbackTarget('redis://127.0.0.1:6379', ['http:', 'https:'])).toBeNull();
  });
});
