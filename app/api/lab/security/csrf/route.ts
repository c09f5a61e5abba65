import { errorResponse, handleApi, jsonResponse, methodsNotAllowed } from '@/lib/http/api-route';
import { arrivalsOf, csrfClearCookies, csrfInputSchema, csrfSetCookie, forgetRun, runIdSchema } from '@/lib/security-labs/csrf';
import { labActionRoute } from '@/lib/security-labs/lab-route';

/** `GET /api/lab/security/csrf?run=<id>` → `{arrivals}`: what the other site's requests carried. */
export function GET(request: Request): Promise<Response> {
  return handleApi(request, async (locale) => {
    const run = runIdSchema.safeParse(new URL(request.url).searchParams.get('run'));
    if (!run.success) return errorResponse({ code: 'bad_request', params: { fields: ['run'] } }, locale);
    return jsonResponse({ arrivals: arrivalsOf(run.data) });
  });
}

/** `POST /api/lab/security/csrf` `{action: 'set', none}` sets the lab cookies; `{action: 'reset', run}` clears them and the run. */
export const POST = labActionRoute(csrfInputSchema, async (_request, input) => {
  const headers = new Headers();
  if (input.action === 'set') {
    for (const cookie of csrfClearCookies()) headers.append('set-cookie', cookie);
    headers.append('set-cookie', csrfSetCookie('strict'));
    headers.append('set-cookie', csrfSetCookie('lax'));
    if (input.none) headers.append('set-cookie', csrfSetCookie('none'));
    return jsonResponse({ set: input.none ? ['strict', 'lax', 'none'] : ['strict', 'lax'] }, { headers });
  }
  forgetRun(input.run);
  for (const cookie of csrfClearCookies()) headers.append('set-cookie', cookie);
  return jsonResponse({ reset: true }, { headers });
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(['GET', 'POST']);
