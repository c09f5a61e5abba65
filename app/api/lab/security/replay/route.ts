import { methodsNotAllowed } from '@/lib/http/api-route';
import { labActionRoute } from '@/lib/security-labs/lab-route';
import { replayAction, replayInputSchema } from '@/lib/security-labs/replay';

/** `POST /api/lab/security/replay` `{action: 'login' | 'logout' | 'replay' | 'reset', …}`. */
export const POST = labActionRoute(replayInputSchema, replayAction);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
