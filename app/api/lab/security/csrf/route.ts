import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { arrivalsOf, csrfAction, csrfInputSchema, runIdSchema } from '@/lib/security-labs/csrf';

/** `GET /api/lab/security/csrf?run=<id>` → `{arrivals}`: what the other site's requests carried. */
export const GET = apiRoute({}, ({ request }) => {
  const run = runIdSchema.safeParse(new URL(request.url).searchParams.get('run'));
  if (!run.success) return { ok: false, error: { code: 'bad_request', params: { fields: ['run'] } } };
  return { ok: true, value: { arrivals: arrivalsOf(run.data) } };
});

/** `POST /api/lab/security/csrf` `{action: 'set', none}` sets the lab cookies; `{action: 'reset', run}` clears them and the run. */
export const POST = apiRoute({ schema: csrfInputSchema }, ({ request, input }) => csrfAction(request, input));

export const { PUT, PATCH, DELETE } = methodsNotAllowed(['GET', 'POST']);
