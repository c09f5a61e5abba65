import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { jsonResponse } from '@/lib/http/api-route';
import { readCookie, serializeSetCookie, signSessionId, unsignSessionId } from '@/lib/session';
import { LAB_SESSION_SECONDS, LAB_VICTIM, labSecret } from './lab-engine';
import { labResetReply } from './lab-route';
import { processSingleton } from '@/lib/runtime/singleton';

/*
 * Cookie theft through XSS. The lab cookie sits on Path=/ so the page's own script can see
 * it through `document.cookie` — when it is not HttpOnly. "hijack" plays the attacker's
 * server receiving the stolen `document.cookie` text and replaying it.
 */

export const XSS_COOKIE = 'pathshala.lab-xss';
const MAX_LIVE = 5_000;
function liveSessions(): Set<string> {
  return processSingleton('xss-lab:sessions', () => new Set<string>());
}

export const xssInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('login'), httpOnly: z.boolean() }),
  z.object({ action: z.literal('hijack'), stolen: z.string().max(8_000) }),
  z.object({ action: z.literal('reset') }),
]);
export type XssInput = z.infer<typeof xssInputSchema>;

/** The `Set-Cookie` of a lab login; `httpOnly` is the protection this lab toggles. */
export function xssSetCookie(value: string, httpOnly: boolean): string {
  return serializeSetCookie(XSS_COOKIE, value, { path: '/', maxAgeSeconds: LAB_SESSION_SECONDS, httpOnly, sameSite: 'lax' });
}

/** The live lab session in a `Cookie`-style text (a real header, or what a script stole), or null. */
export function sessionInCookieText(text: string | null, secret: string, live: ReadonlySet<string>): string | null {
  const value = readCookie(text, XSS_COOKIE);
  if (value === null) return null;
  const sid = unsignSessionId(value, secret);
  return sid !== false && live.has(sid) ? sid : null;
}

export async function xssAction(request: Request, input: XssInput): Promise<Response> {
  const live = liveSessions();
  const secret = labSecret();
  switch (input.action) {
    case 'login': {
      const old = sessionInCookieText(request.headers.get('cookie'), secret, live);
      if (old !== null) live.delete(old);
      if (live.size >= MAX_LIVE) live.delete(live.values().next().value ?? '');
      const sid = randomBytes(18).toString('base64url');
      live.add(sid);
      return jsonResponse(
        { httpOnly: input.httpOnly },
        { headers: { 'set-cookie': xssSetCookie(signSessionId(sid, secret), input.httpOnly) } },
      );
    }
    case 'hijack':
      return jsonResponse({ user: sessionInCookieText(input.stolen, secret, live) === null ? null : LAB_VICTIM });
    case 'reset': {
      const sid = sessionInCookieText(request.headers.get('cookie'), secret, live);
      if (sid !== null) live.delete(sid);
      return labResetReply([{ name: XSS_COOKIE, path: '/' }]);
    }
  }
}
