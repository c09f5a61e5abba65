import { errorResponse, handleApi, jsonResponse, readInput } from '@/lib/http/api-route';
import type { DemoResult } from '@/lib/http/api-errors';
import { isHttpsRequest, isUnsafeMethod } from '@/lib/http/request-guards';
import type { Locale } from '@/lib/i18n/locales';
import type { SessionData } from '@/lib/session';
import { COOKIE_LIMIT_BYTES, setCookieBytes } from './cookie-budget';
import { COOKIE_TOO_LARGE, cookieTooLargeBody } from './errors';
import { getIronPassword } from './password';
import { clearingIronSetCookie, sealSession, sealSetCookie, unsealCookie } from './sealed-cookie';

/** What a stateless route's handler gets. */
export interface StatelessRouteContext {
  readonly request: Request;
  readonly locale: Locale;
  /** The whole session, unsealed from the cookie (empty without a valid one); change it freely. */
  readonly data: SessionData;
  readonly input: unknown;
  /** Ask for the cookie to be cleared (logout). The old seal stays valid until it expires. */
  forget(): void;
}

/** What the route sends after a handler has run: the reply and, when needed, a `Set-Cookie`. */
export type CookieDecision =
  { kind: 'none' } | { kind: 'clear' } | { kind: 'seal'; header: string; sizeBytes: number } | { kind: 'too_large'; sizeBytes: number };

/**
 * Whether to send a cookie: a refusal sends none; `forget` clears it; changed data is sealed,
 * unless the new `Set-Cookie` would pass the browser's limit — then nothing is sent and the
 * browser keeps its old seal, so nothing is lost.
 */
export function decideCookie(options: {
  ok: boolean;
  forgotten: boolean;
  changed: boolean;
  header: string | null;
  limitBytes?: number;
}): CookieDecision {
  if (!options.ok) return { kind: 'none' };
  if (options.forgotten) return { kind: 'clear' };
  if (!options.changed || options.header === null) return { kind: 'none' };
  const sizeBytes = setCookieBytes(options.header);
  if (sizeBytes > (options.limitBytes ?? COOKIE_LIMIT_BYTES)) return { kind: 'too_large', sizeBytes };
  return { kind: 'seal', header: options.header, sizeBytes };
}

/**
 * A route handler on the sealed-cookie session: lib/demo's guards (origin, 16 KB body, JSON,
 * locale, no-store), the seal opened from the cookie, `handler`, and a new seal when the data
 * changed. No server state is read or written.
 */
export function statelessRoute(
  options: { body: 'json' | 'none' },
  handler: (context: StatelessRouteContext) => DemoResult<unknown> | Promise<DemoResult<unknown>>,
): (request: Request) => Promise<Response> {
  return (request) =>
    handleApi(request, async (locale) => {
      const input = isUnsafeMethod(request.method) ? await readInput(request, options.body) : ({ ok: true, value: undefined } as const);
      if (!input.ok) return errorResponse(input.error, locale);
      const password = getIronPassword();
      const unsealed = await unsealCookie(request.headers.get('cookie'), password);
      const before = unsealed.ok ? JSON.stringify(unsealed.data) : '{}';
      const data: SessionData = unsealed.ok ? (JSON.parse(before) as SessionData) : {};
      let forgotten = false;
      const result = await handler({
        request,
        locale,
        data,
        input: options.body === 'json' ? input.value : undefined,
        forget: () => (forgotten = true),
      });
      const changed = JSON.stringify(data) !== before;
      const secure = isHttpsRequest(request);
      const header = result.ok && changed && !forgotten ? sealSetCookie(await sealSession(data, password), secure) : null;
      const decision = decideCookie({ ok: result.ok, forgotten, changed, header });
      if (!result.ok) return errorResponse(result.error, locale);
      switch (decision.kind) {
        case 'too_large':
          return jsonResponse(cookieTooLargeBody(locale, decision.sizeBytes, COOKIE_LIMIT_BYTES), { status: COOKIE_TOO_LARGE.status });
        case 'clear':
          return jsonResponse(result.value, { headers: { 'set-cookie': clearingIronSetCookie(secure) } });
        case 'seal':
          return jsonResponse(result.value, { headers: { 'set-cookie': decision.header } });
        default:
          return jsonResponse(result.value);
      }
    });
}
