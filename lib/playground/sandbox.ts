import { AsyncLocalStorage } from 'node:async_hooks';
import { isHttpsRequest } from '@/lib/http/request-guards';
import type { Locale } from '@/lib/i18n/locales';
import {
  decodeSessionCookie,
  MemoryStore,
  serializeSetCookie,
  type Session,
  type SessionData,
  type SessionEngine,
  type SessionStore,
  type SessionTraceEvent,
} from '@/lib/session';
import { EngineCache, PLAYGROUND_COOKIE_NAME, PLAYGROUND_COOKIE_PATH } from './engine-cache';
import { describeOutcome, type PlaygroundResult, type SessionCookieSeen } from './outcome';
import type { PlaygroundKind, PlaygroundRequest } from './options';

/** Settings of a sandbox; only `secrets` is required. */
export interface PlaygroundSandboxOptions {
  readonly secrets: readonly string[];
  /** @default a MemoryStore holding at most 2,000 sandbox sessions */
  readonly store?: SessionStore;
  /** How many option combinations keep an engine. @default 64 */
  readonly maxEngines?: number;
  /** Only tests replace the ID generator. */
  readonly genid?: () => string;
}

/** One playground request's answer: the JSON body and the `Set-Cookie` the response must carry. */
export interface PlaygroundExchange {
  readonly result: PlaygroundResult;
  readonly setCookie: string | null;
}

/** What the route sees of the session while it runs. */
interface RouteView {
  readonly cookie: SessionCookieSeen;
  readonly sessionData: SessionData | null;
}

/** The route body of each kind of request; `nothing` never looks at the session's data. */
function runRoute(session: Session, kind: PlaygroundKind): RouteView {
  const { cookie } = session;
  const seen: SessionCookieSeen = {
    originalMaxAge: cookie.originalMaxAge,
    hasExpiry: cookie.expires !== null,
    secure: cookie.secure === true,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
  };
  if (kind === 'nothing') return { cookie: seen, sessionData: null };
  if (kind === 'modify') {
    const counter = session.data.counter;
    session.data.counter = (typeof counter === 'number' ? counter : 0) + 1;
  }
  return { cookie: seen, sessionData: JSON.parse(JSON.stringify(session.data)) as SessionData };
}

/**
 * The options playground's server side: sandbox sessions on their own cookie name and path,
 * in their own bounded store, run by an engine built from exactly the options a learner chose.
 */
export class PlaygroundSandbox {
  readonly store: SessionStore;
  readonly #secrets: readonly string[];
  readonly #engines: EngineCache;
  /** The trace events of the request running in the current async context. */
  readonly #captured = new AsyncLocalStorage<SessionTraceEvent[]>();

  constructor(options: PlaygroundSandboxOptions) {
    this.#secrets = options.secrets;
    this.store = options.store ?? new MemoryStore({ maxEntries: 2_000 });
    this.#engines = new EngineCache(
      { secrets: options.secrets, store: this.store, genid: options.genid },
      {
        capacity: options.maxEngines,
        // Engines are shared by every learner with the same options, so one listener per engine
        // hands each event to the request it belongs to: the one whose async context emitted it.
        onCreate: (engine) => engine.subscribe((event) => this.#captured.getStore()?.push(event)),
      },
    );
  }

  /** The engine for a combination of options (cached). */
  engineFor(options: PlaygroundRequest['options']): SessionEngine {
    return this.#engines.get(options);
  }

  /** Runs one learner request through the sandbox engine and compares it with express-session. */
  async run(request: Request, input: PlaygroundRequest, locale: Locale): Promise<PlaygroundExchange> {
    const engine = this.engineFor(input.options);
    const events: SessionTraceEvent[] = [];
    // Cast so TypeScript does not narrow it to null: the handler below assigns it.
    let view = null as RouteView | null;
    const response = await this.#captured.run(events, () =>
      engine.withSession(request, (session) => {
        if (session === null) throw new Error(`playground: ${new URL(request.url).pathname} lies outside the sandbox cookie path.`);
        view = runRoute(session, input.kind);
        return new Response(null, { status: 204 });
      }),
    );
    const event = events.at(-1);
    if (event === undefined || view === null) throw new Error('playground: the engine emitted no trace event for this request.');
    const setCookie = response.headers.getSetCookie().find((header) => header.startsWith(`${PLAYGROUND_COOKIE_NAME}=`)) ?? null;
    const result = describeOutcome(
      {
        kind: input.kind,
        options: input.options,
        https: isHttpsRequest(request),
        cookie: view.cookie,
        sessionData: view.sessionData,
        trace: event,
      },
      locale,
    );
    return { result, setCookie };
  }

  /**
   * Starts over: deletes the session the sandbox cookie names (when it is correctly signed)
   * and answers with a `Set-Cookie` that removes the cookie from the browser.
   */
  async reset(request: Request): Promise<{ destroyed: boolean; setCookie: string }> {
    const { decoded } = decodeSessionCookie(request.headers.get('cookie'), PLAYGROUND_COOKIE_NAME, this.#secrets);
    let destroyed = false;
    if (decoded.valid && decoded.sid !== null) {
      destroyed = (await this.store.get(decoded.sid)) !== null;
      await this.store.destroy(decoded.sid);
    }
    const setCookie = serializeSetCookie(PLAYGROUND_COOKIE_NAME, '', {
      path: PLAYGROUND_COOKIE_PATH,
      expires: new Date(0),
      httpOnly: true,
      sameSite: 'lax',
      secure: isHttpsRequest(request),
    });
    return { destroyed, setCookie };
  }
}
