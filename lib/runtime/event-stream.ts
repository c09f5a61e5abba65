/*
 * Server-Sent Events from a route handler: one long-lived `text/event-stream` response per
 * browser, fed by whatever the route subscribes to (usually a `Channel`). Between events only a
 * comment line goes out now and then, so proxies and the browser keep the connection open.
 */

/** What a stream's opener writes with. */
export interface EventStreamWriter {
  /** Sends one event; `id` becomes the browser's `Last-Event-ID` when it reconnects. */
  send(name: string, data?: unknown, id?: string): void;
  /** Ends the stream from the server side. */
  close(): void;
}

export interface EventStreamOptions {
  /** A comment line this often keeps idle connections open, in ms. @default 25_000 */
  readonly heartbeatMs?: number;
  /** How long the browser waits before reconnecting, in ms (the `retry:` field). @default 3_000 */
  readonly retryMs?: number;
  /** Extra response headers (e.g. `Set-Cookie` is never needed; CORS never allowed). */
  readonly headers?: HeadersInit;
  /**
   * Runs exactly once when the stream ends, even one whose request was aborted before `open`
   * ran (then `open`'s cleanup never exists): where a route gives back its `StreamSlots` slot.
   */
  readonly onFinish?: () => void;
}

/** The headers of an event stream: never cached, never compressed (that would hold events back), never buffered by a proxy. */
export const EVENT_STREAM_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store, no-transform',
  'x-accel-buffering': 'no',
};

/** One SSE field per line; a value's own line breaks become further `data:` lines. */
export function formatEvent(name: string, data: unknown, id?: string): string {
  let text = '';
  if (id !== undefined) text += `id: ${id.replace(/[\r\n]/g, '')}\n`;
  text += `event: ${name.replace(/[\r\n]/g, '')}\n`;
  const payload = data === undefined ? '' : JSON.stringify(data);
  for (const line of payload.split('\n')) text += `data: ${line}\n`;
  return text + '\n';
}

/** The `Last-Event-ID` a reconnecting browser sends, or null (capped in length: it is the client's). */
export function lastEventIdOf(request: Request): string | null {
  const id = request.headers.get('last-event-id');
  return id === null || id.length === 0 || id.length > 200 ? null : id;
}

/**
 * A `text/event-stream` response. `open` runs once the stream starts and returns its cleanup,
 * which runs exactly once: when the browser goes away (the request is aborted), the server
 * closes the stream, or a write fails.
 */
export function eventStreamResponse(
  request: Request,
  open: (writer: EventStreamWriter) => (() => void) | void,
  options: EventStreamOptions = {},
): Response {
  const { heartbeatMs = 25_000, retryMs = 3_000 } = options;
  const encoder = new TextEncoder();
  let finish: () => void = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      // Set once the stream is running; `finish` may run before (an aborted request).
      const running: { cleanup?: (() => void) | void; heartbeat?: ReturnType<typeof setInterval> } = {};
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish();
        }
      };
      finish = () => {
        if (closed) return;
        closed = true;
        clearInterval(running.heartbeat);
        request.signal.removeEventListener('abort', finish);
        try {
          running.cleanup?.();
        } finally {
          options.onFinish?.();
          try {
            controller.close();
          } catch {
            // Already closed by the other side.
          }
        }
      };
      const writer: EventStreamWriter = {
        send: (name, data, id) => write(formatEvent(name, data, id)),
        close: () => finish(),
      };
      // The retry hint and a first comment go out at once, so the browser sees the stream open.
      write(`retry: ${retryMs}\n: open\n\n`);
      if (request.signal.aborted) {
        finish();
        return;
      }
      request.signal.addEventListener('abort', finish, { once: true });
      running.heartbeat = setInterval(() => write(': hb\n\n'), heartbeatMs);
      let cleanup: (() => void) | void;
      try {
        cleanup = open(writer);
      } catch (error) {
        finish();
        throw error;
      }
      if (closed) cleanup?.();
      else running.cleanup = cleanup;
    },
    cancel() {
      finish();
    },
  });
  const headers = new Headers(options.headers);
  for (const [name, value] of Object.entries(EVENT_STREAM_HEADERS)) headers.set(name, value);
  return new Response(body, { status: 200, headers });
}

/**
 * Runs `fire` at most once per `intervalMs`: the first call at once, calls during the pause
 * folded into one at its end. For listeners that many events may wake (a class-wide view).
 */
export function coalesce(fire: () => void, intervalMs: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let lastFired = -Infinity;
  const run = () => {
    timer = undefined;
    if (!pending) return;
    pending = false;
    lastFired = Date.now();
    fire();
    timer = setTimeout(run, intervalMs);
  };
  const call = () => {
    pending = true;
    if (timer !== undefined) return;
    const wait = lastFired + intervalMs - Date.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  };
  call.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = false;
  };
  return call;
}
