import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { decodeSessionCookie, signSessionId, unsignSessionId, verifySessionId } from './signature';

vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:crypto')>();
  return { ...original, timingSafeEqual: vi.fn(original.timingSafeEqual), createHmac: vi.fn(original.createHmac) };
});

const SECRET = 'keyboard cat';

function expectedSignature(sid: string, secret: string): string {
  return createHmac('sha256', secret).update(sid).digest('base64').replace(/=+$/, '');
}

describe('signSessionId', () => {
  it('should produce s:<sid>.<base64 HMAC-SHA256 without padding>', () => {
    expect(signSessionId('abc', SECRET)).toBe(`s:abc.${expectedSignature('abc', SECRET)}`);
  });

  it('should never end the signature with = padding', () => {
    for (const sid of ['a', 'bb', 'ccc', 'dddd', 'some-long-session-id-1234567890']) {
      expect(signSessionId(sid, SECRET)).not.toMatch(/=$/);
    }
  });

  it('should refuse an empty secret', () => {
    expect(() => signSessionId('abc', '')).toThrow('session-engine: signSessionId needs a non-empty secret.');
  });
});

describe('unsignSessionId', () => {
  it('should return the sid of a value signed with the secret', () => {
    expect(unsignSessionId(signSessionId('abc', SECRET), SECRET)).toBe('abc');
  });

  it('should accept a value signed with any secret of the list (rotation)', () => {
    const oldCookie = signSessionId('abc', 'old secret');
    expect(unsignSessionId(oldCookie, ['new secret', 'old secret'])).toBe('abc');
  });

  it('should keep a sid that itself contains dots, splitting at the last one', () => {
    expect(unsignSessionId(signSessionId('a.b.c', SECRET), SECRET)).toBe('a.b.c');
  });

  describe('when sid not properly signed', () => {
    it('should reject a value signed with another secret', () => {
      expect(unsignSessionId(signSessionId('abc', 'other'), SECRET)).toBe(false);
    });

    it('should reject a changed sid with the original signature', () => {
      const signature = signSessionId('abc', SECRET).split('.')[1];
      expect(unsignSessionId(`s:abd.${signature}`, SECRET)).toBe(false);
    });

    it('should reject a signature with one character changed', () => {
      const value = signSessionId('abc', SECRET);
      const last = value.at(-1) === 'A' ? 'B' : 'A';
      expect(unsignSessionId(value.slice(0, -1) + last, SECRET)).toBe(false);
    });

    it('should reject a truncated signature without throwing (lengths differ)', () => {
      expect(unsignSessionId(signSessionId('abc', SECRET).slice(0, -3), SECRET)).toBe(false);
    });

    it('should reject a value without the s: prefix', () => {
      expect(unsignSessionId(signSessionId('abc', SECRET).slice(2), SECRET)).toBe(false);
    });

    it('should reject a value without any signature', () => {
      expect(unsignSessionId('s:abc', SECRET)).toBe(false);
    });
  });
});

describe('verifySessionId', () => {
  it('should compare signatures in constant time with crypto.timingSafeEqual', () => {
    vi.mocked(timingSafeEqual).mockClear();
    verifySessionId('s:abc.' + 'x'.repeat(43), [SECRET]);
    expect(timingSafeEqual).toHaveBeenCalledOnce();
    const [expected, given] = vi.mocked(timingSafeEqual).mock.calls[0]!;
    expect(Buffer.from(given as Uint8Array).toString()).toBe('x'.repeat(43));
    expect((expected as Uint8Array).length).toBe(43);
  });

  it('should take the value apart and say which secret verified it', () => {
    const value = signSessionId('abc', 'second');
    expect(verifySessionId(value, ['first', 'second'])).toEqual({
      sid: 'abc',
      signature: expectedSignature('abc', 'second'),
      valid: true,
      secretIndex: 1,
    });
  });

  it('should still report sid and signature of a badly signed value', () => {
    expect(verifySessionId('s:abc.forged', [SECRET])).toEqual({ sid: 'abc', signature: 'forged', valid: false, secretIndex: -1 });
  });
});

