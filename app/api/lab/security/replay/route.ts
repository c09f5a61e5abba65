import { methodsNotAllowed } from '@/lib/demo/api-route';
import { labActionRoute } from '@/lib/labs/lab-route';
import { replayAction, replayInputSchema } from '@/lib/labs/replay';

/** `POST /api/lab/security/replay` `{action: 'login' | 'logout' | 'replay' | 'reset', …}`. */
export const POST = labActionRoute(replayInputSchema, replayAction);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
