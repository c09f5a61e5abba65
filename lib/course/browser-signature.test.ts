import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signSessionId, verifySessionId } from '@/lib/session';
import { browserSignSessionId, browserVerify } from './browser-signature';

describe('signature playground (WebCrypto) agrees with the engine', () => {
  it('signs a known session ID exactly like signSessionId', async () => {
    expect(await browserSignSessionId('abc123', 'keyboard cat')).toBe(signSessionId('abc123', 'keyboard cat'));
  });

  it('signs any session ID with any secret exactly like the engine', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 0, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), async (sid, secret) => {
        expect(await browserSignSessionId(sid, secret)).toBe(signSessionId(sid, secret));
      }),
      { numRuns: 200 },
    );
  });

  it('verifies with the same secret index the engine reports, including rotation', async () => {
    const value = signSessionId('sid-1', 'old-secret');
    const secrets = ['new-secret', 'old-secret'];
    expect((await browserVerify(value, secrets)).secretIndex).toBe(verifySessionId(value, secrets).secretIndex);
    expect((await browserVerify(value, secrets)).secretIndex).toBe(1);
  });

  it('rejects a value with one signature character changed, as the engine does', async () => {
    const value = signSessionId('sid-1', 'secret');
    const last = value.at(-1) === 'A' ? 'B' : 'A';
    const tampered = value.slice(0, -1) + last;
    expect((await browserVerify(tampered, ['secret'])).secretIndex).toBe(-1);
    expect(verifySessionId(tampered, ['secret']).valid).toBe(false);
  });

  it('finds no parts in a value without the s: prefix or the dot', async () => {
    expect((await browserVerify('abc.def', ['x'])).parts).toBeNull();
    expect((await browserVerify('s:abcdef', ['x'])).parts).toBeNull();
  });
});
