import { AsyncLocalStorage } from 'node:async_hooks';
import { getSiteSession } from '@/lib/site/session';
import { InspectLog, type LogEntry } from '../inspector/log';

interface InspectState {
  readonly log: InspectLog;
  /** The log entries made while one API route serves a request. */
  readonly requestEntries: AsyncLocalStorage<LogEntry[]>;
}

// On globalThis: Next may bundle this module into several route chunks, and they must share one log.
const globalCache = globalThis as typeof globalThis & { __pathshalaInspect?: InspectState };

function state(): InspectState {
  if (globalCache.__pathshalaInspect === undefined) {
    const current: InspectState = { log: new InspectLog({ capacity: 2_000 }), requestEntries: new AsyncLocalStorage() };
    globalCache.__pathshalaInspect = current;
    getSiteSession().subscribe((event) => {
      const entry = current.log.record(event);
      if (entry !== null) current.requestEntries.getStore()?.push(entry);
    });
  }
  return globalCache.__pathshalaInspect;
}

/**
 * The log of the site engine's trace events, subscribed on first use. The engine only builds
 * trace events while someone listens, so call this before a session is opened (every API
 * route does; server actions should too, or the site engine's setup should).
 */
export function getInspectLog(): InspectLog {
  return state().log;
}

/**
 * Runs an API route's session work and then completes its log entries with what only the
 * response knows: the status and the session `Set-Cookie` really sent. `onError` turns a
 * failure (say, the store is down) into the response, so that is logged too.
 */
export async function traceResponse(
  cookieName: string,
  run: () => Promise<Response>,
  onError: (error: unknown) => Response,
): Promise<Response> {
  const { requestEntries } = state();
  const entries: LogEntry[] = [];
  let response: Response;
  try {
    response = await requestEntries.run(entries, run);
  } catch (error) {
    response = onError(error);
  }
  const sessionCookie = response.headers
    .getSetCookie()
    .filter((header) => header.startsWith(`${cookieName}=`))
    .at(-1);
  for (const entry of entries) {
    entry.status = response.status;
    entry.responseSetCookie = sessionCookie ?? null;
  }
  return response;
}
