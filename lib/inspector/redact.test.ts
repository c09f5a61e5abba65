import { describe, expect, it } from 'vitest';
import { redactAnySetCookie, redactCookieHeader, redactSetCookie, redactSignedValue, shorten } from './redact';

const SID = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const SIGNATURE = 'Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg';

describe('shorten', () => {
  it('should keep the first six characters and mark the cut', () => {
    expect(shorten(SID)).toBe('AbCdEf…');
  });

  it('should leave a short text as it is', () => {
    expect(shorten('abcdefgh')).toBe('abcdefgh');
  });
});

describe('redactSignedValue', () => {
  it('should keep the structure and shorten the sid and the signature', () => {
    expect(redactSignedValue(`s:${SID}.${SIGNATURE}`)).toBe('s:AbCdEf….Zm9vYm…');
  });

  it('should shorten an unsigned value whole', () => {
    expect(redactSignedValue(SID)).toBe('AbCdEf…');
  });
});

describe('redactCookieHeader', () => {
  it('should show the session cookie shortened, other cookies by name, and never the instructor cookie', () => {
    const header = `pathshala.lang=en; pathshala.sid=s%3A${SID}.${SIGNATURE}; pathshala.instructor=v1.123.mac; theme=dark`;
    expect(redactCookieHeader(header, 'pathshala.sid')).toBe('pathshala.lang=…; pathshala.sid=s:AbCdEf….Zm9vYm…; theme=…');
  });

  it('should keep null for no header', () => {
    expect(redactCookieHeader(null, 'pathshala.sid')).toBeNull();
  });

  it('should not contain any value a script could replay', () => {
    const shown = redactCookieHeader(`pathshala.sid=s%3A${SID}.${SIGNATURE}; pathshala.instructor=v1.1.secret`, 'pathshala.sid')!;
    for (const secret of [SID.slice(0, 7), SIGNATURE.slice(0, 7), 'secret', 'instructor']) expect(shown).not.toContain(secret);
  });
});

describe('redactSetCookie', () => {
  it('should shorten the value and keep every attribute', () => {
    const header = `pathshala.sid=s%3A${SID}.${SIGNATURE}; Path=/; Expires=Thu, 03 Dec 2026 10:00:00 GMT; HttpOnly; SameSite=Lax`;
    expect(redactSetCookie(header)).toBe(
      'pathshala.sid=s:AbCdEf….Zm9vYm…; Path=/; Expires=Thu, 03 Dec 2026 10:00:00 GMT; HttpOnly; SameSite=Lax',
    );
  });

  it('should leave a clearing cookie as it is', () => {
    const header = 'pathshala.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax';
    expect(redactSetCookie(header)).toBe(header);
  });
});

describe('redactAnySetCookie', () => {
  it('should shorten the session cookie’s sid and signature and keep its attributes', () => {
    expect(redactAnySetCookie(`pathshala.sid=s%3A${SID}.${SIGNATURE}; Path=/; HttpOnly`, 'pathshala.sid')).toBe(
      'pathshala.sid=s:AbCdEf….Zm9vYm…; Path=/; HttpOnly',
    );
  });

  it('should show another cookie by name only, an emptied one as empty, and the instructor cookie not at all', () => {
    expect(redactAnySetCookie('pathshala.race=s%3Aabc.def; Path=/api/demo/race', 'pathshala.sid')).toBe(
      'pathshala.race=…; Path=/api/demo/race',
    );
    expect(redactAnySetCookie('pathshala.iron=; Path=/lab; Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'pathshala.sid')).toBe(
      'pathshala.iron=; Path=/lab; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    );
    expect(redactAnySetCookie('pathshala.instructor=v1.1.mac; Path=/', 'pathshala.sid')).toBeNull();
  });
});
