import { loginWith } from '@/lib/demo/auth-operations';
import { methodsNotAllowed, sessionRoute } from '@/lib/demo/api-route';
import { limiterAddress } from '@/lib/http/client-address';

/** `POST /api/demo/login` `{username, password}` → `{user}`; 400, 401, 429 (with Retry-After). */
export const POST = sessionRoute({ body: 'json' }, ({ session, input, request }) =>
  loginWith(session, input, limiterAddress(request.headers)),
);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
