import type { SessionCookie } from './cookie';

/**
 * The data a session carries: a plain, JSON-serializable object. Augment it to type
 * your own fields:
 * `declare module '@/lib/session' { interface SessionData { user?: string } }`.
 * The keys `cookie` and `__meta` are reserved for the stored format.
 */
export interface SessionData {
  [key: string]: unknown;
}

/** Options of `session.regenerate`. */
export interface RegenerateOptions {
  /**
   * Carry the data (and the creation time, so the absolute timeout is not extended)
   * over to the new ID, e.g. a cart kept across login.
   * @default false
   */
  keepData?: boolean;
}

/** The mutable facts of one session during a request; owned by the engine. */
export interface SessionState {
  sid: string;
  cookie: SessionCookie;
  data: SessionData;
  createdAt: number;
  destroyed: boolean;
  unset: boolean;
}

/** The store work a session's methods delegate to the request that owns it. */
export interface SessionHost {
  regenerate(state: SessionState, keepData: boolean): Promise<void>;
  destroy(state: SessionState): Promise<void>;
  reload(state: SessionState): Promise<void>;
  save(state: SessionState): Promise<void>;
}

/**
 * The session of one request. Change `data` and the engine saves it when the handler
 * returns; the methods are express-session's, returning promises instead of taking callbacks.
 */
export class Session {
  readonly #state: SessionState;
  readonly #host: SessionHost;

  constructor(state: SessionState, host: SessionHost) {
    this.#state = state;
    this.#host = host;
  }

  /** The session ID (changes on `regenerate`). */
  get id(): string {
    return this.#state.sid;
  }

  /** The session cookie: `maxAge`, `expires`, `originalMaxAge` and the attributes. */
  get cookie(): SessionCookie {
    return this.#state.cookie;
  }

  /** The session's data; mutate it in place or assign a new plain object. */
  get data(): SessionData {
    return this.#state.data;
  }

  set data(value: SessionData) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new TypeError('session-engine: session.data must be a plain object.');
    }
    this.#state.data = value;
  }

  /** When the session was first created (ms since epoch). */
  get createdAt(): number {
    return this.#state.createdAt;
  }

  /** `destroy()` ran and no `regenerate()` followed. */
  get destroyed(): boolean {
    return this.#state.destroyed;
  }

  /**
   * Replaces the session with a new ID (call it on login, so a planted ID is worthless).
   * The old entry is deleted from the store; the data is emptied unless `keepData`.
   */
  async regenerate(options: RegenerateOptions = {}): Promise<void> {
    await this.#host.regenerate(this.#state, options.keepData === true);
  }

  /** Deletes the session from the store now; the response sets no cookie. */
  async destroy(): Promise<void> {
    await this.#host.destroy(this.#state);
  }

  /** Reloads the data from the store, dropping unsaved changes. Fails when it is gone. */
  async reload(): Promise<void> {
    await this.#host.reload(this.#state);
  }

  /** Writes the session to the store now (the engine saves at the end anyway). */
  async save(): Promise<void> {
    await this.#host.save(this.#state);
  }

  /** Restarts the cookie's `maxAge` (the engine does this on every request by itself). */
  touch(): void {
    this.#state.cookie.resetMaxAge();
  }

  /**
   * Detaches the session from the request, like `req.session = null` in express-session:
   * nothing is saved and no cookie is sent; the `unset` option says whether the stored
   * session is kept or destroyed.
   */
  unset(): void {
    this.#state.unset = true;
  }
}
