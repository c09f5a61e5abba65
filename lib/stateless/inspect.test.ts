import { describe, expect, it } from 'vitest';
import { inspectSeal } from './inspect';

describe('inspectSeal', () => {
  it('should show no cookie, size 0 and an empty store when the browser sent nothing', () => {
    expect(inspectSeal('pathshala.iron', { ok: false, seal: null, reason: 'no_cookie' }, false)).toEqual({
      cookieName: 'pathshala.iron',
      seal: null,
      sealLength: 0,
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
    expect(inspection.sizeBytes).toBe(`pathshala.iron=${seal}; Max-Age=1740; Path=/api/demo/stateless; HttpOnly; SameSite=Lax`.length);
  });

  it('should show a refused seal without its data', () => {
    const inspection = inspectSeal('pathshala.iron', { ok: false, seal: 'garbage', reason: 'bad_seal' }, false);
    expect(inspection).toMatchObject({ valid: false, reason: 'bad_seal', data: null, split: null, seal: 'garbage' });
  });

  it('should never carry the seal a script could replay: long parts shortened, their lengths kept', () => {
    const ciphertext = 'C'.repeat(300);
    const hmac = 'H'.repeat(43);
    const seal = `Fe26.2*1*${'s'.repeat(43)}*${'i'.repeat(22)}*${ciphertext}*1764240000000*${'t'.repeat(43)}*${hmac}~2`;
    const inspection = inspectSeal('pathshala.iron', { ok: true, seal, data: {} }, false);
    expect(JSON.stringify(inspection)).not.toContain('C'.repeat(9));
    expect(JSON.stringify(inspection)).not.toContain('H'.repeat(9));
    expect(inspection.seal).toBe('Fe26.2*1*sss…');
    expect(inspection.sealLength).toBe(seal.length);
    expect(inspection.split?.parts.find((part) => part.name === 'ciphertext')).toEqual({
      name: 'ciphertext',
      value: 'CCCCCCCC…',
      length: 300,
    });
    expect(inspection.split?.parts.find((part) => part.name === 'expiration')?.value).toBe('1764240000000');
    expect(inspection.sizeBytes).toBe(`pathshala.iron=${seal}; Max-Age=1740; Path=/api/demo/stateless; HttpOnly; SameSite=Lax`.length);
  });
});
