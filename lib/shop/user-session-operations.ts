import type { Session, SessionStore } from '@/lib/session';
import type { DemoResult } from '../http/api-errors';
import { currentUser, USER_KEY } from './auth-operations';
import { SHOWN_CHARS } from '../inspector/redact';
import { deviceLabel, type IndexedSession, type UserSessionIndex } from './user-sessions';

/*
 * "Your sessions" in the login lab: list the signed-in user's sessions, end one, end all.
 * A session is named to the page only by its sid's first characters (as the inspector does):
 * a full sid of another device would be that device's session cookie.
 */

/** How long a user's index outlives their latest login: the site's absolute timeout bounds every session. */
export const INDEX_TTL_MS = 12 * 60 * 60_000;

/** One row of "your sessions". */
export interface SessionRow {
  /** The sid's first characters: enough to tell sessions apart and match the inspector, too few to replay. */
  readonly id: string;
  readonly device: string;
  /** Login time (ISO). */
  readonly createdAt: string;
  /** The last request the session answered (ISO): its expiry minus the idle lifetime. */
  readonly lastSeenAt: string;
  /** The session of the browser asking. */
  readonly current: boolean;
}

export const shortSessionId = (sid: string): string => sid.slice(0, SHOWN_CHARS);

/** Files a fresh login's sid under its user. Call after `loginWith` succeeded. */
export async function rememberLogin(session: Session, index: UserSessionIndex, userAgent: string | null, now = Date.now()): Promise<void> {
  const user = currentUser(session.data);
  if (user === null) return;
  await index.add(user.username, { sid: session.id, device: deviceLabel(userAgent), loggedInAt: now }, INDEX_TTL_MS);
}

/** The username a stored session is signed in as, or null. */
function storedUsername(json: string): string | null {
  try {
    const user = (JSON.parse(json) as Record<string, unknown>)[USER_KEY];
    const username = typeof user === 'object' && user !== null ? (user as { username?: unknown }).username : null;
    return typeof username === 'string' ? username : null;
  } catch {
    return null;
  }
}

interface LiveSession {
  readonly entry: IndexedSession;
  readonly json: string;
}

/** The user's indexed sessions still in the store and still theirs; the others leave the index. */
async function liveSessions(username: string, store: SessionStore, index: UserSessionIndex): Promise<LiveSession[]> {
  const live: LiveSession[] = [];
  const ended: string[] = [];
  for (const entry of await index.list(username)) {
    const json = await store.get(entry.sid);
    if (json !== null && storedUsername(json) === username) live.push({ entry, json });
    else ended.push(entry.sid);
  }
  await index.remove(username, ended);
  return live;
}

function idleLifetimeMs(json: string): number {
  const maxAge = (JSON.parse(json) as { cookie?: { originalMaxAge?: unknown } }).cookie?.originalMaxAge;
  return typeof maxAge === 'number' ? maxAge : 0;
}

/** `GET /api/demo/sessions`: this user's sessions, oldest login first. Signed-out visitors get `not_logged_in`. */
export async function listUserSessions(
  session: Session,
  store: SessionStore,
  index: UserSessionIndex,
  userAgent: string | null,
  now = Date.now(),
): Promise<DemoResult<{ sessions: SessionRow[] }>> {
  const user = currentUser(session.data);
  if (user === null) return { ok: false, error: { code: 'not_logged_in' } };
  let live = await liveSessions(user.username, store, index);
  if (!live.some(({ entry }) => entry.sid === session.id)) {
    // Logged in before the index knew it (or pushed out of it): file it now.
    await index.add(user.username, { sid: session.id, device: deviceLabel(userAgent), loggedInAt: session.createdAt }, INDEX_TTL_MS);
    live = await liveSessions(user.username, store, index);
  }
  const sessions: SessionRow[] = [];
  for (const { entry, json } of live) {
    const current = entry.sid === session.id;
    const expiresAt = current ? null : await index.expiresAt(entry.sid, json);
    const lastSeen = expiresAt === null ? now : Math.min(now, expiresAt - idleLifetimeMs(json));
    sessions.push({
      id: shortSessionId(entry.sid),
      device: entry.device,
      createdAt: new Date(entry.loggedInAt).toISOString(),
      lastSeenAt: new Date(Math.max(lastSeen, entry.loggedInAt)).toISOString(),
      current,
    });
  }
  if (!sessions.some((row) => row.current)) {
    // The store has not saved this request's session yet (a login in this very request).
    sessions.push({
      id: shortSessionId(session.id),
      device: deviceLabel(userAgent),
      createdAt: new Date(session.createdAt).toISOString(),
      lastSeenAt: new Date(now).toISOString(),
      current: true,
    });
  }
  return { ok: true, value: { sessions } };
}

/** Ends `sid`: this browser's own through the engine (so the request saves nothing), another in the store. */
async function end(session: Session, store: SessionStore, sid: string): Promise<void> {
  if (sid === session.id) await session.destroy();
  else await store.destroy(sid);
}

/**
 * `DELETE /api/demo/sessions/<id>`: ends the user's session whose short ID is `id`. Only the
 * signed-in user's own sessions can be named; anything else is `unknown_session`.
 */
export async function endUserSession(
  session: Session,
  store: SessionStore,
  index: UserSessionIndex,
  id: string,
): Promise<DemoResult<{ ended: string; current: boolean }>> {
  const user = currentUser(session.data);
  if (user === null) return { ok: false, error: { code: 'not_logged_in' } };
  const matches =
    /^[A-Za-z0-9_-]+$/.test(id) && id.length === SHOWN_CHARS
      ? (await liveSessions(user.username, store, index)).filter(({ entry }) => shortSessionId(entry.sid) === id)
      : [];
  const [match] = matches;
  if (match === undefined || matches.length > 1) return { ok: false, error: { code: 'unknown_session' } };
  await end(session, store, match.entry.sid);
  await index.remove(user.username, [match.entry.sid]);
  return { ok: true, value: { ended: id, current: match.entry.sid === session.id } };
}

/** `DELETE /api/demo/sessions`: "log out everywhere", this browser included. */
export async function endAllUserSessions(
  session: Session,
  store: SessionStore,
  index: UserSessionIndex,
): Promise<DemoResult<{ ended: number }>> {
  const user = currentUser(session.data);
  if (user === null) return { ok: false, error: { code: 'not_logged_in' } };
  const sids = new Set((await liveSessions(user.username, store, index)).map(({ entry }) => entry.sid));
  sids.add(session.id);
  for (const sid of sids) await end(session, store, sid);
  await index.remove(user.username, [...sids]);
  return { ok: true, value: { ended: sids.size } };
}
