import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { tamperingAction, tamperingInputSchema } from '@/lib/security-labs/tampering';

/** `POST /api/lab/security/tampering` `{action: 'start' | 'edit' | 'checkout' | 'reset', …}`. */
export const POST = apiRoute({ schema: tamperingInputSchema }, ({ request, input }) => tamperingAction(request, input));

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
