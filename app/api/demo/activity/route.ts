import { clearActivity, listActivity, recordVisit } from '@/lib/shop/activity-operations';
import { emptyResponse, methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';

/** `GET /api/demo/activity` → `{entries: [{path, title?, at}]}`, newest first, at most 20. */
export const GET = apiRoute({ session: 'stateful' }, ({ session }) => ({ ok: true, value: { entries: listActivity(session) } }));

/** `POST /api/demo/activity` `{path, title?}` → 204, recorded only in a session the browser already has. */
export const POST = apiRoute({ session: 'stateful', body: 'json' }, ({ session, input, established }) => {
  const result = recordVisit(session, input, { established });
  return result.ok ? emptyResponse() : result;
});

/** `DELETE /api/demo/activity` → `{entries: []}`. */
export const DELETE = apiRoute({ session: 'stateful' }, ({ session }) => {
  clearActivity(session);
  return { ok: true, value: { entries: [] } };
});

export const { PUT, PATCH } = methodsNotAllowed(['GET', 'POST', 'DELETE']);
