import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { fixationAction, fixationInputSchema } from '@/lib/security-labs/fixation';

/** `POST /api/lab/security/fixation` `{action: 'plant' | 'login' | 'attacker' | 'reset', …}`. */
export const POST = apiRoute({ schema: fixationInputSchema }, ({ request, input }) => fixationAction(request, input));

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