describe('remembered signatures', () => {
  const hmacs = () => vi.mocked(createHmac).mock.calls.length;

  it('should compute the HMAC of a sid once, then verify and re-sign it from memory', () => {
    const signed = signSessionId('memo-sid-1', SECRET);
    vi.mocked(createHmac).mockClear();
    expect(verifySessionId(signed, [SECRET]).valid).toBe(true);
    expect(signSessionId('memo-sid-1', SECRET)).toBe(signed);
    expect(hmacs()).toBe(0);
  });

  it('should still refuse a wrong signature for a remembered sid, comparing in constant time', () => {
    signSessionId('memo-sid-2', SECRET);
    vi.mocked(timingSafeEqual).mockClear();
    const forged = `s:memo-sid-2.${expectedSignature('memo-sid-2', 'another secret')}`;
    expect(verifySessionId(forged, [SECRET])).toMatchObject({ sid: 'memo-sid-2', valid: false, secretIndex: -1 });
    expect(timingSafeEqual).toHaveBeenCalledOnce();
  });

  it('should not remember a sid whose signature failed, so forged cookies cannot fill the memory', () => {
    vi.mocked(createHmac).mockClear();
    verifySessionId('s:memo-sid-3.forged', [SECRET]);
    verifySessionId('s:memo-sid-3.forged', [SECRET]);
    expect(hmacs()).toBe(2);
  });

  it('should remember a sid verified by an older secret under that secret only', () => {
    const old = signSessionId('memo-sid-4', 'old secret');
    vi.mocked(createHmac).mockClear();
    expect(verifySessionId(old, ['new secret', 'old secret'])).toMatchObject({ valid: true, secretIndex: 1 });
    expect(hmacs()).toBe(1); // the new secret's HMAC; the old one was remembered from signing
    expect(verifySessionId(old, ['new secret', 'old secret']).valid).toBe(true);
    expect(hmacs()).toBe(2); // the new secret's HMAC again: a non-matching result is never kept
  });

  it('should keep at most 10,000 sids per secret, forgetting the oldest first', () => {
    const secret = 'bounded memory secret';
    for (let index = 0; index <= 10_000; index++) signSessionId(`bounded-${index}`, secret);
    vi.mocked(createHmac).mockClear();
    signSessionId('bounded-10000', secret);
    expect(hmacs()).toBe(0);
    signSessionId('bounded-0', secret);
    expect(hmacs()).toBe(1);
  });

  it('should remember for at most 32 secrets, forgetting the oldest secret first', () => {
    signSessionId('many-secrets', 'secret number 0');
    for (let index = 1; index <= 32; index++) signSessionId('many-secrets', `secret number ${index}`);
    vi.mocked(createHmac).mockClear();
    signSessionId('many-secrets', 'secret number 32');
    expect(hmacs()).toBe(0);
    signSessionId('many-secrets', 'secret number 0');
    expect(hmacs()).toBe(1);
  });
});

describe('decodeSessionCookie', () => {
  const secrets = ['new secret', 'old secret'];
  const header = (value: string) => `theme=dark; sid=${encodeURIComponent(value)}`;

  it('reads no cookie as absent', () => {
    expect(decodeSessionCookie('theme=dark', 'sid', secrets)).toEqual({
      value: null,
      signature: 'absent',
      decoded: { prefix: null, sid: null, signature: null, valid: false, reason: 'no-cookie' },
    });
  });

  it('reads a value without the s: prefix as unsigned, which express-session ignores', () => {
    expect(decodeSessionCookie(header('abc.def'), 'sid', secrets)).toEqual({
      value: 'abc.def',
      signature: 'unsigned',
      decoded: { prefix: null, sid: null, signature: null, valid: false, reason: 'bad-signature' },
    });
  });

  it('reads a wrong signature as invalid and keeps the parts as sent', () => {
    const value = signSessionId('abc', 'someone else');
    const reading = decodeSessionCookie(header(value), 'sid', secrets);
    expect(reading.signature).toBe('invalid');
    expect(reading.decoded).toEqual({ prefix: 's:', sid: 'abc', signature: value.split('.')[1], valid: false, reason: 'bad-signature' });
  });

  it('accepts a value signed by any of the secrets (rotation)', () => {
    const reading = decodeSessionCookie(header(signSessionId('abc', 'old secret')), 'sid', secrets);
    expect(reading.signature).toBe('valid');
    expect(reading.decoded).toMatchObject({ sid: 'abc', valid: true, reason: null });
  });
});
