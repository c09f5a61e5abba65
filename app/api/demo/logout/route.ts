import { logoutFrom } from '@/lib/demo/auth-operations';
import { jsonResponse, methodsNotAllowed, sessionRoute } from '@/lib/demo/api-route';
import { clearingSetCookie } from '@/lib/demo/experiments';
import { isHttpsRequest } from '@/lib/demo/request-guards';
import { getSiteSession } from '@/lib/site-session';

/** `POST /api/demo/logout` → `{user: null}`: the store entry is destroyed and the cookie cleared. */
export const POST = sessionRoute({ body: 'none' }, async ({ session, request }) => {
  await logoutFrom(session);
  return jsonResponse({ user: null }, { headers: { 'set-cookie': clearingSetCookie(getSiteSession(), isHttpsRequest(request)) } });
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
