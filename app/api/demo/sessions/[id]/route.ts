import { jsonResponse, methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { clearingSetCookie } from '@/lib/inspector/experiments';
import { endUserSession } from '@/lib/shop/user-session-operations';
import { getUserSessionIndex } from '@/lib/site/user-sessions';
import { getSiteSession } from '@/lib/site/session';

type Params = { id: string };

/** `DELETE /api/demo/sessions/<id>` → `{ended, current}`: ends one of the user's sessions by its short id; 404 for any other id. */
export const DELETE = apiRoute<Params>({ session: 'stateful' }, async ({ session, secure, params }) => {
  const result = await endUserSession(session, getSiteSession().options.store, getUserSessionIndex(), params.id);
  if (!result.ok || !result.value.current) return result;
  return jsonResponse(result.value, { headers: { 'set-cookie': clearingSetCookie(getSiteSession(), secure) } });
});

export const { GET, POST, PUT, PATCH } = methodsNotAllowed(['DELETE']);
