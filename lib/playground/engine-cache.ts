import { createSessionEngine, type SessionEngine, type SessionEngineOptions, type SessionStore } from '@/lib/session';
import { optionsKey, type PlaygroundOptions } from './options';

/** The sandbox session's cookie: its own name, and a path only the playground's API lies under. */
export const PLAYGROUND_COOKIE_NAME = 'pathshala.playground';
export const PLAYGROUND_COOKIE_PATH = '/api/playground/options';

/** How long the store keeps a sandbox session whose cookie has no `maxAge` (the site's default is a day). */
const STORE_TTL_WITHOUT_EXPIRY_MS = 60 * 60_000;

/** What every sandbox engine shares, whatever the learner chose. */
export interface SandboxEngineBase {
  readonly secrets: readonly string[];
  readonly store: SessionStore;
  /** Only tests replace the ID generator. */
  readonly genid?: () => string;
}

/**
 * Engine options for a learner's choice: exactly those options, with the sandbox's cookie
 * name and path, `proxy: true` as on the site (Next derives the scheme from
 * `X-Forwarded-Proto` too), and no server-side timeouts, so only express-session's own
 * rules decide what happens.
 */
export function playgroundEngineOptions(options: PlaygroundOptions, base: SandboxEngineBase): SessionEngineOptions {
  return {
    name: PLAYGROUND_COOKIE_NAME,
    secret: base.secrets,
    store: base.store,
    ...(base.genid ? { genid: base.genid } : {}),
    resave: options.resave,
    saveUninitialized: options.saveUninitialized,
    rolling: options.rolling,
    proxy: true,
    storeTtlWithoutExpiryMs: STORE_TTL_WITHOUT_EXPIRY_MS,
    cookie: {
      maxAge: options.maxAgeMs,
      secure: options.secure,
      httpOnly: options.httpOnly,
      sameSite: options.sameSite,
      path: PLAYGROUND_COOKIE_PATH,
    },
  };
}

/**
 * A bounded least-recently-used cache of sandbox engines keyed by the options. Engines hold
 * no resources of their own (the store is shared and outlives them), so an evicted engine is
 * simply dropped; a request still running on it finishes normally.
 */
export class EngineCache {
  readonly capacity: number;
  readonly #base: SandboxEngineBase;
  readonly #onCreate: (engine: SessionEngine) => void;
  readonly #engines = new Map<string, SessionEngine>();

  constructor(base: SandboxEngineBase, options: { capacity?: number; onCreate?: (engine: SessionEngine) => void } = {}) {
    const { capacity = 64, onCreate = () => {} } = options;
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new TypeError(`playground: engine cache capacity must be a whole number ≥ 1, got ${capacity}.`);
    this.capacity = capacity;
    this.#base = base;
    this.#onCreate = onCreate;
  }

  get size(): number {
    return this.#engines.size;
  }

  /** The engine for `options`, made on first use; throws the engine's error for a combination it refuses. */
  get(options: PlaygroundOptions): SessionEngine {
    const key = optionsKey(options);
    const cached = this.#engines.get(key);
    if (cached !== undefined) {
      // Re-insert so the Map's order stays least- to most-recently used.
      this.#engines.delete(key);
      this.#engines.set(key, cached);
      return cached;
    }
    const engine = createSessionEngine(playgroundEngineOptions(options, this.#base));
    this.#onCreate(engine);
    this.#engines.set(key, engine);
    if (this.#engines.size > this.capacity) {
      const oldest = this.#engines.keys().next().value;
      if (oldest !== undefined) this.#engines.delete(oldest);
    }
    return engine;
  }
}
