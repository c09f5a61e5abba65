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
