import { randomBytes } from 'node:crypto';
import { createSessionEngine, MemoryStore, serializeSetCookie, type SessionEngine } from '@/lib/session';
import { labApiPath, type SecurityLab } from './catalog';
import { processSingleton } from '@/lib/runtime/singleton';

/** A lab session lives ten minutes: long enough to play, short enough to leave nothing behind. */
export const LAB_SESSION_SECONDS = 10 * 60;

/** A lab's own session engine and store. */
export interface LabEngine {
  readonly engine: SessionEngine;
  readonly store: MemoryStore;
  readonly secret: string;
}

/**
 * A secret for the labs only, new on each start: lab sessions are throwaway, and the site's
 * own secret must never sign a cookie a learner is invited to tamper with.
 */
export function labSecret(): string {
  return processSingleton('security-labs:secret', () => randomBytes(32).toString('base64url'));
}

/** The session cookie of a lab that runs an engine (fixation, replay). */
export function labSessionCookieName(lab: SecurityLab): string {
  return `pathshala.lab-${lab}.sid`;
}

/**
 * The session engine of `lab`: cookie `pathshala.lab-<lab>.sid` on the lab's API path only,
 * HttpOnly and Lax, in its own small memory store — never the site session.
 */
export function labEngine(lab: SecurityLab): LabEngine {
  const engines = processSingleton('security-labs:engines', () => new Map<string, LabEngine>());
  let entry = engines.get(lab);
  if (entry === undefined) {
    const store = new MemoryStore({ maxEntries: 2_000 });
    const secret = labSecret();
    const engine = createSessionEngine({
      name: labSessionCookieName(lab),
      secret,
      store,
      resave: false,
      saveUninitialized: false,
      cookie: { maxAge: LAB_SESSION_SECONDS * 1000, httpOnly: true, sameSite: 'lax', path: labApiPath(lab), secure: false },
    });
    entry = { engine, store, secret };
    engines.set(lab, entry);
  }
  return entry;
}

/** A `Set-Cookie` that removes the cookie `name` on `path`. */
export function clearCookie(name: string, path: string): string {
  return serializeSetCookie(name, '', { path, expires: new Date(0), maxAgeSeconds: 0 });
}

/** The user the labs log in: the victim is always Riya. */
export const LAB_VICTIM = { username: 'riya', displayName: 'Riya' } as const;

/** The user in a stored session's JSON, or null. */
export function userInStored(json: string | null): { username: string; displayName: string } | null {
  if (json === null) return null;
  try {
    const user = (JSON.parse(json) as { user?: { username?: unknown; displayName?: unknown } }).user;
    return typeof user?.username === 'string' && typeof user.displayName === 'string'
      ? { username: user.username, displayName: user.displayName }
      : null;
  } catch {
    return null;
  }
}
