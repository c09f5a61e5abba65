import { logoutFrom } from '@/lib/shop/auth-operations';
import { jsonResponse, methodsNotAllowed, sessionRoute } from '@/lib/http/api-route';
import { clearingSetCookie } from '@/lib/inspector/experiments';
import { isHttpsRequest } from '@/lib/http/request-guards';
import { getSiteSession } from '@/lib/site/session';

/** `POST /api/demo/logout` → `{user: null}`: the store entry is destroyed and the cookie cleared. */
export const POST = sessionRoute({ body: 'none' }, async ({ session, request }) => {
  await logoutFrom(session);
  return jsonResponse({ user: null }, { headers: { 'set-cookie': clearingSetCookie(getSiteSession(), isHttpsRequest(request)) } });
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
