import type { Locale } from '@/lib/i18n/locales';
import type { ExerciseId } from './exercises';
import type { SetCookieParts } from '@/lib/inspector/set-cookie';
import { describeResponse, type Exchange, Visitor } from './http-client';

/** Text in both languages: the grader speaks the learner's. */
export type Localized = Readonly<Record<Locale, string>>;

/** Where a failed check sends the learner: a lesson section. */
export interface Hint {
  readonly slug: string;
  readonly anchor: string;
  readonly text: Localized;
}

/** What a check verifies, written once: the run prints it and the practice page lists it. */
export interface CheckSpec {
  readonly title: Localized;
  readonly expected: Localized;
  readonly hint: Hint;
}

/** One check, one line of output. */
export interface CheckLine extends CheckSpec {
  readonly exercise: ExerciseId;
  readonly ok: boolean;
  readonly sent: string;
  readonly got: string | Localized;
}

/** What every exercise gets: the app, and Redis when the learner named one. */
export interface CheckContext {
  readonly app: URL;
  readonly redisUrl: URL | null;
}

export type ExerciseRun = (context: CheckContext) => Promise<readonly CheckLine[]>;

/**
 * A grader text in each language: Hinglish, English, Devanagari Hindi. All three are required,
 * so a new check cannot forget the `hi` text; a text without words (a status code, a JSON
 * shape) repeats itself three times. `practice-strings.test.ts` holds the `hi` texts to Devanagari.
 */
export function t(hi: string, en: string, deva: string): Localized {
  return { 'hi-latn': hi, en, hi: deva };
}

/**
 * Collects an exercise's lines. `check` records one and says whether it passed, so an
 * exercise can stop where later checks would only repeat an earlier failure.
 */
export class Recorder {
  readonly lines: CheckLine[] = [];

  constructor(private readonly exercise: ExerciseId) {}

  check(ok: boolean, spec: CheckSpec, sent: string, got: string | Localized): boolean {
    this.lines.push({ ...spec, exercise: this.exercise, ok, sent, got });
    return ok;
  }

  /** A check about one response: `got` is the response itself (and its cookies' names, if asked). */
  expect(ok: boolean, spec: CheckSpec, exchange: Exchange, withCookies = false): boolean {
    const got = describeResponse(exchange, { withCookies });
    return this.check(ok, spec, exchange.sent, withCookies && exchange.setCookies.length === 0 ? noSetCookie(got) : got);
  }
}

/**
 * A `got` that says no `Set-Cookie` came back (for the cookie `name`, when given), after what
 * did come back: usually the status.
 */
export function noSetCookie(before: string | number, name?: string): Localized {
  const header = name === undefined ? 'Set-Cookie' : `Set-Cookie: ${name}`;
  return t(`${before} (koi ${header} nahi)`, `${before} (no ${header})`, `${before} (कोई ${header} नहीं)`);
}

export function visitor(context: CheckContext): Visitor {
  return new Visitor(context.app);
}

/**
 * The session cookie among a response's `Set-Cookie` headers: the app chooses its name, so
 * the grader takes the one that looks like express-session's (`s:` signed value) and
 * otherwise the first that does not clear a cookie.
 */
export function sessionCookieOf(exchange: Exchange, name?: string): SetCookieParts | null {
  const candidates = exchange.setCookies.filter((cookie) => (name === undefined ? !cookie.clears : cookie.name === name));
  return candidates.find((cookie) => safeDecode(cookie.value).startsWith('s:')) ?? candidates[0] ?? null;
}

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The session ID inside an express-session cookie value (`s:<sid>.<signature>`), else null. */
export function sessionIdOf(cookieValue: string): string | null {
  const decoded = safeDecode(cookieValue);
  if (!decoded.startsWith('s:')) return null;
  const dot = decoded.lastIndexOf('.');
  return dot > 2 ? decoded.slice(2, dot) : null;
}

/** `{user: {username}}` with that name, or false. */
export function hasUser(json: unknown, username: string): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const user = (json as { user?: unknown }).user;
  return typeof user === 'object' && user !== null && (user as { username?: unknown }).username === username;
}

/** A random lower-case word, so a canned reply cannot match what the grader asks for. */
export function randomWord(length = 6): string {
  const letters = 'abcdefghijkmnpqrstuvwxyz';
  return Array.from({ length }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

export function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}
