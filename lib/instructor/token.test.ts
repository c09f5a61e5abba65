import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTRUCTOR_SESSION_MS, resolveInstructorToken, signInstructorCookie, tokenMatches, verifyInstructorCookie } from './token';

const dataDir = () => join(mkdtempSync(join(tmpdir(), 'instructor-')), '.data');

describe('resolveInstructorToken', () => {
  it('should take INSTRUCTOR_TOKEN when set, writing no file', () => {
    const dir = dataDir();
    expect(resolveInstructorToken({ INSTRUCTOR_TOKEN: ' class-of-2026-token ' }, dir)).toEqual({
      token: 'class-of-2026-token',
      source: 'env',
      file: null,
    });
    expect(() => statSync(dir)).toThrow();
  });

  it('should refuse a short INSTRUCTOR_TOKEN with a message that says the fix', () => {
    expect(() => resolveInstructorToken({ INSTRUCTOR_TOKEN: 'fifteen-chars15' }, dataDir())).toThrow(
      'instructor: INSTRUCTOR_TOKEN must be at least 16 characters; unset it to get a generated one.',
    );
    expect(resolveInstructorToken({ INSTRUCTOR_TOKEN: 'sixteen-chars-16' }, dataDir()).token).toBe('sixteen-chars-16');
  });

  it('should generate a token once into a 0600 file, and reuse it afterwards', () => {
    const dir = dataDir();
    const first = resolveInstructorToken({}, dir);
    expect(first.source).toBe('generated');
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(readFileSync(join(dir, 'instructor-token'), 'utf8')).toBe(`${first.token}\n`);
    expect(statSync(join(dir, 'instructor-token')).mode & 0o777).toBe(0o600);
    expect(resolveInstructorToken({ INSTRUCTOR_TOKEN: '' }, dir)).toEqual({ token: first.token, source: 'file', file: first.file });
  });

  it('should take a token written into the file by hand', () => {
    const dir = dataDir();
    resolveInstructorToken({}, dir);
    writeFileSync(join(dir, 'instructor-token'), 'written-by-hand\n');
    expect(resolveInstructorToken({}, dir).token).toBe('written-by-hand');
  });
});

describe('tokenMatches', () => {
  it('should accept only the exact token, whatever the attempt length', () => {
    expect(tokenMatches('s3cret-token-123', 's3cret-token-123')).toBe(true);
    expect(tokenMatches('s3cret-token-12', 's3cret-token-123')).toBe(false);
    expect(tokenMatches('', 's3cret-token-123')).toBe(false);
    expect(tokenMatches('x'.repeat(500), 's3cret-token-123')).toBe(false);
  });
});

describe('instructor cookie', () => {
  const now = Date.parse('2026-11-27T10:00:00.000Z');
  const token = 'the-instructor-token';

  it('should verify a cookie signed with the token until it expires', () => {
    const value = signInstructorCookie(token, now);
    expect(value).toMatch(/^v1\.\d{13}\.[A-Za-z0-9_-]{43}$/);
    expect(verifyInstructorCookie(value, token, now)).toBe(true);
    expect(verifyInstructorCookie(value, token, now + INSTRUCTOR_SESSION_MS - 1)).toBe(true);
    expect(verifyInstructorCookie(value, token, now + INSTRUCTOR_SESSION_MS)).toBe(false);
  });

  it('should refuse a cookie signed with another token', () => {
    expect(verifyInstructorCookie(signInstructorCookie('an-older-token', now), token, now)).toBe(false);
  });

  it('should refuse a cookie whose expiry was pushed later', () => {
    const [version, , signature] = signInstructorCookie(token, now).split('.');
    expect(verifyInstructorCookie(`${version}.${now + INSTRUCTOR_SESSION_MS + 60_000}.${signature}`, token, now)).toBe(false);
  });

  it('should refuse missing and malformed values', () => {
    for (const value of [null, undefined, '', 'v1', 'v1.abc.def', 'yes', signInstructorCookie(token, now) + 'x']) {
      expect(verifyInstructorCookie(value, token, now)).toBe(false);
    }
  });
});
