import { createSessionEngine, MemoryStore, type Session, type SessionEngine, type SessionEngineOptions } from '@/lib/session';
import { siteSessionOptions } from '@/lib/site/session';

export const HARNESS_SECRET = 'demo-test-secret';

/** One request's outcome in the harness. */
export interface HarnessExchange<T> {
  readonly value: T;
  readonly response: Response;
  readonly setCookie: string | null;
}

/**
 * A browser talking to an engine configured like the site's (memory store): it keeps the
 * cookie it is given and sends it back, like a cookie jar.
 */
export class BrowserHarness {
  readonly engine: SessionEngine;
  readonly store: MemoryStore;
  cookie: string | null = null;

  constructor(overrides: Partial<SessionEngineOptions> = {}, server?: { engine: SessionEngine; store: MemoryStore }) {
    if (server !== undefined) {
      this.store = server.store;
      this.engine = server.engine;
      return;
    }
    this.store = new MemoryStore();
    const site = siteSessionOptions([HARNESS_SECRET], {
      secrets: null,
      store: 'memory',
      redisUrl: 'redis://127.0.0.1:6379',
      maxSessions: 10_000,
    });
    this.engine = createSessionEngine({ ...site, store: this.store, ...overrides });
  }

  /** Another browser, with its own cookie jar, talking to the same engine and store. */
  anotherBrowser(): BrowserHarness {
    return new BrowserHarness({}, { engine: this.engine, store: this.store });
  }

  /** Sends one request; `fn` runs with its session. A clearing or new cookie updates the jar. */
  async request<T>(
    fn: (session: Session, request: Request) => T | Promise<T>,
    init: { path?: string; headers?: Record<string, string> } = {},
  ): Promise<HarnessExchange<T>> {
    const headers = new Headers(init.headers);
    if (this.cookie !== null) headers.set('cookie', this.cookie);
    const request = new Request(new URL(init.path ?? '/api/demo/test', 'http://localhost'), { method: 'POST', headers });
    let value!: T;
    const response = await this.engine.withSession(request, async (session) => {
      value = await fn(session!, request);
      return new Response(null, { status: 204 });
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) this.cookie = setCookie.slice(0, setCookie.indexOf(';'));
    return { value, response, setCookie };
  }

  /** The stored JSON of the browser's session, or null. */
  async storedEntry(): Promise<unknown> {
    const inspection = await this.engine.inspect(new Headers(this.cookie === null ? {} : { cookie: this.cookie }));
    return inspection.entry;
  }

  async close(): Promise<void> {
    await this.engine.close();
  }
}
