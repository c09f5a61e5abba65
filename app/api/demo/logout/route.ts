import { logoutFrom } from '@/lib/shop/auth-operations';
import { jsonResponse, methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { clearingSetCookie } from '@/lib/inspector/experiments';
import { getSiteSession } from '@/lib/site/session';

/** `POST /api/demo/logout` → `{user: null}`: the store entry is destroyed and the cookie cleared. */
export const POST = apiRoute({ session: 'stateful' }, async ({ session, secure }) => {
  await logoutFrom(session);
  return jsonResponse({ user: null }, { headers: { 'set-cookie': clearingSetCookie(getSiteSession(), secure) } });
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
