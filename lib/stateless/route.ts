import type { DemoResult } from '@/lib/http/api-errors';
import { isHttpsRequest } from '@/lib/http/request-guards';
import type { SessionData } from '@/lib/session';
import { COOKIE_LIMIT_BYTES, setCookieBytes } from './cookie-budget';
import { getIronPassword } from './password';
import { clearingIronSetCookie, sealSession, sealSetCookie, unsealCookie } from './sealed-cookie';

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
 * A request on the sealed-cookie session (`apiRoute({session: 'stateless'})`): the seal opened
 * from the cookie, `handler`, and a new seal when the data changed — or a 422 when it would
 * not fit, with nothing sent, so the browser keeps its old seal. No server state is read or
 * written.
 */
export async function runStateless(
  request: Request,
  handler: (data: SessionData, forget: () => void) => DemoResult<unknown> | Promise<DemoResult<unknown>>,
): Promise<{ reply: DemoResult<unknown>; setCookie: string | null }> {
  const password = getIronPassword();
  const unsealed = await unsealCookie(request.headers.get('cookie'), password);
  const before = unsealed.ok ? JSON.stringify(unsealed.data) : '{}';
  const data: SessionData = unsealed.ok ? (JSON.parse(before) as SessionData) : {};
  let forgotten = false;
  const reply = await handler(data, () => (forgotten = true));
  const changed = JSON.stringify(data) !== before;
  const secure = isHttpsRequest(request);
  const header = reply.ok && changed && !forgotten ? sealSetCookie(await sealSession(data, password), secure) : null;
  const decision = decideCookie({ ok: reply.ok, forgotten, changed, header });
  switch (decision.kind) {
    case 'too_large':
      return {
        reply: {
          ok: false,
          error: { code: 'cookie_too_large', params: { sizeBytes: decision.sizeBytes, limitBytes: COOKIE_LIMIT_BYTES } },
        },
        setCookie: null,
      };
    case 'clear':
      return { reply, setCookie: clearingIronSetCookie(secure) };
    case 'seal':
      return { reply, setCookie: decision.header };
    default:
      return { reply, setCookie: null };
  }
}
