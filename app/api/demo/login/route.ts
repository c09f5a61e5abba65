import { loginWith } from '@/lib/demo/auth-operations';
import { methodsNotAllowed, sessionRoute } from '@/lib/demo/api-route';
import { clientAddress } from '@/lib/demo/request-guards';

/** `POST /api/demo/login` `{username, password}` → `{user}`; 400, 401, 429 (with Retry-After). */
export const POST = sessionRoute({ body: 'json' }, ({ session, input, request }) =>
  loginWith(session, input, clientAddress(request.headers)),
);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
