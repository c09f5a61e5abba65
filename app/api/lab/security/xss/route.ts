import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { xssAction, xssInputSchema } from '@/lib/security-labs/xss';

/** `POST /api/lab/security/xss` `{action: 'login' | 'hijack' | 'reset', …}`. */
export const POST = apiRoute({ schema: xssInputSchema }, ({ request, input }) => xssAction(request, input));

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
