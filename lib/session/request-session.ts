import type { ParsedSetCookie } from './cookie';
import { generateState, loadState, newSessionCookie } from './load';
import { lockSession, type KeyedMutex } from './lock';
import type { ResolvedOptions } from './options';
import { decideCommit, isInsideCookiePath, isSecureRequest, storeExpiresAt, type CommitDecision } from './rules';
import { Session, type SessionHost, type SessionState } from './session';
import { decodeSessionCookie, signSessionId, type SessionCookieReading } from './signature';
import { buildStoredJson, serializeData } from './stored-format';
import type { ReleaseLock } from './stores/store';
import { storeOperation, type DecodedSessionCookie, type SessionTraceEvent, type TraceHub, type TraceStoreOperation } from './trace';

/** What the engine shares with every request it serves. */
export interface EngineContext {
  readonly options: ResolvedOptions;
  readonly mutex: KeyedMutex;
  readonly trace: TraceHub;
}

/** What a request looks like to the engine: enough of a Web `Request`. */
export interface RequestFacts {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
}

/** The outcome of a request's session: the `Set-Cookie` to send, if any, as a header value and taken apart. */
export interface CommitResult {
  readonly setCookie: string | null;
  readonly cookie: ParsedSetCookie | null;
}

const UNLOCKED: ReleaseLock = async () => {};

/**
 * One request's session from load to save: it decodes the cookie, takes the lock, loads
 * or generates the session, and at the end applies the save rules and releases the lock.
 */
export class SessionRun implements SessionHost {
  readonly session: Session | null;
  readonly #ctx: EngineContext;
  readonly #request: RequestFacts;
  readonly #requestSecure: boolean;
  readonly #cookieSid: string | null;
  readonly #originalSid: string;
  readonly #originalData: string;
  readonly #state: SessionState;
  readonly #startedAt = performance.now();
  readonly #time: number;
  #savedData: string | null;
  #release: ReleaseLock;
  #finished = false;
  // Trace material, filled only while someone subscribes.
  readonly #operations: TraceStoreOperation[] | null;
  readonly #reading: SessionCookieReading;
  readonly #decoded: DecodedSessionCookie;
  #lastJson: string | null;
  // What commit decided and sent, or the failure, kept for the one trace event `report` emits.
  #decision: CommitDecision | null = null;
  #setCookie: string | null = null;
  #error: unknown = null;
  #reported = false;

  private constructor(ctx: EngineContext, request: RequestFacts, facts: InitFacts) {
    this.#ctx = ctx;
    this.#request = request;
    this.#requestSecure = facts.requestSecure;
    this.#cookieSid = facts.cookieSid;
    this.#state = facts.state;
    this.#originalSid = facts.state.sid;
    this.#originalData = facts.originalData;
    this.#savedData = facts.savedData;
    this.#release = facts.release;
    this.#operations = facts.operations;
    this.#reading = facts.reading;
    this.#decoded = facts.decoded;
    this.#lastJson = facts.lastJson;
    this.#time = facts.time;
    this.session = facts.outsidePath ? null : new Session(facts.state, this);
  }

  /** Decodes, locks and loads (or generates) the session of `request`. */
  static async begin(ctx: EngineContext, request: RequestFacts): Promise<SessionRun> {
    const { options } = ctx;
    const tracing = ctx.trace.active;
    const operations: TraceStoreOperation[] | null = tracing ? [] : null;
    const requestSecure = isSecureRequest(request.url, request.headers.get('x-forwarded-proto'), options.proxy);
    // Taken first, so a session generated below never looks older than its own request.
    const time = Date.now();
    const base = { time, requestSecure, operations, release: UNLOCKED, savedData: null, lastJson: null };
    if (!isInsideCookiePath(request.url.pathname, options.cookie.path)) {
      // No session here: a placeholder state that never reaches a handler or the store.
      const state: SessionState = {
        sid: '',
        cookie: newSessionCookie(options, requestSecure),
        data: {},
        createdAt: 0,
        destroyed: false,
        unset: false,
      };
      const reading = decodeSessionCookie(request.headers.get('cookie'), options.name, options.secrets);
      const decoded: DecodedSessionCookie = { prefix: null, sid: null, signature: null, valid: false, reason: null };
      return new SessionRun(ctx, request, { ...base, state, cookieSid: null, originalData: '{}', reading, decoded, outsidePath: true });
    }

    const reading = decodeSessionCookie(request.headers.get('cookie'), options.name, options.secrets);
    const cookieSid = reading.decoded.valid ? reading.decoded.sid : null;
    let decoded = reading.decoded;

    if (cookieSid !== null) {
      const release = options.locking ? await lockSession(ctx.mutex, options.store, cookieSid, options.lockWaitMs) : UNLOCKED;
      try {
        const loaded = await loadState(options.store, options.absoluteTimeoutMs, cookieSid, operations);
        if (loaded.state !== null) {
          const originalData = serializeData(loaded.state.data);
          const savedData = options.resave ? null : originalData;
          return new SessionRun(ctx, request, {
            ...base,
            state: loaded.state,
            cookieSid,
            originalData,
            savedData,
            release,
            reading,
            decoded,
            lastJson: loaded.json,
            outsidePath: false,
          });
        }
        decoded = { ...decoded, valid: false, reason: loaded.reason };
        const state = generateState(options, requestSecure);
        return new SessionRun(ctx, request, {
          ...base,
          state,
          cookieSid,
          originalData: '{}',
          release,
          reading,
          decoded,
          outsidePath: false,
        });
      } catch (error) {
        await release();
        throw error;
      }
    }
    const state = generateState(options, requestSecure);
    return new SessionRun(ctx, request, { ...base, state, cookieSid: null, originalData: '{}', reading, decoded, outsidePath: false });
  }

