import { methodsNotAllowed } from '@/lib/demo/api-route';
import { clientAddress } from '@/lib/demo/request-guards';
import { statelessLogin } from '@/lib/stateless/operations';
import { statelessRoute } from '@/lib/stateless/route';

/** `POST /api/demo/stateless/login` `{username, password}` → `{user}`; the user goes into the sealed cookie. */
export const POST = statelessRoute({ body: 'json' }, ({ data, input, request }) =>
  statelessLogin(data, input, clientAddress(request.headers)),
);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
