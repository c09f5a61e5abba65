import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InspectLog } from '@/lib/inspector/log';
import type { Channel } from '@/lib/runtime/channel';
import { processSingleton } from '@/lib/runtime/singleton';
import { createSiteChannel, publishSessionEvent } from './channel';
import { createSessionEngine, MemoryStore, RedisStore, type SessionEngine, type SessionEngineOptions } from '@/lib/session';

/** The session settings the environment chooses (DESIGN.md, "Configuration"). */
export interface SiteSessionConfig {
  /** From `SESSION_SECRET` (comma-separated, first signs); null means "use the generated one". */
  readonly secrets: readonly string[] | null;
  readonly store: 'memory' | 'redis';
  readonly redisUrl: string;
  /** From `SESSION_MAX_ENTRIES`: the most sessions the store keeps at once. */
  readonly maxSessions: number;
}

export const SESSION_COOKIE_NAME = 'pathshala.sid';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const IDLE_TIMEOUT_MS = 30 * 60_000;
/** The most sessions the site's store keeps at once, memory or Redis, unless `SESSION_MAX_ENTRIES` says otherwise. */
export const DEFAULT_MAX_SESSIONS = 10_000;

/**
 * How much a stored session matters when the store is full (lower tiers are evicted first):
 * a logged-in learner's session most (2), then an anonymous one holding more than a little
 * (1), then the rest (0) — what a flood of cookie-less requests creates. The JSON never holds
 * an unescaped `"user":` inside a string value, so the search finds only the key.
 */
export function sessionEvictionTier(json: string): number {
  if (json.includes('"user":')) return 2;
  return json.length > 300 ? 1 : 0;
}
const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000;

/** Reads the session settings from environment variables, rejecting values that cannot work. */
export function parseSessionConfig(env: Readonly<Record<string, string | undefined>>): SiteSessionConfig {
  const secrets = (env.SESSION_SECRET ?? '')
    .split(',')
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
  const store = (env.SESSION_STORE ?? '').trim().toLowerCase() || 'memory';
  if (store !== 'memory' && store !== 'redis') {
    throw new Error(`site-session: SESSION_STORE must be 'memory' or 'redis', got ${JSON.stringify(env.SESSION_STORE)}.`);
  }
  const redisUrl = (env.REDIS_URL ?? '').trim() || DEFAULT_REDIS_URL;
  if (!/^rediss?:\/\//.test(redisUrl)) {
    throw new Error(`site-session: REDIS_URL must start with redis:// or rediss://, got ${JSON.stringify(env.REDIS_URL)}.`);
  }
  const maxText = (env.SESSION_MAX_ENTRIES ?? '').trim();
  const maxSessions = maxText === '' ? DEFAULT_MAX_SESSIONS : Number(maxText);
  if (!/^\d+$/.test(maxText || '0') || !Number.isSafeInteger(maxSessions) || maxSessions < 100) {
    throw new Error(
      `site-session: SESSION_MAX_ENTRIES must be a whole number of sessions, at least 100, got ${JSON.stringify(env.SESSION_MAX_ENTRIES)}.`,
    );
  }
  return { secrets: secrets.length > 0 ? secrets : null, store, redisUrl, maxSessions };
}

/**
 * The engine options of the site. Idle sessions end after 30 minutes: `cookie.maxAge` with
 * `rolling` keeps the browser's cookie in step with activity (without rolling it would die
 * 30 minutes after the last change even while the learner is active), and `idleTimeoutMs`
 * makes the store drop an idle session on the server whatever a cookie claims. An absolute
 * limit of 12 hours bounds a stolen session. `proxy` is on because Next.js itself derives the
 * request's scheme from `X-Forwarded-Proto`, so `secure: 'auto'` follows the same answer.
 */
export function siteSessionOptions(secrets: readonly string[], config: SiteSessionConfig): SessionEngineOptions {
  return {
    name: SESSION_COOKIE_NAME,
    secret: secrets,
    store:
      config.store === 'redis'
        ? RedisStore.fromUrl(config.redisUrl, { maxEntries: config.maxSessions, evictionTier: sessionEvictionTier })
        : new MemoryStore({ maxEntries: config.maxSessions, evictionTier: sessionEvictionTier }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: true,
    idleTimeoutMs: IDLE_TIMEOUT_MS,
    absoluteTimeoutMs: ABSOLUTE_TIMEOUT_MS,
    cookie: { maxAge: IDLE_TIMEOUT_MS, httpOnly: true, sameSite: 'lax', path: '/', secure: 'auto' },
  };
}

/**
 * The secret kept in `<dataDir>/session-secret`, generated (32 random bytes) on first use
 * with file mode 0600, so a restart without `SESSION_SECRET` keeps sessions valid.
 */
export function loadOrCreateSecret(dataDir: string, log: (line: string) => void = console.info): string {
  const file = join(dataDir, 'session-secret');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length > 0) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  log(`site-session: SESSION_SECRET is not set; generated one and saved it to ${file}.`);
  return secret;
}

/** How many trace events the inspector keeps, for every browser together. */
const INSPECT_LOG_CAPACITY = 2_000;

interface SiteRuntime {
  readonly engine: SessionEngine;
  readonly inspectLog: InspectLog;
  readonly channel: Channel;
}

/**
 * The site assembled: the one session engine, configured from the environment, and the
 * cookie inspector's log and the change channel subscribed to it from the start, so every
 * request is traced and announced whoever serves it first (a route, a page or a server action). One per process (dev reloads and
 * Next's route chunks reuse it instead of opening another store).
 */
function siteRuntime(): SiteRuntime {
  return processSingleton('site-runtime', () => {
    const config = parseSessionConfig(process.env);
    const secrets = config.secrets ?? [loadOrCreateSecret(join(process.cwd(), '.data'))];
    const engine = createSessionEngine(siteSessionOptions(secrets, config));
    const inspectLog = new InspectLog({ capacity: INSPECT_LOG_CAPACITY });
    engine.subscribe((event) => inspectLog.record(event));
    const channel = createSiteChannel(config);
    engine.subscribe((event) => publishSessionEvent(channel, event));
    return { engine, inspectLog, channel };
  });
}

/** The site's one session engine. */
export function getSiteSession(): SessionEngine {
  return siteRuntime().engine;
}

/** The site's change channel (see `lib/site/channel.ts`): what pushes changes to inspectors and the dashboard. */
export function getSiteChannel(): Channel {
  return siteRuntime().channel;
}

/** The cookie inspector's log of the site engine's requests. */
export function getInspectLog(): InspectLog {
  return siteRuntime().inspectLog;
}