  /**
   * Applies the save rules, writes to the store and releases the lock. The trace event waits
   * for `report`, which knows how the request was answered.
   */
  async commit(): Promise<CommitResult> {
    this.#assertOpen();
    this.#finished = true;
    if (this.session === null) {
      await this.#release();
      this.#decision = { storeAction: 'none', setCookie: false, noCookieReason: 'outside-cookie-path' };
      return { setCookie: null, cookie: null };
    }
    const { options } = this.#ctx;
    const state = this.#state;
    let cookie: ParsedSetCookie | null = null;
    try {
      const live = !state.destroyed && !state.unset;
      if (live) state.cookie.resetMaxAge();
      const currentData = live ? serializeData(state.data) : this.#originalData;
      const decision = decideCommit({
        cookieSid: this.#cookieSid,
        originalSid: this.#originalSid,
        sid: state.sid,
        originalData: this.#originalData,
        savedData: this.#savedData,
        currentData,
        saveUninitialized: options.saveUninitialized,
        rolling: options.rolling,
        cookieHasExpiry: state.cookie.expires !== null,
        destroyed: state.destroyed,
        unset: state.unset,
        unsetDestroys: options.unsetDestroys,
        cookieSecure: state.cookie.secure === true,
        requestSecure: this.#requestSecure,
      });
      this.#decision = decision;
      if (decision.storeAction === 'set') await this.#write(state, currentData);
      else if (decision.storeAction === 'touch') await this.#touch(state);
      else if (decision.storeAction === 'destroy') await this.#destroyEntry(state.sid);
      if (decision.setCookie) {
        const value = signSessionId(state.sid, options.secrets[0]!);
        cookie = { name: options.name, value, attributes: state.cookie.attributes() };
        this.#setCookie = state.cookie.serialize(options.name, value);
      }
    } catch (error) {
      this.#error = error;
      await this.#release();
      throw error;
    }
    await this.#release();
    return { setCookie: this.#setCookie, cookie };
  }

  /** Lets go of the session without saving (the handler failed). Safe to call twice. */
  async abandon(error?: unknown): Promise<void> {
    if (this.#error === null) this.#error = error ?? 'released without commit';
    if (this.#finished) return;
    this.#finished = true;
    await this.#release();
  }

  /**
   * Emits the request's one trace event, now complete: what the engine did, and how the
   * request was answered — its status (null when no HTTP response was at hand, as in a server
   * action) and the session `Set-Cookie` it really carried. Only the first call counts.
   */
  report(status: number | null, responseSetCookie: string | null): void {
    if (this.#reported) return;
    this.#reported = true;
    if (this.#operations === null || !this.#ctx.trace.active) return;
    const { headers, url, method } = this.#request;
    const error = this.#error;
    const decision = this.#decision ?? { storeAction: 'none', setCookie: false, noCookieReason: null };
    const event: SessionTraceEvent = {
      time: new Date(this.#time).toISOString(),
      method,
      path: url.pathname,
      cookieHeader: headers.get('cookie'),
      cookieValue: this.#reading.value,
      cookie: this.#decoded,
      signature: this.#reading.signature,
      storeOperations: this.#operations,
      sidBefore: this.session === null ? null : this.#originalSid,
      sidAfter: this.session === null ? null : this.#state.sid,
      storeAction: decision.storeAction,
      setCookie: error === null ? this.#setCookie : null,
      noSetCookieReason: decision.noCookieReason,
      error: error === null ? null : error instanceof Error ? error.message : String(error),
      durationMs: performance.now() - this.#startedAt,
      status,
      responseSetCookie,
    };
    this.#ctx.trace.emit(event);
  }

  async regenerate(state: SessionState, keepData: boolean): Promise<void> {
    this.#assertOpen();
    await this.#destroyEntry(state.sid);
    const fresh = generateState(this.#ctx.options, this.#requestSecure);
    state.sid = fresh.sid;
    state.cookie = fresh.cookie;
    state.data = keepData ? state.data : {};
    state.createdAt = keepData ? state.createdAt : fresh.createdAt;
    state.destroyed = false;
    state.unset = false;
    this.#lastJson = null;
  }

  async destroy(state: SessionState): Promise<void> {
    this.#assertOpen();
    await this.#destroyEntry(state.sid);
    state.destroyed = true;
  }

  async reload(state: SessionState): Promise<void> {
    this.#assertOpen();
    const loaded = await loadState(this.#ctx.options.store, this.#ctx.options.absoluteTimeoutMs, state.sid, this.#operations);
    if (loaded.state === null) throw new Error('session-engine: failed to reload the session: it is no longer in the store.');
    state.cookie = loaded.state.cookie;
    state.data = loaded.state.data;
    state.createdAt = loaded.state.createdAt;
    this.#lastJson = loaded.json;
  }

  async save(state: SessionState): Promise<void> {
    this.#assertOpen();
    const dataJson = serializeData(state.data);
    await this.#write(state, dataJson);
  }

  #assertOpen(): void {
    if (this.#finished) throw new Error('session-engine: this session was already committed or released; use it only inside its handler.');
  }

  #expiresAt(state: SessionState): number {
    const { options } = this.#ctx;
    return storeExpiresAt({
      now: Date.now(),
      cookieExpiresAt: state.cookie.expires?.getTime() ?? null,
      createdAt: state.createdAt,
      idleTimeoutMs: options.idleTimeoutMs,
      absoluteTimeoutMs: options.absoluteTimeoutMs,
      ttlWithoutExpiryMs: options.storeTtlWithoutExpiryMs,
    });
  }

  async #write(state: SessionState, dataJson: string): Promise<void> {
    const json = buildStoredJson(state.cookie.toJSON(), dataJson, { createdAt: state.createdAt });
    const started = performance.now();
    await this.#ctx.options.store.set(state.sid, json, this.#expiresAt(state));
    if (state.sid === this.#originalSid) this.#savedData = dataJson;
    this.#record('set', state.sid, this.#lastJson, started, () => json);
    this.#lastJson = json;
  }

  async #touch(state: SessionState): Promise<void> {
    const cookie = state.cookie.toJSON();
    const started = performance.now();
    await this.#ctx.options.store.touch(state.sid, cookie, this.#expiresAt(state));
    const before = this.#lastJson;
    if (this.#operations !== null && before !== null) {
      this.#record('touch', state.sid, before, started, () => {
        const after = JSON.parse(before) as Record<string, unknown>;
        after.cookie = cookie;
        return JSON.stringify(after);
      });
    }
  }

  async #destroyEntry(sid: string): Promise<void> {
    const started = performance.now();
    await this.#ctx.options.store.destroy(sid);
    this.#record('destroy', sid, this.#lastJson, started, () => null);
    this.#lastJson = null;
  }

  #record(op: TraceStoreOperation['op'], sid: string, before: string | null, started: number, after: () => string | null): void {
    if (this.#operations === null) return;
    this.#operations.push(storeOperation(op, sid, before, after, performance.now() - started));
  }
}

interface InitFacts {
  /** When the request began (ms since epoch): the trace event's `time`. */
  readonly time: number;
  readonly requestSecure: boolean;
  readonly cookieSid: string | null;
  readonly state: SessionState;
  readonly originalData: string;
  readonly savedData: string | null;
  readonly release: ReleaseLock;
  readonly operations: TraceStoreOperation[] | null;
  readonly reading: SessionCookieReading;
  readonly decoded: DecodedSessionCookie;
  readonly lastJson: string | null;
  readonly outsidePath: boolean;
}
