import { jsonResponse, methodsNotAllowed, sessionRoute } from '@/lib/http/api-route';
import { clearingSetCookie } from '@/lib/inspector/experiments';
import { isHttpsRequest } from '@/lib/http/request-guards';
import { endAllUserSessions, listUserSessions } from '@/lib/shop/user-session-operations';
import { getUserSessionIndex } from '@/lib/shop/user-sessions';
import { getSiteSession } from '@/lib/site/session';

/** `GET /api/demo/sessions` → `{sessions: [{id, device, createdAt, lastSeenAt, current}]}` of the signed-in user; 401 otherwise. */
export const GET = sessionRoute({ body: 'none' }, ({ session, request }) =>
  listUserSessions(session, getSiteSession().options.store, getUserSessionIndex(), request.headers.get('user-agent')),
);

/** `DELETE /api/demo/sessions` → `{ended}`: "log out everywhere", this browser's cookie cleared too. */
export const DELETE = sessionRoute({ body: 'none' }, async ({ session, request }) => {
  const result = await endAllUserSessions(session, getSiteSession().options.store, getUserSessionIndex());
  if (!result.ok) return result;
  return jsonResponse(result.value, { headers: { 'set-cookie': clearingSetCookie(getSiteSession(), isHttpsRequest(request)) } });
});

export const { POST, PUT, PATCH } = methodsNotAllowed(['GET', 'DELETE']);
