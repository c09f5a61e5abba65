import { loginWith } from '@/lib/shop/auth-operations';
import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { rememberLogin } from '@/lib/shop/user-session-operations';
import { getUserSessionIndex } from '@/lib/site/user-sessions';
import { limiterAddress } from '@/lib/http/client-address';

/** `POST /api/demo/login` `{username, password}` → `{user}`; 400, 401, 429 (with Retry-After). The new sid joins the user's index. */
export const POST = apiRoute({ session: 'stateful', body: 'json' }, async ({ session, input, request }) => {
  const result = await loginWith(session, input, limiterAddress(request.headers));
  if (result.ok) await rememberLogin(session, getUserSessionIndex(), request.headers.get('user-agent'));
  return result;
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
