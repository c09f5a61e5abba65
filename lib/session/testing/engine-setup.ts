import { afterEach, beforeEach, vi } from 'vitest';
import { createSessionEngine, type SessionEngine } from '../engine';
import type { SessionEngineOptions } from '../options';
import type { Session } from '../session';
import { signSessionId } from '../signature';
import { RecordingStore } from './recording-store';
import { setCookieOf, testRequest, type TestRequestInit } from './http';

export const TEST_SECRET = 'keyboard cat';

/** An engine over a RecordingStore whose IDs are `sid-1`, `sid-2`, … in order. */
export function setupEngine(options: Partial<SessionEngineOptions> = {}): { engine: SessionEngine; store: RecordingStore } {
  let count = 0;
  const store = new RecordingStore();
  const engine = createSessionEngine({ secret: TEST_SECRET, genid: () => `sid-${++count}`, store, ...options });
  return { engine, store };
}

/** `name=<signed sid, URL-encoded>`, as a browser would send it back. */
export function cookieFor(sid: string, name = 'connect.sid', secret = TEST_SECRET): string {
  return `${name}=${encodeURIComponent(signSessionId(sid, secret))}`;
}

/** The result of one request through `withSession`. */
export interface Exchange {
  readonly response: Response;
  readonly setCookie: string | null;
  readonly sid: string | null;
}

/** Sends one request through the engine; the handler may change the session. */
export async function exchange(
  engine: SessionEngine,
  init: TestRequestInit & { path?: string } = {},
  handler: (session: Session) => void | Promise<void> = () => {},
): Promise<Exchange> {
  let sid: string | null = null;
  const response = await engine.withSession(testRequest(init.path ?? '/', init), async (session) => {
    if (session !== null) {
      await handler(session);
      sid = session.id;
    }
    return new Response('ok');
  });
  return { response, setCookie: setCookieOf(response), sid };
}

/** The instant the engine's tests pretend it is. */
export const TEST_NOW = new Date('2025-01-01T00:00:00.000Z');
export const MINUTE_MS = 60_000;

/**
 * Pins `Date` (only `Date`: timers and promises stay real) to `TEST_NOW` for every test of
 * the calling file, and restores the real clock after each.
 */
export function pinTestClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TEST_NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
