import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCookie } from './cookie';
import { signSessionId, unsignSessionId, verifySessionId } from './signature';

const secret = fc.string({ minLength: 1, maxLength: 64 });
/** Session IDs as generated (base64url) and as anyone could send them. */
const sid = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,48}$/), fc.string({ minLength: 1, maxLength: 48 }));
/** Anything a client may put in a Cookie header, odd Unicode and control characters included. */
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));

describe('readCookie (property)', () => {
  it('should never throw on any Cookie header, and return a string or null', () => {
    fc.assert(
      fc.property(fc.option(anyText, { nil: null }), fc.string({ minLength: 1, maxLength: 20 }), (header, name) => {
        const value = readCookie(header, name);
        expect(value === null || typeof value === 'string').toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('should find a cookie among arbitrary other pairs', () => {
    const pair = fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[A-Za-z0-9]{0,12}$/));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 6 }), fc.stringMatching(/^[A-Za-z0-9._-]{1,40}$/), (others, value) => {
        const rest = others.filter(([name]) => name !== 'pathshala').map(([name, v]) => `${name}=${v}`);
        const header = [...rest, `pathshala=${encodeURIComponent(value)}`].join('; ');
        expect(readCookie(header, 'pathshala')).toBe(value);
      }),
    );
  });
});

describe('verifySessionId (property)', () => {
  it('should never throw on any cookie value and any secrets', () => {
    fc.assert(
      fc.property(anyText, fc.array(secret, { minLength: 1, maxLength: 3 }), (value, secrets) => {
        const result = verifySessionId(value, secrets);
        expect(typeof result.valid).toBe('boolean');
        expect(unsignSessionId(value, secrets) === false || result.valid).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('should accept every value it signed, with the secret that signed it', () => {
    fc.assert(
      fc.property(sid, secret, (id, key) => {
        expect(unsignSessionId(signSessionId(id, key), [key])).toBe(id);
      }),
    );
  });

  it('should reject a signed value with any single character changed', () => {
    const edit = fc.record({ position: fc.nat(), replacement: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) });
    fc.assert(
      fc.property(sid, secret, edit, (id, key, { position, replacement }) => {
        const signed = signSessionId(id, key);
        const index = position % signed.length;
        fc.pre(signed[index] !== replacement);
        const tampered = signed.slice(0, index) + replacement + signed.slice(index + 1);
        expect(verifySessionId(tampered, [key]).valid).toBe(false);
        expect(unsignSessionId(tampered, [key])).toBe(false);
      }),
      { numRuns: 3_000 },
    );
  });

  it('should reject a signed value with one character dropped or one added', () => {
    fc.assert(
      fc.property(sid, secret, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (id, key, position, extra) => {
        const signed = signSessionId(id, key);
        const index = position % signed.length;
        const dropped = signed.slice(0, index) + signed.slice(index + 1);
        const added = signed.slice(0, index) + extra + signed.slice(index);
        expect(unsignSessionId(dropped, [key])).toBe(false);
        expect(unsignSessionId(added, [key])).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});
