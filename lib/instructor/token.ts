import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The instructor's cookie: its own name, never the demo session's. */
export const INSTRUCTOR_COOKIE = 'pathshala.instructor';

/** How long an instructor stays signed in, in ms (one school day). */
export const INSTRUCTOR_SESSION_MS = 12 * 60 * 60_000;

/**
 * The shortest `INSTRUCTOR_TOKEN` accepted. The login allows `GLOBAL_FAILURES_PER_MINUTE`
 * (token-limits.ts) wrong guesses a minute from all clients together, about 5.2 million in a
 * semester; 16 characters keep even a token of digits alone (10^16 values) out of reach of that.
 */
export const MIN_TOKEN_LENGTH = 16;

/** Where the generated token lives, inside the git-ignored data directory. */
export const TOKEN_FILE_NAME = 'instructor-token';

/** The token and where it came from. */
export interface InstructorToken {
  readonly token: string;
  readonly source: 'env' | 'file' | 'generated';
  /** The file holding a generated token; null when it came from `INSTRUCTOR_TOKEN`. */
  readonly file: string | null;
}

/**
 * The instructor token: `INSTRUCTOR_TOKEN` when set, else the one kept in
 * `<dataDir>/instructor-token`, generated (24 random bytes) on first use with mode 0600. The
 * file is created exclusively, so two servers started at once agree on one token.
 */
export function resolveInstructorToken(env: Readonly<Record<string, string | undefined>>, dataDir: string): InstructorToken {
  const fromEnv = env.INSTRUCTOR_TOKEN?.trim() ?? '';
  if (fromEnv.length > 0) {
    if (fromEnv.length < MIN_TOKEN_LENGTH)
      throw new Error(`instructor: INSTRUCTOR_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters; unset it to get a generated one.`);
    return { token: fromEnv, source: 'env', file: null };
  }
  const file = join(dataDir, TOKEN_FILE_NAME);
  const existing = readTokenFile(file);
  if (existing !== null) return { token: existing, source: 'file', file };
  const token = randomBytes(24).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, token + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = readTokenFile(file);
    if (winner !== null) return { token: winner, source: 'file', file };
    throw error;
  }
  return { token, source: 'generated', file };
}

function readTokenFile(file: string): string | null {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return text.length > 0 ? text : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return null;
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Whether `attempt` is the token. Both sides are hashed first so `timingSafeEqual` compares
 * equal lengths and the time taken reveals neither the token nor its length.
 */
export function tokenMatches(attempt: string, token: string): boolean {
  return timingSafeEqual(digest(attempt), digest(token));
}

function cookieSignature(expiresAtMs: number, token: string): string {
  return createHmac('sha256', token).update(`pathshala.instructor:${expiresAtMs}`).digest('base64url');
}

/**
 * The instructor cookie's value, `v1.<expiresAtMs>.<HMAC>`: signed with the token, so it holds
 * no secret, needs no server-side state, and stops working when the token changes.
 */
export function signInstructorCookie(token: string, nowMs: number): string {
  const expiresAtMs = nowMs + INSTRUCTOR_SESSION_MS;
  return `v1.${expiresAtMs}.${cookieSignature(expiresAtMs, token)}`;
}

/** Whether a cookie value was signed with `token` and has not expired. */
export function verifyInstructorCookie(value: string | null | undefined, token: string, nowMs: number): boolean {
  const match = /^v1\.(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
  if (match === null) return false;
  const expiresAtMs = Number(match[1]);
  if (!(expiresAtMs > nowMs) || expiresAtMs > nowMs + INSTRUCTOR_SESSION_MS) return false;
  return timingSafeEqual(Buffer.from(match[2]!), Buffer.from(cookieSignature(expiresAtMs, token)));
}
