import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { limiterAddress } from '@/lib/http/client-address';
import { statelessLogin } from '@/lib/stateless/operations';

/** `POST /api/demo/stateless/login` `{username, password}` → `{user}`; the user goes into the sealed cookie. */
export const POST = apiRoute({ session: 'stateless', body: 'json' }, ({ data, input, request }) =>
  statelessLogin(data, input, limiterAddress(request.headers)),
);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
