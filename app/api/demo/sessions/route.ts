import { jsonResponse, methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { clearingSetCookie } from '@/lib/inspector/experiments';
import { endAllUserSessions, listUserSessions } from '@/lib/shop/user-session-operations';
import { getUserSessionIndex } from '@/lib/site/user-sessions';
import { getSiteSession } from '@/lib/site/session';

/** `GET /api/demo/sessions` → `{sessions: [{id, device, createdAt, lastSeenAt, current}]}` of the signed-in user; 401 otherwise. */
export const GET = apiRoute({ session: 'stateful' }, ({ session, request }) =>
  listUserSessions(session, getSiteSession().options.store, getUserSessionIndex(), request.headers.get('user-agent')),
);

/** `DELETE /api/demo/sessions` → `{ended}`: "log out everywhere", this browser's cookie cleared too. */
export const DELETE = apiRoute({ session: 'stateful' }, async ({ session, secure }) => {
  const result = await endAllUserSessions(session, getSiteSession().options.store, getUserSessionIndex());
  if (!result.ok) return result;
  return jsonResponse(result.value, { headers: { 'set-cookie': clearingSetCookie(getSiteSession(), secure) } });
});

export const { POST, PUT, PATCH } = methodsNotAllowed(['GET', 'DELETE']);
