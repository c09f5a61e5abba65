import { setTimeout as sleep } from 'node:timers/promises';
import {
  createSessionEngine,
  MemoryStore,
  RedisStore,
  type RedisConnection,
  type Session,
  type SessionEngine,
  type SessionEngineOptions,
  type SessionStore,
} from '@/lib/session';
import { getSiteSession } from '@/lib/site/session';
import { processSingleton } from '@/lib/runtime/singleton';

/**
 * The race-condition lab: the same "add a chai" handler on two engines, one holding the
 * per-session lock from load to save and one not. Each has its own cookie (`pathshala.race`)
 * scoped to its own path, so the lab never touches the learner's real cart.
 */
export const RACE_MODES = ['locked', 'unlocked'] as const;
export type RaceMode = (typeof RACE_MODES)[number];

export const RACE_COOKIE_NAME = 'pathshala.race';
/** Simulated handler work between load and save, long enough for requests to overlap. */
export const RACE_HANDLER_DELAY_MS = 25;
const RACE_COOKIE_MAX_AGE_MS = 10 * 60_000;
const COUNT_KEY = 'chai';

export function isRaceMode(value: unknown): value is RaceMode {
  return value === 'locked' || value === 'unlocked';
}

/** The cookie path of a mode; its endpoints all live under it. */
export function raceCookiePath(mode: RaceMode): string {
  return `/api/demo/race/${mode}`;
}

/** Engine options of a mode's lab: like the site's, but its own cookie and lock setting. */
export function raceEngineOptions(mode: RaceMode, secrets: readonly string[], store: SessionStore): SessionEngineOptions {
  return {
    name: RACE_COOKIE_NAME,
    secret: secrets,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    proxy: true,
    locking: mode === 'locked',
    idleTimeoutMs: RACE_COOKIE_MAX_AGE_MS,
    cookie: { maxAge: RACE_COOKIE_MAX_AGE_MS, httpOnly: true, sameSite: 'lax', path: raceCookiePath(mode), secure: 'auto' },
  };
}

/**
 * A store of the same kind as the site's but apart from it, so lab sessions never count in
 * the inspector's store size: a small memory store, or the site's Redis connection under
 * its own key prefix (both modes share it, as two app instances would).
 */
function raceStore(siteStore: SessionStore): SessionStore {
  if (siteStore.kind === 'redis' && 'client' in siteStore) {
    return new RedisStore((siteStore as { client: RedisConnection }).client, { prefix: 'race-sess:', lockPrefix: 'race-sess-lock:' });
  }
  return new MemoryStore({ maxEntries: 2_000 });
}

/** The lab engine of `mode`, made once from the site engine's secrets and store kind. */
export function getRaceEngine(mode: RaceMode): SessionEngine {
  const engines = processSingleton('race-lab:engines', (): Record<RaceMode, SessionEngine> => {
    const site = getSiteSession();
    const store = raceStore(site.options.store);
    return {
      locked: createSessionEngine(raceEngineOptions('locked', site.options.secrets, store)),
      unlocked: createSessionEngine(raceEngineOptions('unlocked', site.options.secrets, store)),
    };
  });
  return engines[mode];
}

/** How many chai the lab session holds. */
export function raceCount(session: Session): number {
  const count = session.data[COUNT_KEY];
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 0;
}

/** Starts the count at 0 (and so the lab session, with its cookie). */
export function raceReset(session: Session): void {
  session.data[COUNT_KEY] = 0;
}

/**
 * Adds one chai the racy way real handlers do: read the count, do some work, write the count
 * plus one. Without the lock, requests that overlap all read the same count and the last
 * write wins; with it they queue and each sees the one before.
 */
export async function raceAdd(session: Session, delayMs = RACE_HANDLER_DELAY_MS): Promise<number> {
  const count = raceCount(session);
  await sleep(delayMs);
  session.data[COUNT_KEY] = count + 1;
  return count + 1;
}
