import { describe, expect, it } from 'vitest';
import { inspectSeal } from './inspect';

describe('inspectSeal', () => {
  it('should show no cookie, size 0 and an empty store when the browser sent nothing', () => {
    expect(inspectSeal('pathshala.iron', { ok: false, seal: null, reason: 'no_cookie' }, false)).toEqual({
      cookieName: 'pathshala.iron',
      seal: null,
      split: null,
      valid: false,
      reason: 'no_cookie',
      data: null,
      sizeBytes: 0,
      limitBytes: 4096,
      store: { kind: 'none', size: 0 },
    });
  });

  it('should split a valid seal, show its data and measure the Set-Cookie that carries it', () => {
    const seal = 'Fe26.2*1*salt*iv*ciphertext*1764240000000*hsalt*hmac~2';
    const inspection = inspectSeal('pathshala.iron', { ok: true, seal, data: { user: { username: 'riya' } } }, false);
    expect(inspection.split?.parts.map((part) => part.value)).toEqual([
      'Fe26.2',
      '1',
      'salt',
      'iv',
      'ciphertext',
      '1764240000000',
      'hsalt',
      'hmac',
    ]);
    expect(inspection.data).toEqual({ user: { username: 'riya' } });
    expect(inspection.sizeBytes).toBe(`pathshala.iron=${seal}; Max-Age=1740; Path=/; HttpOnly; SameSite=Lax`.length);
  });

  it('should show a refused seal without its data', () => {
    const inspection = inspectSeal('pathshala.iron', { ok: false, seal: 'garbage', reason: 'bad_seal' }, false);
    expect(inspection).toMatchObject({ valid: false, reason: 'bad_seal', data: null, split: null, seal: 'garbage' });
  });
});
