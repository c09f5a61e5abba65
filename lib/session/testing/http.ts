/** Small builders for engine tests: requests as a browser would send them. */

export interface TestRequestInit {
  /** The `Cookie` header to send. */
  cookie?: string | null;
  method?: string;
  headers?: Record<string, string>;
  /** Origin to use; defaults to plain HTTP on localhost. */
  origin?: string;
}

/** A Web `Request` to `path` on the test origin. */
export function testRequest(path = '/', init: TestRequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('cookie', init.cookie);
  return new Request(new URL(path, init.origin ?? 'http://localhost'), { method: init.method ?? 'GET', headers });
}

/** The `name=value` pair of a `Set-Cookie` header, ready to send back as `Cookie`. */
export function cookiePair(setCookie: string | null): string {
  if (setCookie === null) throw new Error('expected a Set-Cookie header, got none');
  return setCookie.slice(0, setCookie.indexOf(';') === -1 ? undefined : setCookie.indexOf(';'));
}

/** The single `Set-Cookie` header of a response, or null. */
export function setCookieOf(response: Response): string | null {
  const all = response.headers.getSetCookie();
  if (all.length > 1) throw new Error(`expected at most one Set-Cookie, got ${all.length}`);
  return all[0] ?? null;
}

/** A response whose body is the given JSON. */
export function json(body: unknown, init?: ResponseInit): Response {
  return Response.json(body, init);
}
