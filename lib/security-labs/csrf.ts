import { z } from 'zod';
import { readCookie, serializeSetCookie, type SameSite } from '@/lib/session';
import { CSRF_PATH, CSRF_SAMESITES, type CsrfArrival, type CsrfSameSite, type CsrfVia } from './csrf-sites';
import { jsonResponse } from '@/lib/http/api-route';
import { clearCookie, LAB_SESSION_SECONDS } from './lab-engine';
import { labResetReply } from './lab-route';
import { processSingleton } from '@/lib/runtime/singleton';

/*
 * CSRF and SameSite. Three cookies on the lab's API path, one per SameSite value; an echo
 * endpoint that another site's page calls records which of them the browser sent, per run
 * (a random ID the lab page makes), for the lab page to show.
 */

export const csrfCookieName = (sameSite: CsrfSameSite) => `pathshala.lab-csrf-${sameSite}`;

export const runIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const csrfInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('set'), none: z.boolean() }),
  z.object({ action: z.literal('reset'), run: runIdSchema }),
]);
export type CsrfInput = z.infer<typeof csrfInputSchema>;

/** The `Set-Cookie` of one lab cookie. `SameSite=None` must be `Secure` or browsers drop it. */
export function csrfSetCookie(sameSite: CsrfSameSite): string {
  return serializeSetCookie(csrfCookieName(sameSite), 'riya-is-logged-in', {
    path: CSRF_PATH,
    maxAgeSeconds: LAB_SESSION_SECONDS,
    httpOnly: true,
    secure: sameSite === 'none',
    sameSite: sameSite as SameSite,
  });
}

/** The `Set-Cookie` headers that remove all three. */
export function csrfClearCookies(): string[] {
  return CSRF_SAMESITES.map((sameSite) => clearCookie(csrfCookieName(sameSite), CSRF_PATH));
}

/** What one request to the echo endpoint tells. */
export function describeArrival(via: CsrfVia, method: string, headers: Headers): CsrfArrival {
  const cookie = headers.get('cookie');
  const sent = Object.fromEntries(
    CSRF_SAMESITES.map((sameSite) => [sameSite, readCookie(cookie, csrfCookieName(sameSite)) !== null]),
  ) as Record<CsrfSameSite, boolean>;
  return { via, method, sent, fetchSite: headers.get('sec-fetch-site') };
}

const MAX_RUNS = 2_000;
function runs(): Map<string, CsrfArrival[]> {
  return processSingleton('csrf-lab:runs', () => new Map<string, CsrfArrival[]>());
}

/** Remembers an arrival for `run`; the latest per `via` wins. */
export function recordArrival(run: string, arrival: CsrfArrival): void {
  const all = runs();
  if (!all.has(run) && all.size >= MAX_RUNS) all.delete(all.keys().next().value ?? '');
  all.set(run, [...(all.get(run) ?? []).filter((entry) => entry.via !== arrival.via), arrival]);
}

export function arrivalsOf(run: string): CsrfArrival[] {
  return runs().get(run) ?? [];
}

export function forgetRun(run: string): void {
  runs().delete(run);
}

/** `{action: 'set', none}` sets the lab cookies (the `None` one only when asked); `{action: 'reset', run}` clears them and the run. */
export function csrfAction(_request: Request, input: CsrfInput): Response {
  if (input.action === 'reset') {
    forgetRun(input.run);
    return labResetReply(CSRF_SAMESITES.map((sameSite) => ({ name: csrfCookieName(sameSite), path: CSRF_PATH })));
  }
  const headers = new Headers();
  for (const cookie of csrfClearCookies()) headers.append('set-cookie', cookie);
  headers.append('set-cookie', csrfSetCookie('strict'));
  headers.append('set-cookie', csrfSetCookie('lax'));
  if (input.none) headers.append('set-cookie', csrfSetCookie('none'));
  return jsonResponse({ set: input.none ? ['strict', 'lax', 'none'] : ['strict', 'lax'] }, { headers });
}
