import { parseSetCookieHeader, type SetCookieParts } from '@/lib/inspector/set-cookie';

/**
 * The grader's browser: one cookie jar per simulated visitor, over real HTTP. It keeps only
 * what a check needs (name → value for the one app it talks to) and follows no redirects, so
 * every answer is the app's own.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Takes in every `Set-Cookie` of a response: stores new values, drops cleared cookies. */
  take(setCookies: readonly SetCookieParts[]): void {
    for (const cookie of setCookies) {
      if (cookie.clears || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  get size(): number {
    return this.cookies.size;
  }

  /** The `Cookie` request header, or null when the jar is empty. */
  header(): string | null {
    if (this.cookies.size === 0) return null;
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** One request the grader made and what came back. */
export interface Exchange {
  /** `POST /login {"username":"riya",…}` — how the line shows what was sent. */
  readonly sent: string;
  readonly status: number;
  readonly headers: Headers;
  readonly setCookies: readonly SetCookieParts[];
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

export interface RequestOptions {
  /** A JSON body (sent with `Content-Type: application/json`). */
  readonly json?: unknown;
  /** A raw body, sent as is with `Content-Type: application/json` (for broken JSON). */
  readonly rawJson?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Send exactly this `Cookie` header instead of the jar's (a replayed old cookie). */
  readonly cookie?: string;
}

/** The app did not answer at all: refused, reset, or too slow. */
export class AppUnreachableError extends Error {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`practice: no answer from ${url}`, { cause });
  }
}

const REQUEST_TIMEOUT_MS = 10_000;
const MAX_SHOWN_BODY = 120;

function describeSent(method: string, path: string, options: RequestOptions): string {
  const body = options.rawJson ?? (options.json === undefined ? '' : JSON.stringify(options.json));
  const extras = Object.entries(options.headers ?? {}).map(([name, value]) => `${name}: ${value}`);
  return [`${method} ${path}`, body, ...extras].filter(Boolean).join(' ');
}

/** A visitor of the learner's app: its own jar, real HTTP. */
export class Visitor {
  readonly jar = new CookieJar();

  constructor(readonly base: URL) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Exchange> {
    const url = new URL(path, this.base);
    const headers = new Headers(options.headers);
    const cookie = options.cookie ?? this.jar.header();
    if (cookie !== null && cookie !== '') headers.set('cookie', cookie);
    let body: string | undefined;
    if (options.rawJson !== undefined || options.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = options.rawJson ?? JSON.stringify(options.json);
    }
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      throw new AppUnreachableError(url.origin, error);
    }
    const text = await response.text();
    const receivedAt = new Date(response.headers.get('date') ?? Date.now());
    const setCookies = response.headers
      .getSetCookie()
      .map((header) => parseSetCookieHeader(header, receivedAt))
      .filter((parts): parts is SetCookieParts => parts !== null);
    if (options.cookie === undefined) this.jar.take(setCookies);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { sent: describeSent(method, path, options), status: response.status, headers: response.headers, setCookies, text, json };
  }

  get(path: string, options?: RequestOptions): Promise<Exchange> {
    return this.request('GET', path, options);
  }

  post(path: string, json?: unknown, options: RequestOptions = {}): Promise<Exchange> {
    return this.request('POST', path, json === undefined ? options : { ...options, json });
  }
}

/**
 * A short, one-line picture of a response for the "got" part of a line; `withCookies` adds the
 * names of the cookies it set (the caller says so in words when it set none).
 */
export function describeResponse(exchange: Exchange, { withCookies = false } = {}): string {
  const body = exchange.text.replace(/\s+/g, ' ').trim();
  const shown = body.length > MAX_SHOWN_BODY ? `${body.slice(0, MAX_SHOWN_BODY)}…` : body;
  const cookies = withCookies && exchange.setCookies.length > 0 ? ` Set-Cookie: ${exchange.setCookies.map((c) => c.name).join(', ')}` : '';
  return `${exchange.status}${shown ? ` ${shown}` : ''}${cookies}`;
}
