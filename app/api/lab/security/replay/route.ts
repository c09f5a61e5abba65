import { methodsNotAllowed } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { replayAction, replayInputSchema } from '@/lib/security-labs/replay';

/** `POST /api/lab/security/replay` `{action: 'login' | 'logout' | 'replay' | 'reset', …}`. */
export const POST = apiRoute({ schema: replayInputSchema }, ({ request, input }) => replayAction(request, input));

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
