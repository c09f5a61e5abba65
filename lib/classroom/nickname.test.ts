import { describe, expect, it } from 'vitest';
import { cleanNickname, joinInputSchema, NICKNAME_MAX } from './nickname';

describe('nickname validation', () => {
  it('should keep an ordinary name, trimmed and with single spaces', () => {
    expect(cleanNickname('  Riya   S ')).toBe('Riya S');
  });

  it('should accept names in other scripts and with punctuation', () => {
    expect(cleanNickname('रिया')).toBe('रिया');
    expect(cleanNickname("D'Souza-2")).toBe("D'Souza-2");
    expect(cleanNickname('chai ☕')).toBe('chai ☕');
  });

  it('should normalise to NFC, so one name typed two ways is one name', () => {
    expect(cleanNickname('e\u0301')).toBe('\u00e9');
  });

  it(`should allow ${NICKNAME_MAX} characters and refuse one more, counting code points`, () => {
    expect(cleanNickname('a'.repeat(NICKNAME_MAX))).toBe('a'.repeat(NICKNAME_MAX));
    expect(cleanNickname('a'.repeat(NICKNAME_MAX + 1))).toBeNull();
    expect(cleanNickname('😀'.repeat(NICKNAME_MAX))).toBe('😀'.repeat(NICKNAME_MAX));
  });

  it('should refuse an empty or blank name', () => {
    expect(cleanNickname('')).toBeNull();
    expect(cleanNickname('   \t ')).toBeNull();
  });

  it('should refuse anything that looks like HTML', () => {
    expect(cleanNickname('<b>x</b>')).toBeNull();
    expect(cleanNickname('<img src=x onerror=alert(1)>')).toBeNull();
    expect(cleanNickname('a > b')).toBeNull();
  });

  it('should refuse control and format characters (line breaks, zero-width, bidi overrides)', () => {
    expect(cleanNickname('a\u0000b')).toBeNull();
    expect(cleanNickname('a\u200bb')).toBeNull();
    expect(cleanNickname('\u202eayir')).toBeNull();
    expect(cleanNickname('a\u2028b')).toBe('a b');
  });

  it('should refuse what is not a string, and a 10 KB string before looking at it', () => {
    expect(cleanNickname(42)).toBeNull();
    expect(cleanNickname(null)).toBeNull();
    expect(cleanNickname('a'.repeat(10_000))).toBeNull();
  });

  it('should read a join body', () => {
    expect(joinInputSchema.safeParse({ nickname: ' Aman ' }).data).toEqual({ nickname: 'Aman' });
    expect(joinInputSchema.safeParse({ name: 'Aman' }).success).toBe(false);
  });
});
